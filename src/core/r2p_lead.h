/*
 * r2p_lead.h: which words can begin a cue (the scanner's word filter).
 *
 * Most words of a passage begin no cue, and the scanner's fast path
 * (r2p_scan.c) skips them without the automaton.  A word is looked up by its
 * key: its first eight letters or digits, lower case (a shorter word: all of
 * it, zero-padded), read straight from the text; the one or two words after
 * it by their first four.  Three hashed tables, filled from the lexicon's
 * folded patterns on first use:
 *
 *   first  a cue of one word ("genocide", "protect*");
 *   pair   the first two words of a cue of two words ("war crimes", "focal
 *          point*") or of more ("the responsibility to ...");
 *   three  the first three words of a cue of three words or more ("with the
 *          consent ...").
 *
 * So "the" costs nothing before "world", "with the" nothing before
 * "exception", and only what may begin a cue of more words goes to the
 * automaton.  A cue of one word does not need it: the word table below finds
 * it exactly and the scanner reports it; nor does one of two words, which the
 * pair table finds the same way.  A cue that is only ever a later
 * part of a proximity entry ("have" in "states ~1 have ~3 responsibility to
 * protect") counts only after an earlier part in the same sentence: it is in
 * a second, smaller set of tables (later), which the scanner asks only
 * there.  A cue of one word that is only ever a part of proximity entries
 * ("states", "council" in "council ~4 act") has a bit of its own in table
 * first (R2P_LEAD_CHAIN): the scanner reports it only where a chain is live,
 * or where a later part may begin within reach after it: within as many
 * words as its own entries allow (kept per group of slots of table first),
 * at a word that begins a second part of one of its own entries (table link,
 * by the first four bytes of both words) and some later part (a third set of
 * tables, next, holds how every later part begins).  Table first has two
 * bits a slot (R2P_LEAD_WORD, R2P_LEAD_CHAIN); table pair has two too:
 * R2P_LEAD_TWO for cues of two words, R2P_LEAD_LONGER for longer ones, which
 * only then are looked up in table three; tables pair and three are Bloom
 * filters of two probes.  So a word costs three probes, in tables small
 * enough for the L1 cache.  A word that may go on ("protect*") and is
 * shorter than its key is entered every way it may go on by up to two more
 * bytes (and looked up cut to its length when shorter still).  A false
 * positive only sends a word to the automaton, which decides; a word the
 * tables rule out begins no cue
 * (test/unit/test_r2p_skip.c checks every pattern).
 */
#ifndef R2P_LEAD_H
#define R2P_LEAD_H

#include <stdint.h>
#include <string.h>

#include "r2p_lexicon.h"

/* Inlined into the scanner's word loop, whatever the compiler thinks of the size. */
#if defined(__GNUC__)
#define R2P_LEAD_INLINE static inline __attribute__((always_inline))
#else
#define R2P_LEAD_INLINE static inline
#endif

#define R2P_LEAD_KEY		8		/* bytes of a word's key */
#define R2P_LEAD_NEXT		4		/* bytes of the keys of the words after it */
#define R2P_LEAD_ANY_SLOTS	15		/* log2 of the slots of each table */
#define R2P_LEAD_LATER_SLOTS 13		/* (the tables for later parts) */
#define R2P_LEAD_WORD		1		/* table first: a cue of this word alone */
#define R2P_LEAD_CHAIN		2		/* one that is only ever a part of proximity entries */
#define R2P_LEAD_TWO		1		/* table pair: a cue of two words may begin here */
#define R2P_LEAD_LONGER		2		/* a cue of three words or more may */
#define R2P_LEAD_WORD_SLOTS 11		/* log2 of the slots of the word table */
#define R2P_LEAD_PAIR_SLOTS 10		/* of the pair table */
#define R2P_LEAD_REACH_SLOTS 12		/* of the reach table (slots of table first, by
									 * their top bits: the largest reach of those) */

/* The hash of a key and the keys after it: one multiplier per place. */
#define R2P_LEAD_MUL1		0x9E3779B97F4A7C15ull
#define R2P_LEAD_MUL2		0xC2B2AE3D27D4EB4Full
#define R2P_LEAD_MUL3		0x165667B19E3779F9ull

