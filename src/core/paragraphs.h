/*
 * paragraphs.h: clean paragraphs out of raw UN text.
 *
 * Two linear passes over the lines of the input.  The first classifies every
 * line (blank, separator, page furniture, interpretation note, speaker turn,
 * stage direction, numbered paragraph, text) and measures the layout (line
 * widths, indents, separators, blank gaps); the second re-reads the lines,
 * decides each boundary from that layout and the local evidence, unwraps,
 * handles hyphens, and hands every finished paragraph, repaired by
 * dt_fix_text(), to a callback.  Memory: one paragraph buffer, reused.
 */
#ifndef DT_PARAGRAPHS_H
#define DT_PARAGRAPHS_H

#include <stdbool.h>
#include <stddef.h>

#include "dt_env.h"

typedef enum dt_layout
{
	DT_LAYOUT_EMPTY = 0,		/* no text at all */
	DT_LAYOUT_SEPARATED,		/* separator lines (==== / * * *) between paragraphs */
	DT_LAYOUT_ONE_PER_LINE,		/* each line is a paragraph */
	DT_LAYOUT_INDENTED,			/* hard-wrapped, first lines indented */
	DT_LAYOUT_BLANK_LINES,		/* hard-wrapped, blank lines between paragraphs */
	DT_LAYOUT_WRAPPED			/* hard-wrapped, paragraph ends only by short lines */
} dt_layout;

typedef struct dt_paragraph
{
	int			n;				/* 1, 2, ... */
	const char *text;			/* repaired paragraph, valid during the callback */
	size_t		text_len;
	size_t		start_byte;		/* span in the input, half-open byte offsets */
	size_t		end_byte;
	size_t		start_char;		/* 1-based half-open character positions */
	size_t		end_char;
} dt_paragraph;

typedef void (*dt_paragraph_cb) (void *arg, const dt_paragraph *p);

/*
 * Split in[0..len) (UTF-8) into paragraphs, calling cb for each in order.
 * Returns the layout that was recognised.  Never fails on odd input.
 */
extern dt_layout dt_paragraphs(const dt_env *env, const char *in, size_t len,
							   dt_paragraph_cb cb, void *arg);

#endif							/* DT_PARAGRAPHS_H */
