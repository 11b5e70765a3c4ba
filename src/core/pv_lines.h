/*
 * pv_lines.h: what one line of a UN verbatim record is.
 *
 * Each function looks at one line's content (leading and trailing blanks
 * already trimmed) and answers from a fixed grammar (un-text.md §2, §3):
 * page furniture, separators, interpretation notes, speaker turns, stage
 * directions, paragraph numbers.  Hand-written matchers, no regex, no
 * backtracking: each reads at most the line once.
 */
#ifndef DT_PV_LINES_H
#define DT_PV_LINES_H

#include <stdbool.h>
#include <stddef.h>

typedef enum dt_line_kind
{
	DT_LINE_TEXT = 0,
	DT_LINE_BLANK,
	DT_LINE_SEPARATOR,			/* ====, ----, * * *, ~~~ */
	DT_LINE_FURNITURE,			/* page number, job number, running header, barcode */
	DT_LINE_BOILERPLATE,		/* "This record contains the text of speeches ..." starts */
	DT_LINE_NOTE,				/* "(spoke in Arabic)" on a line of its own */
	DT_LINE_NOTE_OPEN			/* "(spoke in Portuguese; interpretation from French text" */
} dt_line_kind;

extern dt_line_kind dt_line_classify(const char *p, size_t len);

/* The line ends the boilerplate footer ("... consolidated corrigendum."). */
extern bool dt_line_ends_boilerplate(const char *p, size_t len);

/* "The Acting President: ...", "Mr. X (Country) (spoke in French): ..." */
extern bool dt_line_is_turn(const char *p, size_t len);

/* "The President returned to the Chair.", "The meeting rose at 1 p.m." */
extern bool dt_line_is_stage(const char *p, size_t len);

/*
 * The end of a stage direction ("... took the Chair.", "..., was escorted
 * from the rostrum."): what dt_line_is_stage asks of a line after its first
 * letter; also the joined tail of one wrapped over two lines.
 */
extern bool dt_line_ends_stage(const char *p, size_t len);

/* A line that may begin a stage direction wrapped over two lines. */
extern bool dt_line_may_start_stage(const char *p, size_t len);

/* Bytes of a running header/footer glued before the text ("2/42 17-29597 education ...") */
extern size_t dt_line_furniture_prefix(const char *p, size_t len);

/*
 * Bytes of a leading paragraph number up to its text (0 if none), with its
 * value in *number and in *tab whether a tab follows the period.  "46.\t" is
 * a paragraph number.  "46. " counts only before a capital or an opening
 * mark, and is only a candidate: "185. " may end a wrapped sentence, so the
 * caller accepts it on evidence (a blank line before, the numbering).
 */
extern size_t dt_line_number_prefix(const char *p, size_t len, int *number, bool *tab);

/* A list item marker "(a) ", "(iv) ", "(2) " at the start of the line. */
extern bool dt_line_list_marker(const char *p, size_t len);

#endif							/* DT_PV_LINES_H */
