/*
 * r2p_speed.c: the R2P classifier alone, in MB/s of CPU time, over the
 * paragraphs of text files read into memory first (no server).  Built against
 * the core library:
 *
 *   make core-lib
 *   gcc -O2 test/bench/r2p_speed.c $(make -s print-core-link) -o test/build/r2p_speed
 *   ls /tmp/ungdc/data/sessions/[A-Z]*[0-9]/[A-Z]*.txt | test/build/r2p_speed 5
 *
 * Reads file names from stdin and splits each file into paragraphs as
 * test/corpus/r2p_paragraphs.sql does (a paragraph ends at a blank line or at
 * a line break after . ! ? or :, with a closing quote or bracket; white space
 * runs become one space).  Classifies every paragraph as r2p_pillars does
 * (no evidence, no context) RUNS times (argument, default 5) with the
 * scanner's fast path and RUNS times byte by byte (r2p_scan_no_skip), the two
 * alternated, and prints the median MB/s of each and the median ratio.  First
 * it checks that both ways give the same labels and evidence spans, with and
 * without context (a checksum), and fails if they do not.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_time.h"
#include "r2p_classify.h"
#include "r2p_scan.h"

typedef struct
{
	char	   *s;
	size_t		len;
	size_t		cap;
} buf;

static void
put(buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		while (b->len + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 1 << 20;
		b->s = realloc(b->s, b->cap);
		if (b->s == NULL)
			abort();
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
}

/* The paragraphs of text[0 .. n) into all, each ended by a NUL byte. */
static void
split(const char *t, size_t n, buf *all)
{
	buf			para = {0};
	size_t		i = 0;

	while (i <= n)
	{
		int			end = i == n;

		if (!end && (t[i] == '\n' || t[i] == '\r'))
		{
			size_t		k = para.len;
			size_t		j = i + 1;

			if (t[i] == '\r' && j < n && t[j] == '\n')
				j++;
			/* a sentence end (and a closing quote or bracket) before the line break */
			while (k > 0 && para.s[k - 1] == ' ')
				k--;
			if (k > 0 && (para.s[k - 1] == '"' || para.s[k - 1] == ')'))
				k--;
			else if (k >= 3 && memcmp(para.s + k - 3, "\xe2\x80", 2) == 0 &&
					 (para.s[k - 1] == '\x9d' || para.s[k - 1] == '\x99'))
				k -= 3;
			end = k > 0 && para.s[k - 1] != '\0' && strchr(".!?:", para.s[k - 1]) != NULL;
			/* or a blank line */
			while (!end && j < n && (t[j] == ' ' || t[j] == '\t'))
				j++;
			if (!end && j < n && (t[j] == '\n' || t[j] == '\r'))
				end = 1;
		}
		if (end)
		{
			size_t		k,
						alpha = 0;

			while (para.len > 0 && para.s[para.len - 1] == ' ')
				para.len--;
			/* [[:alpha:]] in the benchmark's C-locale database: ASCII letters */
			for (k = 0; k < para.len && !alpha; k++)
				alpha = (para.s[k] | 0x20) >= 'a' && (para.s[k] | 0x20) <= 'z';
			if (alpha)
			{
				put(all, para.s, para.len);
				put(all, "", 1);
			}
			para.len = 0;
		}
		else if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' ||
				 t[i] == '\f' || t[i] == '\v')
		{
			if (para.len > 0 && para.s[para.len - 1] != ' ')
				put(&para, " ", 1);
		}
		else
			put(&para, t + i, 1);
		i++;
	}
	free(para.s);
}

/*
 * One pass over all paragraphs, as r2p_pillars does it (no evidence); returns
 * a checksum of the labels.  With want_cues, with and without context, and
 * the evidence spans in the checksum too.
 */
static unsigned long
pass(const buf *all, int want_cues, size_t *bytes, long *paras)
{
	unsigned long sum = 0;
	size_t		i = 0;

	*bytes = 0;
	*paras = 0;
	while (i < all->len)
	{
		size_t		n = strlen(all->s + i);
		int			context;

		for (context = 0; context <= want_cues; context++)
		{
			r2p_result	res;
			size_t		k;

			r2p_classify(dt_env_malloc(), all->s + i, n, context, want_cues, &res);
			sum = sum * 31 + (unsigned long) res.relevant * 16 + res.pillars;
			for (k = 0; k < res.ncues; k++)
				sum = sum * 131 + res.cues[k].start * 7 + res.cues[k].end +
					(unsigned long) res.cues[k].entry;
			r2p_result_free(dt_env_malloc(), &res);
		}
		*bytes += n;
		(*paras)++;
		i += n + 1;
	}
	return sum;
}

int
main(int argc, char **argv)
{
	int			runs = argc > 1 ? atoi(argv[1]) : 5;
	char		name[4096];
	buf			all = {0};
	double	   *fast,
			   *slow,
			   *ratio;
	unsigned long want[2] = {0, 0};
	size_t		bytes = 0;
	long		paras = 0;
	int			r,
				bad = 0;

	if (runs < 1)
		runs = 1;
	while (fgets(name, sizeof(name), stdin))
	{
		FILE	   *f;
		buf			text = {0};
		char		chunk[65536];
		size_t		n;

		name[strcspn(name, "\n")] = '\0';
		if ((f = fopen(name, "rb")) == NULL)
		{
			perror(name);
			return 2;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			put(&text, chunk, n);
		fclose(f);
		split(text.s ? text.s : "", text.len, &all);
		free(text.s);
	}
	fast = calloc((size_t) runs, sizeof(double));
	slow = calloc((size_t) runs, sizeof(double));
	ratio = calloc((size_t) runs, sizeof(double));
	if (!fast || !slow || !ratio)
		return 2;
	/* the same labels and evidence both ways */
	want[0] = pass(&all, 1, &bytes, &paras);
	r2p_scan_no_skip = true;
	want[1] = pass(&all, 1, &bytes, &paras);
	r2p_scan_no_skip = false;
	bad = want[0] != want[1];
	for (r = 0; r < runs; r++)
	{
		int			way;

		for (way = 0; way < 2; way++)
		{
			double		t0;

			r2p_scan_no_skip = way == 1;
			t0 = bench_cpu_seconds();
			(void) pass(&all, 0, &bytes, &paras);
			(way == 0 ? fast : slow)[r] = bench_cpu_seconds() - t0;
		}
		r2p_scan_no_skip = false;
		ratio[r] = slow[r] / fast[r];
	}
	printf("%ld paragraphs, %.1f MB; %d runs each way, alternated, medians of CPU time:\n",
		   paras, bytes / 1e6, runs);
	printf("  fast path:    %.0f MB/s\n", bytes / 1e6 / bench_median(fast, runs));
	printf("  byte by byte: %.0f MB/s\n", bytes / 1e6 / bench_median(slow, runs));
	printf("  ratio:        %.2fx\n", bench_median(ratio, runs));
	printf("  labels and evidence spans, with and without context: %s\n",
		   bad ? "DIFFER" : "the same both ways");
	free(all.s);
	free(fast);
	free(slow);
	free(ratio);
	return bad ? 1 : 0;
}
