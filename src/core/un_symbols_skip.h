/*
 * un_symbols_skip.h: the vectorised word filter of the UN-symbol scanner.
 *
 * While the automaton of un_symbols_scan.c is at its root (state 0, inside a
 * word) or just after a word boundary (the word-start state), most bytes do
 * nothing: ASCII letters, digits and the pattern punctuation ' + , - : keep
 * the root state, ASCII boundary bytes (white space, . ; ( ) and the like)
 * lead to the word-start state, and a word whose first three bytes cannot
 * start a pattern (the dt_symnames_start3 filter) drops back to the root.
 * symskip_block() classifies 64 bytes with SSE2, 16 at a time, looks every
 * word start of the block up in the start3 filter without a branch per word,
 * and reports the first byte that needs the scanner: a trigger ("/", "_"), a
 * byte outside ASCII, or a word start that passes the filter.  The scanner's
 * state at that byte follows from the byte before it.  The result of the
 * scan is the same as byte by byte: this only skips bytes whose transitions
 * are known.
 *
 * The byte partition below must agree with dt_symnames_class and
 * dt_symnames_root_skip for every ASCII byte; test/unit/test_un_symbols.c
 * checks it against the generated tables, and that the scanner gives the same
 * references with the filter on and off.
 */
#ifndef DT_UN_SYMBOLS_SKIP_H
#define DT_UN_SYMBOLS_SKIP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "un_symbols_names.h"

#ifdef __SSE2__
#include "ascii_simd.h"
#define SYMSKIP_BLOCK	64		/* bytes classified per step */
#endif

/* How the filter sees an ASCII byte (b < 0x80). */
#define SYMSKIP_PLAIN	0		/* keeps the root state (class > 2, root_skip) */
#define SYMSKIP_SPACE	1		/* a word boundary (class 2) */
#define SYMSKIP_TRIGGER 2		/* "/" or "_" (class 0 or 1) */

/* The scalar statement of the partition the SSE2 code computes (for tests). */
static inline int
symskip_ascii_kind(unsigned char b)
{
	unsigned char l = b | 0x20;

	if (b == '/' || b == '_')
		return SYMSKIP_TRIGGER;
	if ((b >= '0' && b <= '9') || (l >= 'a' && l <= 'z') ||
		b == '\'' || b == '+' || b == ',' || b == '-' || b == ':')
		return SYMSKIP_PLAIN;
	return SYMSKIP_SPACE;
}

/* Set to true to scan byte by byte only (tests compare both ways). */
extern bool dt_un_symbols_no_skip;

#ifdef __SSE2__

/* 16 bytes at p: bit masks of the plain, space, trigger and non-ASCII bytes. */
static inline void
symskip_classify16(const unsigned char *p, uint32_t *plain, uint32_t *space,
				   uint32_t *trig, uint32_t *high)
{
	__m128i		v = _mm_loadu_si128((const __m128i *) p);
	__m128i		punct = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('+' - 1)),
												   _mm_cmplt_epi8(v, _mm_set1_epi8('-' + 1))),
									 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
												  _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))));
	__m128i		tr = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('/')),
								  _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
	uint32_t	pl = (uint32_t) _mm_movemask_epi8(_mm_or_si128(dt_sse_alnum(v), punct));
	uint32_t	t = (uint32_t) _mm_movemask_epi8(tr);
	uint32_t	h = (uint32_t) _mm_movemask_epi8(v);

	*plain = pl;
	*space = ~(pl | t | h) & 0xFFFF;
	*trig = t;
	*high = h;
}

/* One classified block of 64 bytes at t[base]. */
typedef struct symskip_blk
{
	size_t		base;
	uint64_t	plain;			/* bit k: t[base + k] is a plain byte */
	uint64_t	space;			/* ... a word boundary */
	uint64_t	stop;			/* ... a trigger, a byte outside ASCII, or a word
								 * start that passes the start3 filter */
} symskip_blk;

/* Does a word starting at w pass the start3 filter?  0 or 1, no branch. */
static inline uint64_t
symskip_start3(const unsigned char *w)
{
	const unsigned char *cls = dt_symnames_class;
	unsigned	h = DT_SYMNAMES_START3(cls[w[0]], cls[w[1]], cls[w[2]]);

	return (dt_symnames_start3[h >> 3] >> (h & 7)) & 1;
}

/*
 * Classify t[i .. i + 64) into *b; the caller guarantees i + 64 + 2 <= stop
 * (so the start3 filter applies to every word start, as it does byte by byte,
 * and the two bytes after the block may be read).  Whether a word starts at
 * t[i] itself depends on the scanner's state: symskip_next() decides it.
 */
static inline void
symskip_classify(const unsigned char *t, size_t i, symskip_blk *b)
{
	uint64_t	plain = 0,
				space = 0,
				trig = 0,
				high = 0;
	uint64_t	starts,
				pass = 0;
	int			k;

	for (k = 0; k < 4; k++)
	{
		uint32_t	pl,
					sp,
					tr,
					hi;

		symskip_classify16(t + i + 16 * k, &pl, &sp, &tr, &hi);
		plain |= (uint64_t) pl << (16 * k);
		space |= (uint64_t) sp << (16 * k);
		trig |= (uint64_t) tr << (16 * k);
		high |= (uint64_t) hi << (16 * k);
	}
	/* a word starts at a plain byte after a boundary: one filter look-up each */
	starts = plain & (space << 1);
	while (starts)
	{
		unsigned	j = (unsigned) __builtin_ctzll(starts);

		pass |= symskip_start3(t + i + j) << j;
		starts &= starts - 1;
	}
	b->base = i;
	b->plain = plain;
	b->space = space;
	b->stop = trig | high | pass;
}

/*
 * The scanner is at t[i], inside block *b, in the word-start state or not
 * (*at_word_start).  Returns the first position from i on that needs the
 * scanner, with *at_word_start set to the state there, or the end of the
 * block with the state after it.  The bits of the block after i hold whatever
 * the scanner did before i: a word starts at i + 1 or later exactly when the
 * byte before it is a boundary.  Only the bit of i itself depends on the
 * state, so it is computed again.
 */
static inline size_t
symskip_next(const unsigned char *t, const symskip_blk *b, size_t i, bool *at_word_start)
{
	unsigned	o = (unsigned) (i - b->base);
	uint64_t	bit = (uint64_t) 1 << o;
	uint64_t	stop = b->stop & ~(bit - 1) & ~bit;
	unsigned	k;

	if (b->stop & ~b->plain & ~b->space & bit)
		stop |= bit;			/* a trigger or a byte outside ASCII */
	else if (*at_word_start && (b->plain & bit))
		stop |= symskip_start3(t + i) << o;
	if (stop == 0)
	{
		*at_word_start = (b->space >> 63) & 1;
		return b->base + SYMSKIP_BLOCK;
	}
	k = (unsigned) __builtin_ctzll(stop);
	if (k > o)
		*at_word_start = (b->space >> (k - 1)) & 1;
	return b->base + k;
}

#endif							/* __SSE2__ */

#endif							/* DT_UN_SYMBOLS_SKIP_H */
