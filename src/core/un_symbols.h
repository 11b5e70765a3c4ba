/*
 * un_symbols.h: find the UN document symbols a text cites (plain C core).
 *
 * dt_un_symbols_scan() reads a UTF-8 text once, from left to right, and
 * reports every document symbol it cites, in order of appearance:
 *  - symbols written out ("A/72/884", "(S/2000/728)", "CCPR /C/GC/36",
 *    "undocs.org/en/S/RES/2314(2016)", the file name "A_RES_31_59-EN"), with
 *    joint symbols split and elided lists and ranges expanded ("Add.39, 44
 *    and 46", "Add.14-16", "S/9427 and Corr.1", "(Vols. I-III)");
 *  - references by name: "resolution 1674 (2006)", "its resolution 60/1",
 *    "General Assembly resolution 217 A (III)", "la résolution 2254 (2015)",
 *    "general comment No. 36", "the 2005 World Summit Outcome".
 * Each report carries the parsed symbol (src/core/unsymbol.h), whether it was
 * resolved from words (is_named), and its span as byte offsets and as 0-based
 * character offsets, half-open.  Every item of an expanded list has its own
 * span; the members of a range share the range's span.
 *
 * Time is linear in the text (one pass of a byte-class automaton, bounded
 * look-around at each candidate); memory is linear in the number of
 * candidates.  Odd input (invalid UTF-8, NUL bytes, megabytes of slashes) is
 * text like any other: it gives no symbols, never an error.
 */
#ifndef DT_UN_SYMBOLS_H
#define DT_UN_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dt_env.h"
#include "unsymbol.h"

typedef struct dt_symref
{
	const dt_unsym *sym;		/* the parsed symbol */
	const char *text;			/* the symbol as the scanner built it (NUL-terminated) */
	bool		is_named;		/* resolved from words, not written out */
	size_t		start_byte;		/* span in the input, half-open byte offsets */
	size_t		end_byte;
	int64_t		start_char;		/* the same span in characters, 0-based */
	int64_t		end_char;
} dt_symref;

/* Called once per reference, in order of start position.  The pointers are
 * valid only during the call. */
typedef void (*dt_symref_fn) (void *arg, const dt_symref *ref);

/*
 * Scan text[0..len) and call emit for each reference found.  Returns the
 * number of references reported.
 */
extern size_t dt_un_symbols_scan(const dt_env *env, const char *text, size_t len,
								 dt_symref_fn emit, void *arg);

#endif							/* DT_UN_SYMBOLS_H */
