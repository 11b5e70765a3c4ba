/*
 * un_symbols_int.h: what the three parts of the UN-symbol scanner share.
 *
 *   un_symbols_scan.c     the pass over the text, the automaton, collecting,
 *                         resolving, ordering and reporting the references
 *   un_symbols_literal.c  symbols written out (with lists, ranges, URLs, files)
 *   un_symbols_named.c    references by name ("resolution N", titled documents,
 *                         "general comment No. N")
 *
 * Candidates are collected as items during the pass and reported at its end,
 * because some references by name need the whole text to tell which organ
 * they belong to ("its resolution 60/1" in a text about the Human Rights
 * Council).
 */
#ifndef DT_UN_SYMBOLS_INT_H
#define DT_UN_SYMBOLS_INT_H

#include "dt_ascii.h"
#include "un_symbols.h"
#include "un_symbols_names.h"

/* How an item's symbol is still to be resolved (named references). */
typedef enum
{
	FORM_TEXT = 0,				/* text holds the symbol */
	FORM_BARE,					/* "resolution 1325": Security Council or a known old GA one */
	FORM_SLASH,					/* "resolution 60/1", "resolution 1996/31" */
	FORM_COMMENT				/* "general comment No. 36": n1, committee from context */
} item_form;

typedef struct sym_item
{
	size_t		start;			/* byte span in the text */
	size_t		end;
	uint32_t	text_off;		/* FORM_TEXT: offset of the symbol in the arena */
	uint32_t	seq;			/* creation order, to keep sorting stable */
	uint8_t		form;			/* item_form */
	uint8_t		is_named;
	uint8_t		titled;			/* a titled document (may be dropped after the pass) */
	uint8_t		organ;			/* DT_ORGAN_*: the organ the words around it name */
	uint8_t		gc_kind;		/* FORM_COMMENT: 1 comment, 2 recommendation */
	char		part;			/* resolution part letter, or 0 */
	int32_t		n1;
	int32_t		n2;
} sym_item;

typedef struct dt_symscan
{
	const dt_env *env;
	const unsigned char *t;
	size_t		n;

	sym_item   *items;
	size_t		nitems;
	size_t		cap;
	char	   *arena;			/* NUL-terminated symbol texts */
	size_t		alen;
	size_t		acap;

	/* context seen so far */
	size_t		last_cue_end;	/* end of the latest organ name */
	int			last_cue_organ;
	size_t		organ_end[DT_ORGAN_COUNT];	/* end of the latest of each organ (0: none) */
	uint32_t	organ_count[DT_ORGAN_COUNT];
	int			last_council;	/* latest of SC, HRC, ECOSOC named */
	size_t		draft_end;		/* end of the latest "draft" */
	size_t	   *committee_pos[DT_COMMITTEE_COUNT];	/* where each treaty body is named */
	size_t		committee_n[DT_COMMITTEE_COUNT];
	size_t		committee_cap[DT_COMMITTEE_COUNT];
	size_t		range_budget;	/* extra range members still allowed (spend_budget) */
} dt_symscan;

/* --- un_symbols_scan.c: collecting */
extern sym_item *symscan_add(dt_symscan *sc, size_t start, size_t end, const char *text,
							 size_t len, bool is_named);
extern sym_item *symscan_add_form(dt_symscan *sc, size_t start, size_t end, int form);
extern void symscan_committee_cue(dt_symscan *sc, int committee, size_t pos);
extern void symscan_organ_count(dt_symscan *sc, int organ, size_t end);


/* --- character classes: dt_ascii.h, and white space */

