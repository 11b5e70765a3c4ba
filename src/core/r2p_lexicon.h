/*
 * r2p_lexicon.h: the compiled R2P cue lexicon.
 *
 * src/data/r2p_lexicon.tsv is the lexicon (readable, reviewable data);
 * src/r2p_lexicon.pl compiles it at build time into src/gen/r2p_lexicon.c:
 * the entries, the folded patterns they expand to, and one Aho-Corasick
 * automaton (a dense transition table) over the folded alphabet below.
 *
 * Folded alphabet: every pattern and every scanned text is reduced to
 * lower-case ASCII letters and digits separated by single spaces; a
 * non-ASCII letter that has no ASCII base becomes one placeholder symbol.
 * Every pattern starts with a space and, unless it is a prefix (word*),
 * ends with one, so word boundaries need no separate test.
 */
#ifndef R2P_LEXICON_H
#define R2P_LEXICON_H

#include <stdint.h>

/* Symbols of the folded alphabet. */
#define R2P_SYM_SPACE		0
#define R2P_SYM_A			1		/* 'a'..'z' are 1..26 */
#define R2P_SYM_DIGIT0		27		/* '0'..'9' are 27..36 */
#define R2P_SYM_OTHER		37		/* a letter with no ASCII base */
#define R2P_NSYM			38

/* Automaton states carry this bit when some pattern ends there. */
#define R2P_STATE_OUT		0x8000
#define R2P_STATE_MASK		0x7fff

/* Parts of a proximity entry ("A ~N B ~M C"); how many such entries. */
#define R2P_MAX_PARTS		4
#define R2P_MAX_CHAINS		256
#define R2P_MAX_ENTRIES		1024

/* The scanner remembers where the last words began and ended: a ring that
 * must hold the longest pattern, in words. */
#define R2P_WORD_RING		64

typedef enum r2p_class
{
	R2P_CLASS_R2P,				/* names R2P */
	R2P_CLASS_GENERAL,			/* general R2P reference */
	R2P_CLASS_CRIME,			/* the four crimes, atrocity crimes */
	R2P_CLASS_P1,
	R2P_CLASS_P2,
	R2P_CLASS_P3,
	R2P_CLASS_ACTOR,			/* outside actor (rule 4.1.2) */
	R2P_CLASS_NOT_R2P,			/* hard negatives: suppress a class */
	R2P_CLASS_NOT_P1,
	R2P_CLASS_NOT_P2,
	R2P_CLASS_NOT_P3
} r2p_class;

typedef enum r2p_scope
{
	R2P_SCOPE_NONE,
	R2P_SCOPE_SPAN,				/* cues overlapping the negative frame */
	R2P_SCOPE_SENTENCE,			/* cues in the same sentence */
	R2P_SCOPE_PASSAGE,			/* every cue of the passage */
	R2P_SCOPE_ACTOR_BOUND		/* a pillar cue that names what is protected, not
								 * who acts: void after an outside actor */
} r2p_scope;

typedef struct r2p_entry
{
	uint8_t		cls;			/* r2p_class */
	uint8_t		scope;			/* r2p_scope */
	uint8_t		nparts;			/* 1, or up to 4 for "A ~N B ~M C" */
	uint8_t		gap[R2P_MAX_PARTS - 1];	/* N before part 1, M before part 2, ... */
	int16_t		chain;			/* proximity entries: 0 .. r2p_nchains-1; else -1 */
	float		weight;
	const char *lang;
	const char *rule;
	const char *phrase;			/* as written in the lexicon */
} r2p_entry;

typedef struct r2p_pattern
{
	uint16_t	len;			/* folded bytes, spaces included */
	uint8_t		nspaces;		/* spaces in the folded pattern */
	uint8_t		prefix;			/* ends in a word that may go on */
	uint32_t	use_start;		/* its uses: r2p_uses[use_start ..] */
	uint32_t	use_count;
	const char *folded;			/* " word word " ([a-z0-9] and spaces) */
} r2p_pattern;

typedef struct r2p_use
{
	uint16_t	entry;			/* index into r2p_entries */
	uint8_t		part;			/* 0 = A (or the whole phrase), 1 = B, ... */
} r2p_use;

extern const r2p_entry r2p_entries[];
extern const int r2p_nentries;
extern const int r2p_nchains;
extern const r2p_pattern r2p_patterns[];
extern const int r2p_npatterns;
extern const r2p_use r2p_uses[];
extern const uint16_t r2p_ac_next[][R2P_NSYM];
extern const int r2p_nstates;
extern const uint32_t r2p_ac_out_start[];	/* per state, into r2p_ac_out */
extern const uint16_t r2p_ac_out_count[];
extern const uint16_t r2p_ac_out[];		/* pattern ids */
extern const int r2p_max_span_words;	/* longest entry in words, gap included */
/* Bit ((a*37 + b)*37 + c)*37 + d (letters 0..25, digits 26..35, 36 = the
 * word has ended): some cue starts with a word that begins with abcd. */
#define R2P_WORD_END		36
extern const uint8_t r2p_first_word[];
/* Bit (a*37 + b)*37 + c: some key of r2p_first_word begins with abc. */
extern const uint8_t r2p_first_word3[];
/* The state after a space and the first four letters of a word (a shorter
 * word: all of it, without the space after it), by the word's key as above,
 * where no cue ends on the way: open addressing from slot key %
 * R2P_JUMP_PRIME; an empty slot has key 0xFFFFFFFF. */
#define R2P_JUMP_SLOTS		1024
#define R2P_JUMP_PRIME		1021
extern const uint32_t r2p_jump_key[];
extern const uint16_t r2p_jump_state[];

#endif							/* R2P_LEXICON_H */