/* What r2p_lead_look() finds for a word. */
#define R2P_LOOK_ONE		1		/* maybe a cue of this word alone */
#define R2P_LOOK_MORE		2		/* maybe a cue of two words begins here */
#define R2P_LOOK_LONGER		4		/* maybe one of three or more: ask r2p_lead_three() */
#define R2P_LOOK_CHAIN		8		/* maybe a cue of this word that is only a part of
									 * proximity entries: it counts only if a chain is
									 * live, or may go on (r2p_lead_chain_goes_on) */

/* A cue of one word in the word table (of two: in the pair table, by its second). */
typedef struct r2p_lead_word
{
	uint64_t	key;			/* its key (cut to its length if it may go on) */
	uint16_t	pattern;		/* index into the patterns */
	uint8_t		len;			/* letters of the word; 0: an empty slot */
	uint8_t		open;			/* it may go on */
} r2p_lead_word;

/* One set of tables: for the cues that may begin anywhere, or for later parts. */
typedef struct r2p_lead_tables
{
	uint64_t   *first;			/* 2 bits per slot: R2P_LEAD_WORD, R2P_LEAD_CHAIN */
	uint64_t   *pair;			/* 2 bits per slot: R2P_LEAD_TWO, R2P_LEAD_LONGER */
	uint64_t   *three;			/* 1 bit per slot */
	uint8_t    *reach;			/* per R2P_LEAD_REACH_SLOTS top bits of a slot of table
								 * first, the largest reach of its chain words
								 * (r2p_lead_chain_reach); NULL: none kept */
	unsigned	slots;			/* log2 of the slots of each (the tables are
								 * looked up with the constant) */
} r2p_lead_tables;

typedef struct r2p_lead_filter
{
	const r2p_pattern *patterns;	/* what it was built from */
	r2p_lead_tables any;		/* cues that may begin anywhere */
	r2p_lead_tables later;		/* cues that are only ever later parts */
	r2p_lead_tables next;		/* the later parts of proximity entries, all of them */
	/*
	 * Table link.pair: a chain word (by its first four bytes) and how a
	 * second part of one of its own entries begins (its first word, by its
	 * first four bytes), so that "developing" is not taken on by the
	 * "countries" of another entry.  link_ok: no chain word that may go on is
	 * shorter than four bytes (else the table is not asked).
	 */
	r2p_lead_tables link;
	uint8_t		link_ok;
	uint64_t	any_first[(1u << R2P_LEAD_ANY_SLOTS) / 32];
	uint64_t	any_pair[(1u << R2P_LEAD_ANY_SLOTS) / 32];
	uint64_t	any_three[(1u << R2P_LEAD_ANY_SLOTS) / 64];
	uint64_t	later_first[(1u << R2P_LEAD_LATER_SLOTS) / 32];
	uint64_t	later_pair[(1u << R2P_LEAD_LATER_SLOTS) / 32];
	uint64_t	later_three[(1u << R2P_LEAD_LATER_SLOTS) / 64];
	uint64_t	next_first[(1u << R2P_LEAD_LATER_SLOTS) / 32];
	uint64_t	next_pair[(1u << R2P_LEAD_LATER_SLOTS) / 32];
	uint64_t	next_three[(1u << R2P_LEAD_LATER_SLOTS) / 64];
	uint64_t	link_pair[(1u << R2P_LEAD_LATER_SLOTS) / 32];
	uint8_t		any_reach[1u << R2P_LEAD_REACH_SLOTS];
	/* words after a first part that a later part may begin at, at most
	 * (the largest gap after the first part of a chain word, plus one): of
	 * all chain words, and per group of slots of table any.first (any_reach) */
	unsigned	chain_reach;
	uint64_t	prefix[R2P_LEAD_KEY + 1];	/* the bits of a key's first n bytes */
	/* lengths of the words that may go on, too short to be entered every way
	 * they go on: looked up cut to that length, in place 1, 2 or 3 */
	uint8_t		open[3][R2P_LEAD_KEY];
	uint8_t		nopen[3];
	/*
	 * The word table: the cues of one word, by key (open addressing; a word
	 * that may go on, shorter than the key: by the key cut to its length,
	 * one of word_open[]).  A lexicon too big for it (more than half full)
	 * leaves them to the automaton (word_overflow).
	 */
	r2p_lead_word word[1u << R2P_LEAD_WORD_SLOTS];
	unsigned	nwords;
	uint8_t		word_open[R2P_LEAD_KEY];
	uint8_t		nword_open;
	uint8_t		word_overflow;
	/*
	 * The pair table: the cues of two words, the same way by their second
	 * word and the key and length of the first (pair_before), hashed
	 * together.
	 */
	r2p_lead_word pair_word[1u << R2P_LEAD_PAIR_SLOTS];
	uint64_t	pair_before[1u << R2P_LEAD_PAIR_SLOTS];
	uint8_t		pair_before_len[1u << R2P_LEAD_PAIR_SLOTS];
	unsigned	npairs;
	uint8_t		pair_open[R2P_LEAD_KEY];
	uint8_t		npair_open;
	uint8_t		pair_overflow;
} r2p_lead_filter;