/* Bytes of white space at t[i] (space, tab, CR, LF, FF, VT, NBSP), or 0. */
static inline size_t
ws_len(const unsigned char *t, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\f' || t[i] == '\v')
		return 1;
	if (t[i] == 0xC2 && i + 1 < n && t[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Skip at most max bytes of white space from i; returns the new position. */
static inline size_t
skip_ws(const unsigned char *t, size_t n, size_t i, size_t max)
{
	size_t		j = i,
				w;

	while ((w = ws_len(t, n, j)) > 0 && j + w - i <= max)
		j += w;
	return j;
}

/* Is t[i] the end of white space (scanning backwards)?  Returns its length. */
static inline size_t
ws_len_back(const unsigned char *t, size_t i)
{
	/* i is the index one past the byte looked at */
	if (i == 0)
		return 0;
	if (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r' ||
		t[i - 1] == '\f' || t[i - 1] == '\v')
		return 1;
	if (i >= 2 && t[i - 2] == 0xC2 && t[i - 1] == 0xA0)
		return 2;
	return 0;
}

/* Skip white space backwards from i while from - i < max; returns the new
 * position (the end of what comes before the white space). */
static inline size_t
skip_ws_back(const unsigned char *t, size_t i, size_t from, size_t max)
{
	size_t		w;

	while ((w = ws_len_back(t, i)) > 0 && from - i < max)
		i -= w;
	return i;
}

/* A dash between numbers or symbols: "-", U+2010, U+2011, U+2013, U+2014. */
static inline size_t
dash_len(const unsigned char *t, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (t[i] == '-')
		return 1;
	if (t[i] == 0xE2 && i + 2 < n && t[i + 1] == 0x80 &&
		(t[i + 2] == 0x90 || t[i + 2] == 0x91 || t[i + 2] == 0x93 || t[i + 2] == 0x94))
		return 3;
	return 0;
}

/* Case-insensitive ASCII comparison of t[i..] with the lower-case word w. */
static inline bool
word_at(const unsigned char *t, size_t n, size_t i, const char *w)
{
	size_t		k;

	for (k = 0; w[k]; k++)
	{
		if (i + k >= n)
			return false;
		if ((unsigned char) w[k] != (dt_ascii_upper(t[i + k]) ? t[i + k] + 32 : t[i + k]))
			return false;
	}
	return true;
}

/* Read up to maxd decimal digits at t[*i]; returns the value or -1. */
static inline long
read_num(const unsigned char *t, size_t n, size_t *i, int maxd)
{
	long		v = 0;
	int			d = 0;
	size_t		j = *i;

	while (j < n && dt_ascii_digit(t[j]))
	{
		if (++d > maxd)
			return -1;
		v = v * 10 + (t[j] - '0');
		j++;
	}
	if (d == 0)
		return -1;
	*i = j;
	return v;
}

/* --- un_symbols_literal.c */

/*
 * A written-out symbol around the trigger byte t[i] ("/" or "_").  Adds its
 * items and returns the position after them, or 0 if there is none.
 */
extern size_t symscan_literal(dt_symscan *sc, size_t i);

/* --- un_symbols_named.c */

/* A "resolution" word ends at t[end - 1]; pattern id pid.  Returns the
 * position after the references read, or 0. */
extern size_t symscan_resolution(dt_symscan *sc, size_t start, size_t end, int pid);

/* "general comment" ends at t[end - 1].  Returns the position after, or 0. */
extern size_t symscan_comment(dt_symscan *sc, size_t start, size_t end, int gc_kind);

/* A "decision" word: Human Rights Council decisions only.  Returns the
 * position after the references read, or 0. */
extern size_t symscan_decision(dt_symscan *sc, size_t start, size_t end);

/* "Sixty-eighth Session, Supplement No. 53": A/68/53 (a titled item). */
extern void symscan_supplement(dt_symscan *sc, size_t start, size_t end);

/* A resolution heading "61/244." at a line start; the "/" is at t[i]. */
extern size_t symscan_heading(dt_symscan *sc, size_t i);

/* Chinese 第N(YYYY)号决议 ending at t[end - 1]. */
extern void symscan_resolution_zh(dt_symscan *sc, size_t start, size_t end);

/* Resolve the organ of a FORM_BARE / FORM_SLASH / FORM_COMMENT item once the
 * whole text is seen; writes the symbol into buf (returns its length, 0 if
 * it resolves to nothing). */
extern size_t symscan_resolve(dt_symscan *sc, const sym_item *it, char *buf, size_t cap);

#endif							/* DT_UN_SYMBOLS_INT_H */
