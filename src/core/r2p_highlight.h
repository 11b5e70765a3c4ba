/*
 * r2p_highlight.h: the evidence of r2p_classify as text: a passage with its
 * cues marked (like ts_headline), and the words of one cue.
 */
#ifndef R2P_HIGHLIGHT_H
#define R2P_HIGHLIGHT_H

#include <stddef.h>

#include "dt_env.h"
#include "r2p_classify.h"

typedef struct r2p_highlight_options
{
	char	   *start_sel;		/* default "<b>" */
	char	   *stop_sel;		/* default "</b>" */
	int			context;		/* Context=true: as r2p_context */
} r2p_highlight_options;

/*
 * Parse "StartSel=<em>, StopSel=</em>, Context=true" (ts_headline style:
 * key=value pairs separated by commas or spaces, keys in any case, values
 * optionally in double quotes).  Returns 0, or -1 with a message in err;
 * either way *opt may hold allocations: r2p_highlight_options_free() frees
 * them (inside the server, their memory context does).
 */
extern int	r2p_parse_highlight_options(const dt_env *env, const char *s, size_t len,
										r2p_highlight_options *opt, char *err, size_t errlen);
extern void r2p_highlight_options_free(const dt_env *env, r2p_highlight_options *opt);

/* The passage with every counted cue (weight > 0) between the selectors;
 * overlapping cues are marked once.  NUL-terminated; length in *outlen. */
extern char *r2p_highlight(const dt_env *env, const char *text, size_t len,
						   const r2p_result *res, const char *start_sel,
						   const char *stop_sel, size_t *outlen);

/* The words of a cue, whitespace runs (line wraps) as one space. */
extern char *r2p_cue_text(const dt_env *env, const char *text, const r2p_cue *cue,
						  size_t *outlen);

#endif							/* R2P_HIGHLIGHT_H */