/* The filter of the compiled lexicon (built on the first call). */
extern const r2p_lead_filter *r2p_lead(void);

/* Build *f from patterns[0 .. npatterns), their uses and the entries these
 * name (as r2p_lexicon.h has them). */
extern void r2p_lead_build(r2p_lead_filter *f, const r2p_pattern *patterns, int npatterns,
						   const r2p_use *uses, const r2p_entry *entries);

/* Is every use of pattern p (in uses) a later part of a proximity entry? */
extern int	r2p_lead_later_only(const r2p_pattern *p, const r2p_use *uses);

/* r2p_lead_look_in() of the tables for later parts (out of line: rare). */
extern unsigned r2p_lead_look_later(const r2p_lead_filter *f, uint64_t key, uint64_t next);

/*
 * The cues of one word that the word w[0 .. len) (ASCII letters and digits,
 * any case; key: its key) is or begins with: pattern ids into out[0 .. max),
 * in the order the automaton finds them (by where they end).  Returns how
 * many there are (more than max: out holds max of them).
 */
extern int	r2p_lead_words(const r2p_lead_filter *f, const unsigned char *w, unsigned len,
						   uint64_t key, uint16_t *out, int max);

/*
 * r2p_lead_words() for the cues of two words: those that the words w1[0 ..
 * len1) and w2[0 .. len2) (keys key1, key2) are, or, where the second one may
 * go on, begin with.  Nothing past the words is read.
 */
extern int	r2p_lead_pairs(const r2p_lead_filter *f, const unsigned char *w1, unsigned len1,
						   uint64_t key1, const unsigned char *w2, unsigned len2, uint64_t key2,
						   uint16_t *out, int max);

/*
 * The key of the word of len letters and digits whose first 8 bytes (or all
 * of the word and what follows it) are raw, as read from the text (the first
 * byte the low one).  Letters go to lower case by setting bit 5, which leaves
 * digits as they are; the bytes after the word are masked off.
 */
static inline uint64_t
r2p_lead_key_of(const r2p_lead_filter *f, uint64_t raw, unsigned len)
{
	return (raw | 0x2020202020202020ull) & f->prefix[len < R2P_LEAD_KEY ? len : R2P_LEAD_KEY];
}

/* The key of the word of len letters and digits at p, of which 8 bytes may be read. */
static inline uint64_t
r2p_lead_key(const r2p_lead_filter *f, const unsigned char *p, unsigned len)
{
	uint64_t	k;

	memcpy(&k, p, sizeof(k));
	return r2p_lead_key_of(f, k, len);
}

/*
 * A table's slots for hash h: table first has one, by the hash's top bits;
 * tables pair and three have two (a Bloom filter with two probes), the other
 * by bits from the hash's middle, and a look-up wants a bit in both.
 */
R2P_LEAD_INLINE unsigned
r2p_lead_slot_a(unsigned slots, uint64_t h)
{
	return (unsigned) (h >> (64 - slots));
}

