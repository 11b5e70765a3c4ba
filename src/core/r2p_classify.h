/*
 * r2p_classify.h: R2P relevance and pillars of a passage, by the coding
 * rules of ../shared/reference/r2p-pillars.md (section 4), from the cues the
 * lexicon finds (r2p_scan.h).
 */
#ifndef R2P_CLASSIFY_H
#define R2P_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "dt_env.h"

typedef struct r2p_cue
{
	int			pillar;			/* 1, 2, 3; 0 for general R2P cues */
	int			entry;			/* index into r2p_entries */
	float		weight;			/* below zero: suppressed a reading */
	size_t		start;			/* original bytes [start, end) */
	size_t		end;
	int64_t		start_pos;		/* 1-based characters, half-open */
	int64_t		end_pos;
} r2p_cue;

typedef struct r2p_result
{
	int			relevant;
	unsigned	pillars;		/* bit 1 << p for pillar p */
	r2p_cue    *cues;			/* the evidence, by start (want_cues only) */
	size_t		ncues;
} r2p_result;

/*
 * Classify text[0 .. len) (UTF-8).  context: the passage is known to come
 * from an R2P debate, so pillar cues count without an R2P or atrocity-crime
 * cue of its own.  want_cues: also fill res->cues (free with r2p_result_free).
 */
extern void r2p_classify(const dt_env *env, const char *text, size_t len, int context,
						 int want_cues, r2p_result *res);
extern void r2p_result_free(const dt_env *env, r2p_result *res);

/* "none", "general" or the pillars ("1,3"); buf of at least 8 bytes. */
extern const char *r2p_label(const r2p_result *res, char *buf);

#endif							/* R2P_CLASSIFY_H */
