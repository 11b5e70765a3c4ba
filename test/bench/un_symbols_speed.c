/*
 * un_symbols_speed.c: the scanner alone, in MB/s of CPU time, over text files
 * read into memory first (no server, no detoasting).  Built against the core
 * library:
 *
 *   make core-lib
 *   gcc -O2 test/bench/un_symbols_speed.c $(make -s print-core-link) -o test/build/un_symbols_speed
 *   ls /tmp/ungdc/data/sessions/[A-Z]*[0-9]/[A-Z]*.txt | test/build/un_symbols_speed 5
 *
 * Reads file names from stdin; scans every file RUNS times (argument, default
 * 5); prints the median and best MB/s and the references found.  With
 * argument "dump" it prints every reference instead (text number, kind,
 * symbol, byte and character span, as built), to compare two builds.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_time.h"
#include "un_symbols.h"

typedef struct
{
	bool		dump;
	long		text;
	long		count;
} ctx;

static void
emit(void *arg, const dt_symref *r)
{
	ctx		   *c = arg;
	char		canon[DT_UNSYM_CANON_CAP];

	c->count++;
	if (!c->dump)
		return;
	dt_unsym_canonical(r->sym, canon, sizeof(canon));
	printf("%ld\t%s\t%s\t%zu\t%zu\t%lld\t%lld\t%s\n", c->text, r->is_named ? "named" : "written", canon,
		   r->start_byte, r->end_byte, (long long) r->start_char, (long long) r->end_char, r->text);
}

int
main(int argc, char **argv)
{
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	char	  **texts = NULL;
	size_t	   *lens = NULL;
	long		n = 0,
				ncap = 0,
				i;
	size_t		total = 0;
	int			runs = 5,
				r;
	double	   *secs,
				median;
	ctx			c = {0};

	if (argc > 1 && strcmp(argv[1], "dump") == 0)
		c.dump = true;
	else if (argc > 1)
		runs = atoi(argv[1]) > 0 ? atoi(argv[1]) : 5;
	while ((len = getline(&line, &cap, stdin)) > 0)
	{
		FILE	   *f;
		long		size;

		line[strcspn(line, "\n")] = '\0';
		if (!(f = fopen(line, "rb")))
		{
			perror(line);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		size = ftell(f);
		fseek(f, 0, SEEK_SET);
		if (n == ncap)
		{
			ncap = ncap ? ncap * 2 : 1024;
			texts = realloc(texts, ncap * sizeof(*texts));
			lens = realloc(lens, ncap * sizeof(*lens));
		}
		texts[n] = malloc(size + 1);
		lens[n] = fread(texts[n], 1, size, f);
		fclose(f);
		total += lens[n++];
	}
	free(line);
	if (c.dump)
	{
		for (i = 0; i < n; i++)
		{
			c.text = i + 1;
			dt_un_symbols_scan(dt_env_malloc(), texts[i], lens[i], emit, &c);
		}
		return 0;
	}
	secs = malloc(runs * sizeof(double));
	for (r = 0; r < runs; r++)
	{
		double		t0 = bench_cpu_seconds();

		c.count = 0;
		for (i = 0; i < n; i++)
			dt_un_symbols_scan(dt_env_malloc(), texts[i], lens[i], emit, &c);
		secs[r] = bench_cpu_seconds() - t0;
	}
	median = bench_median(secs, runs);
	printf("%ld texts, %.1f MB, %ld references: median %.0f MB/s, best %.0f MB/s (CPU time, %d runs)\n",
		   n, total / 1e6, c.count, total / 1e6 / median, total / 1e6 / secs[0], runs);
	return 0;
}