R2P_LEAD_INLINE unsigned
r2p_lead_slot_b(unsigned slots, uint64_t h)
{
	return (unsigned) (h >> 20) & ((1u << slots) - 1);
}

/* The bits (width: 1 or 2) of slot a of a table. */
R2P_LEAD_INLINE uint64_t
r2p_lead_bits(const uint64_t *table, unsigned width, unsigned a)
{
	unsigned	per = 64 / width;

	return (table[a / per] >> (width * (a % per))) & ((1u << width) - 1);
}

R2P_LEAD_INLINE uint64_t
r2p_lead_bloom(const uint64_t *table, unsigned slots, unsigned width, uint64_t h)
{
	return r2p_lead_bits(table, width, r2p_lead_slot_a(slots, h)) &
		r2p_lead_bits(table, width, r2p_lead_slot_b(slots, h));
}

/*
 * The R2P_LOOK_ bits of the word of key key before a word of key next, in t
 * (of 2^slots slots: a constant, for the shifts).
 */
R2P_LEAD_INLINE unsigned
r2p_lead_look_in(const r2p_lead_filter *f, const r2p_lead_tables *t, unsigned slots,
				 uint64_t key, uint64_t next, int open)
{
	uint64_t	h1 = key * R2P_LEAD_MUL1;
	uint64_t	n4 = next & f->prefix[R2P_LEAD_NEXT];
	uint64_t	h2 = h1 ^ (n4 * R2P_LEAD_MUL2);
	uint64_t	one = r2p_lead_bits(t->first, 2, r2p_lead_slot_a(slots, h1));
	uint64_t	pair = r2p_lead_bits(t->pair, 2, r2p_lead_slot_a(slots, h2));
	unsigned	k;

	/* the second probe of table pair only after the first one hits */
	if (pair)
		pair &= r2p_lead_bits(t->pair, 2, r2p_lead_slot_b(slots, h2));
	if (open)
	{
		for (k = 0; k < f->nopen[0]; k++)
			one |= r2p_lead_bits(t->first, 2, r2p_lead_slot_a(slots,
															   (key & f->prefix[f->open[0][k]]) * R2P_LEAD_MUL1));
		for (k = 0; k < f->nopen[1]; k++)
			pair |= r2p_lead_bloom(t->pair, slots, 2,
								   h1 ^ ((n4 & f->prefix[f->open[1][k]]) * R2P_LEAD_MUL2));
	}
	if ((one | pair) == 0)
		return 0;				/* the usual answer, tested first */
	return (unsigned) ((one & R2P_LEAD_WORD) | pair << 1 | (one & R2P_LEAD_CHAIN) << 2);
}

/*
 * The word of key key, followed by a word of key next (its first four bytes
 * matter; 0: the text ends): R2P_LOOK_ONE if it may be a cue of one word,
 * R2P_LOOK_CHAIN if it may be a cue of one word that is only ever a part of
 * proximity entries, R2P_LOOK_MORE if a cue of two words may begin with it,
 * R2P_LOOK_LONGER if one of three or more may (r2p_lead_three decides, with
 * the word after).
 * later (0 or 1): may a later part of a proximity entry count there?  open:
 * r2p_lead_has_open(f), asked once by the caller.
 */
R2P_LEAD_INLINE unsigned
r2p_lead_look(const r2p_lead_filter *f, uint64_t key, uint64_t next, uint64_t later, int open)
{
	unsigned	look = r2p_lead_look_in(f, &f->any, R2P_LEAD_ANY_SLOTS, key, next, open);

	if (later)
		look |= r2p_lead_look_later(f, key, next);
	return look;
}

/*
 * The first of the words keys[x .. stop) that r2p_lead_look() does not rule
 * out, where no later part can count and no word may go on short of its key
 * (r2p_lead_has_open() is 0): its index (stop: none), and in *look what the
 * look-up found.  keys[stop] must be there (the word after).  A loop of its
 * own, with no call in it, so that the tables and constants stay in
 * registers: most words of a passage end here.
 */
