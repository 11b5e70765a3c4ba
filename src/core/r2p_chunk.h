/*
 * r2p_chunk.h: a chunk of text as bit masks, for the R2P scanner's fast path.
 *
 * Up to R2P_CHUNK bytes are classified with SSE2, 16 at a time, into one bit
 * per byte: ASCII letters and digits (the bytes of words), sentence ends (. !
 * ? ; before white space or the end, as the byte loop counts them) and the
 * bytes the fast path leaves to the byte loop (bytes outside ASCII, which may
 * be letters or spaces once folded, but for the commonest separators; a
 * hyphen after a letter or digit, before white space, which may join a word
 * broken at a line end).  Then its words are listed with their keys for the
 * lead filter (r2p_lead.h), without a branch per byte.  The
 * scanner walks the list and comes back to it between cues; the next chunk
 * begins at the first word not decided (the last one or two words of a chunk
 * are classified twice).
 */
#ifndef R2P_CHUNK_H
#define R2P_CHUNK_H

#ifdef __SSE2__

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ascii_simd.h"
#include "r2p_lead.h"

#define R2P_CHUNK		1024
#define R2P_CHUNK_U64	(R2P_CHUNK / 64)
#define R2P_CHUNK_WORDS (R2P_CHUNK / 2)	/* words that start in a chunk, at most */

typedef struct r2p_chunk
{
	size_t		base;			/* where bit 0 is in the text */
	unsigned	n;				/* bytes classified */
	int			valid;
	/* one more word of zeros after the chunk stops every walk */
	uint64_t	alnum[R2P_CHUNK_U64 + 1];
	uint64_t	sent_end[R2P_CHUNK_U64 + 1];
	uint64_t	special[R2P_CHUNK_U64 + 1];
	uint64_t	any_special;	/* some bit of special is set */
	/*
	 * The runs of letters and digits that start in the chunk: where they
	 * start and end, and their keys (r2p_lead_key_of; a run cut by the chunk's
	 * end has the key of what is in it).  One more entry of key 0.
	 */
	unsigned	nwords;
	/* where the last walk stopped (r2p_chunk_word_near), and the word at its
	 * limit (the first byte left to the byte loop) */
	unsigned	seen_word;
	unsigned	limit_pos;
	unsigned	limit_word;
	uint16_t	wpos[R2P_CHUNK_WORDS + 1];
	uint16_t	wend[R2P_CHUNK_WORDS + 1];
	uint64_t	wkey[R2P_CHUNK_WORDS + 1];
} r2p_chunk;

/* The bits below bit n of a word (n < 64). */
static inline uint64_t
r2p_below(unsigned n)
{
	return ((uint64_t) 1 << n) - 1;
}

/* The word starts among the bits of word k (a word starts at bit 0: the
 * chunk begins after a byte that is no letter or digit). */
static inline uint64_t
r2p_chunk_starts(const r2p_chunk *ch, unsigned k)
{
	uint64_t	a = ch->alnum[k];

	return a & ~((a << 1) | (k ? ch->alnum[k - 1] >> 63 : 0));
}

/* The last bytes of the runs of letters and digits among the bits of word k. */
static inline uint64_t
r2p_chunk_ends(const r2p_chunk *ch, unsigned k)
{
	uint64_t	a = ch->alnum[k];

	return a & ~((a >> 1) | (ch->alnum[k + 1] << 63));
}

/* The first set bit of mask in [from, to), or to. */
static inline unsigned
r2p_chunk_next(const uint64_t *mask, unsigned from, unsigned to)
{
	unsigned	k = from >> 6,
				b;
	uint64_t	x;

	if (from >= to)
		return to;
	x = mask[k] & ~r2p_below(from & 63);
	while (x == 0)
	{
		if ((++k << 6) >= to)
			return to;
		x = mask[k];
	}
	b = (k << 6) + (unsigned) __builtin_ctzll(x);
	return b < to ? b : to;
}

/* The byte classes of 64 bytes, one bit per byte. */
typedef struct r2p_block64
{
	uint64_t	al;				/* ASCII letters and digits */
	uint64_t	wh;				/* white space */
	uint64_t	se;				/* . ! ? ; */
	uint64_t	hy;				/* - */
	uint64_t	hi;				/* bytes >= 0x80 */
} r2p_block64;

