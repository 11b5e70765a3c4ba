/*
 * fuzz_r2p.c: libFuzzer target for the R2P classifier: any bytes, with and
 * without context, evidence and highlight; spans must lie inside the input,
 * and the scanner must find the same hits with its fast path on and off.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dt_env.h"
#include "r2p_classify.h"
#include "r2p_highlight.h"
#include "r2p_scan.h"

/* r2p_hit has no padding, so two lists compare with memcmp. */
_Static_assert(sizeof(r2p_hit) == 2 + 1 + 1 + 3 * 4 + 2 * sizeof(size_t), "r2p_hit is packed");

/* The scanner's hits with the fast path on and off are the same. */
static void
same_hits(const char *s, size_t size)
{
	r2p_hits	a = {0},
				b = {0};

	r2p_scan(dt_env_malloc(), s, size, &a);
	r2p_scan_no_skip = true;
	r2p_scan(dt_env_malloc(), s, size, &b);
	r2p_scan_no_skip = false;
	if (a.n != b.n || (a.n > 0 && memcmp(a.v, b.v, a.n * sizeof(r2p_hit)) != 0))
		abort();
	r2p_hits_free(dt_env_malloc(), &a);
	r2p_hits_free(dt_env_malloc(), &b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	r2p_result	res;
	r2p_highlight_options opt;
	char		err[200];
	size_t		i,
				len;
	char	   *out;
	int			context = size > 0 && (data[0] & 1);

	same_hits(s, size);
	r2p_classify(dt_env_malloc(), s, size, context, 1, &res);
	for (i = 0; i < res.ncues; i++)
	{
		if (res.cues[i].start > res.cues[i].end || res.cues[i].end > size ||
			res.cues[i].start_pos < 1 || res.cues[i].end_pos < res.cues[i].start_pos)
			abort();
		if (res.cues[i].weight > 0 && !res.relevant)
			abort();
		if (i > 0 && res.cues[i].start < res.cues[i - 1].start)
			abort();
	}
	if (res.pillars && !res.relevant)
		abort();
	out = r2p_highlight(dt_env_malloc(), s, size, &res, "<b>", "</b>", &len);
	if (len < size)
		abort();
	free(out);
	r2p_result_free(dt_env_malloc(), &res);
	/* the same bytes as highlight options */
	r2p_parse_highlight_options(dt_env_malloc(), s, size, &opt, err, sizeof(err));
	r2p_highlight_options_free(dt_env_malloc(), &opt);
	return 0;
}