R2P_LEAD_INLINE unsigned
r2p_lead_next_candidate(const r2p_lead_filter *f, const uint64_t *keys, unsigned x,
						unsigned stop, unsigned *look)
{
	for (; x < stop; x++)
	{
		unsigned	l = r2p_lead_look_in(f, &f->any, R2P_LEAD_ANY_SLOTS, keys[x], keys[x + 1], 0);

		if (l)
		{
			*look = l;
			return x;
		}
	}
	return stop;
}

/*
 * May a later part of a proximity entry begin with the word of key key,
 * followed by a word of key next?  (Table next: a false yes only costs time.)
 */
R2P_LEAD_INLINE unsigned
r2p_lead_next_part(const r2p_lead_filter *f, uint64_t key, uint64_t next, int open)
{
	return r2p_lead_look_in(f, &f->next, R2P_LEAD_LATER_SLOTS, key, next, open);
}

/*
 * May a second part of one of the entries of the chain word of key key begin
 * with the word of key next?  (Asked only where f->link_ok and no word may go
 * on short of its key; a false yes only costs time.)
 */
R2P_LEAD_INLINE unsigned
r2p_lead_linked(const r2p_lead_filter *f, uint64_t key, uint64_t next)
{
	uint64_t	h = ((key & f->prefix[R2P_LEAD_NEXT]) * R2P_LEAD_MUL1) ^
		((next & f->prefix[R2P_LEAD_NEXT]) * R2P_LEAD_MUL2);

	return (unsigned) r2p_lead_bloom(f->link.pair, R2P_LEAD_LATER_SLOTS, 2, h) & R2P_LEAD_TWO;
}

/*
 * How many words after a chain word of key key (R2P_LOOK_CHAIN) a later part
 * of its proximity entries may begin at, at most: the largest of the chain
 * words that share its group of slots, or, where words that may go on are
 * looked up cut short (open), of all of them.
 */
R2P_LEAD_INLINE unsigned
r2p_lead_chain_reach(const r2p_lead_filter *f, uint64_t key, int open)
{
	if (open)
		return f->chain_reach;
	return f->any_reach[r2p_lead_slot_a(R2P_LEAD_REACH_SLOTS, key * R2P_LEAD_MUL1)];
}

/* Are there words that may go on, too short to be entered every way? */
static inline int
r2p_lead_has_open(const r2p_lead_filter *f)
{
	return (f->nopen[0] | f->nopen[1]) != 0;
}

/* Table three of t (2^slots slots) for the words of keys key, next and after. */
R2P_LEAD_INLINE unsigned
r2p_lead_three_in(const r2p_lead_filter *f, const r2p_lead_tables *t, unsigned slots,
				  uint64_t key, uint64_t next, uint64_t after)
{
	uint64_t	h2 = (key * R2P_LEAD_MUL1) ^ ((next & f->prefix[R2P_LEAD_NEXT]) * R2P_LEAD_MUL2);
	uint64_t	a4 = after & f->prefix[R2P_LEAD_NEXT];
	uint64_t	bit = r2p_lead_bloom(t->three, slots, 1, h2 ^ (a4 * R2P_LEAD_MUL3));
	unsigned	k;

	for (k = 0; k < f->nopen[2]; k++)
		bit |= r2p_lead_bloom(t->three, slots, 1,
							  h2 ^ ((a4 & f->prefix[f->open[2][k]]) * R2P_LEAD_MUL3));
	return (unsigned) bit;
}

/*
 * After R2P_LOOK_LONGER: may a cue of three words or more begin with the
 * words of keys key, next and after (0: the text ends)?  0 or 1.
 */
static inline unsigned
r2p_lead_three(const r2p_lead_filter *f, uint64_t key, uint64_t next, uint64_t after,
			   uint64_t later)
{
	return r2p_lead_three_in(f, &f->any, R2P_LEAD_ANY_SLOTS, key, next, after) |
		(later ? r2p_lead_three_in(f, &f->later, R2P_LEAD_LATER_SLOTS, key, next, after) : 0);
}

#endif							/* R2P_LEAD_H */