static inline void
r2p_block64_classify(const unsigned char *p, r2p_block64 *b)
{
	unsigned	j;

	b->al = b->wh = b->se = b->hy = b->hi = 0;
	for (j = 0; j < 4; j++)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (p + 16 * j)),
					punct;

		punct = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
										  _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
							 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
										  _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));
		b->al |= (uint64_t) (unsigned) _mm_movemask_epi8(dt_sse_alnum(v)) << (16 * j);
		b->wh |= (uint64_t) (unsigned) _mm_movemask_epi8(dt_sse_space(v)) << (16 * j);
		b->se |= (uint64_t) (unsigned) _mm_movemask_epi8(punct) << (16 * j);
		b->hy |= (uint64_t) (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-'))) << (16 * j);
		b->hi |= (uint64_t) (unsigned) _mm_movemask_epi8(v) << (16 * j);
	}
}

/*
 * The 8 bytes at s[at], of which those at or after len read as 0, with no
 * byte after len read (and, where the text is long enough, no copy).
 */
static inline uint64_t
r2p_chunk_load8(const unsigned char *s, size_t len, size_t at)
{
	uint64_t	k;

	if (at + 8 <= len)
		memcpy(&k, s + at, sizeof(k));
	else if (len >= 8)
	{
		/* the last 8 bytes, shifted down (little-endian: the first byte is the low one) */
		memcpy(&k, s + len - 8, sizeof(k));
		k >>= 8 * (at + 8 - len);
	}
	else
	{
		unsigned char buf[8] = {0};

		memcpy(buf, s + at, len - at);
		memcpy(&k, buf, sizeof(k));
	}
	return k;
}

/*
 * The separators outside ASCII that texts use most, curly quotes and
 * apostrophes and the em dash (’ ‘ “ ” —, E2 80 xx): the byte loop folds each
 * of them to a space (r2p_fold_at; none of them can begin a mojibake
 * sequence, whose first character is that of a UTF-8 lead byte), so the fast
 * path may read them as it reads an ASCII separator.  Clear them from the
 * bytes left to the byte loop (hi: the bytes >= 0x80 of t[0 .. n), nw words).
 */
static inline void
r2p_chunk_common_separators(const unsigned char *t, unsigned n, uint64_t *hi, unsigned nw)
{
	unsigned	k;

	for (k = 0; k < nw; k++)
	{
		uint64_t	x = hi[k];

		while (x)
		{
			unsigned	p = (k << 6) + (unsigned) __builtin_ctzll(x);

			x &= x - 1;
			if (t[p] == 0xE2 && p + 2 < n && t[p + 1] == 0x80 &&
				(t[p + 2] == 0x94 || t[p + 2] == 0x98 || t[p + 2] == 0x99 ||
				 t[p + 2] == 0x9C || t[p + 2] == 0x9D))
			{
				unsigned	j;

				for (j = p; j < p + 3; j++)
					hi[j >> 6] &= ~((uint64_t) 1 << (j & 63));
				x = hi[k] & ~r2p_below(p & 63);
			}
		}
	}
}

/*
 * Classify s[base .. base + R2P_CHUNK) (or to len) into *ch, and list its
 * words with their keys (r2p_lead_key_of).  The byte after
 * the chunk decides its last byte's sentence end; the text's end counts as
 * white space.  Nothing after len is read.
 */
