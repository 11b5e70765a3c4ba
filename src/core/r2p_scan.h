/*
 * r2p_scan.h: one pass of the R2P cue lexicon over a passage.
 *
 * The passage (UTF-8) is folded on the fly (ASCII inline; other characters
 * through r2p_fold) and fed to the lexicon's Aho-Corasick automaton.  Each
 * cue found becomes a hit, with its span in the original bytes and the
 * word and sentence it sits in (for the classifier's proximity rules).
 */
#ifndef R2P_SCAN_H
#define R2P_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dt_env.h"

typedef struct r2p_hit
{
	uint16_t	entry;			/* index into r2p_entries */
	uint8_t		suppressed;		/* set by the classifier */
	uint8_t		used;			/* a negative frame that suppressed a cue */
	uint32_t	first_word;		/* words are numbered by the spaces before them */
	uint32_t	last_word;
	uint32_t	sentence;
	size_t		start;			/* original bytes [start, end) */
	size_t		end;
} r2p_hit;

typedef struct r2p_hits
{
	r2p_hit    *v;
	size_t		n;
	size_t		cap;
} r2p_hits;

/* Appends the hits of text[0 .. len) to *hits, in order of their ends. */
extern void r2p_scan(const dt_env *env, const char *text, size_t len, r2p_hits *hits);

/* Set to true to scan without the fast path (tests compare both ways). */
extern bool r2p_scan_no_skip;

extern void r2p_hits_free(const dt_env *env, r2p_hits *hits);


#endif							/* R2P_SCAN_H */