static inline void
r2p_chunk_classify(const unsigned char *s, size_t len, size_t base, const r2p_lead_filter *f,
				   r2p_chunk *ch)
{
	unsigned	n = len - base < R2P_CHUNK ? (unsigned) (len - base) : R2P_CHUNK;
	unsigned	nw = (n + 63) / 64,
				nwords,
				k,
				ks,
				ke;
	uint64_t	st,
				en;
	uint64_t	white[R2P_CHUNK_U64 + 1],
				sent[R2P_CHUNK_U64],
				hyphen[R2P_CHUNK_U64];
	unsigned char after = base + n < len ? s[base + n] : ' ';

	for (k = 0; k < nw; k++)
	{
		size_t		at = base + 64 * k;
		r2p_block64 b;

		if (at + 64 <= len)
			r2p_block64_classify(s + at, &b);
		else if (len >= 64)
		{
			/*
			 * The last bytes: the 64 that end the text, shifted down to
			 * them (no copy, so no load waits on a store).
			 */
			unsigned	shift = (unsigned) (at + 64 - len);

			r2p_block64_classify(s + len - 64, &b);
			b.al >>= shift;
			b.wh >>= shift;
			b.se >>= shift;
			b.hy >>= shift;
			b.hi >>= shift;
		}
		else
		{
			/* a text shorter than 64 bytes, padded with spaces */
			unsigned char tail[64];

			memset(tail, ' ', sizeof(tail));
			memcpy(tail, s + at, len - at);
			r2p_block64_classify(tail, &b);
		}
		if (64 * k + 64 > n)
		{
			/* the padding after the text's end */
			uint64_t	keep = r2p_below(n - 64 * k);

			b.al &= keep;
			b.wh &= keep;
			b.se &= keep;
			b.hy &= keep;
			b.hi &= keep;
		}
		ch->alnum[k] = b.al;
		ch->special[k] = b.hi;
		white[k] = b.wh;
		sent[k] = b.se;
		hyphen[k] = b.hy;
	}
	white[nw] = 0;
	if (after == ' ' || (after >= '\t' && after <= '\r'))
		white[n / 64] |= (uint64_t) 1 << (n % 64);
	r2p_chunk_common_separators(s + base, n, ch->special, nw);
	ch->any_special = 0;
	for (k = 0; k < nw; k++)
	{
		uint64_t	white_after = (white[k] >> 1) | (white[k + 1] << 63);
		/* a hyphen after a letter or digit, before white space, may join a word */
		uint64_t	alnum_before = (ch->alnum[k] << 1) | (k ? ch->alnum[k - 1] >> 63 : 1);

		ch->sent_end[k] = sent[k] & white_after;
		ch->special[k] |= hyphen[k] & white_after & alnum_before;
		ch->any_special |= ch->special[k];
	}
	/* a word of zeros after the data stops every walk */
	ch->alnum[nw] = ch->sent_end[nw] = ch->special[nw] = 0;
	/*
	 * The words: their starts and (the bit after each run's last byte) ends
	 * are read from the masks side by side, the keys from the text
	 * (r2p_chunk_load8: no byte after its end).
	 */
	nwords = 0;
	ks = ke = 0;
	st = r2p_chunk_starts(ch, 0);
	en = r2p_chunk_ends(ch, 0);
	for (;;)
	{
		unsigned	w,
					e;

		while (st == 0)
		{
			if (++ks >= nw)
				goto listed;
			st = r2p_chunk_starts(ch, ks);
		}
		while (en == 0)
			en = r2p_chunk_ends(ch, ++ke);
		w = (ks << 6) + (unsigned) __builtin_ctzll(st);
		e = (ke << 6) + (unsigned) __builtin_ctzll(en) + 1;
		st &= st - 1;
		en &= en - 1;
		ch->wkey[nwords] = r2p_lead_key_of(f, r2p_chunk_load8(s, len, base + w), e - w);
		ch->wpos[nwords] = (uint16_t) w;
		ch->wend[nwords] = (uint16_t) e;
		nwords++;
	}
listed:
	ch->nwords = nwords;
	ch->wpos[ch->nwords] = ch->wend[ch->nwords] = (uint16_t) n;
	ch->wkey[ch->nwords] = 0;
	ch->base = base;
	ch->n = n;
	ch->seen_word = 0;
	ch->limit_pos = ch->limit_word = 0;
	ch->valid = 1;
}

/* The index of the first word that starts at or after chunk position p. */
static inline unsigned
r2p_chunk_word_at(const r2p_chunk *ch, unsigned p)
{
	unsigned	lo = 0,
				hi = ch->nwords;

	while (lo < hi)
	{
		unsigned	mid = (lo + hi) / 2;

		if (ch->wpos[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * r2p_chunk_word_at(ch, p), found first in a few steps from word
 * ch->seen_word, where the last walk stopped: the byte loop most often comes
 * back to the fast path a word or two after it left.
 */
static inline unsigned
r2p_chunk_word_near(const r2p_chunk *ch, unsigned p)
{
	unsigned	x = ch->seen_word,
				stop = x + 8 < ch->nwords ? x + 8 : ch->nwords;

	if (ch->wpos[x] > p)
		return r2p_chunk_word_at(ch, p);
	while (x < stop && ch->wpos[x] < p)
		x++;
	return ch->wpos[x] >= p ? x : r2p_chunk_word_at(ch, p);
}

#endif							/* __SSE2__ */

#endif							/* R2P_CHUNK_H */
