/*
 * bench_unsymbol_parse.c: parse speed of the unsymbol core, outside the
 * server (built against the core library and run by
 * test/bench/bench_unsymbol.sh).  Parses a mix of
 * real-shaped symbols ROUNDS times and prints the median symbols/s of RUNS
 * runs, next to the floor (strlen + memchr over the same strings) and to
 * canonical output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_time.h"
#include "unsymbol.h"

#define N 100000
#define RUNS 5

static char *syms[N];
static size_t lens[N];

int
main(void)
{
	static const char *const shapes[] = {
		"A/%d/%d", "S/%d/%d", "S/RES/%d", "A/RES/%d/%d", "E/CN.4/%d/L.%d/Add.1",
		"A/C.3/%d/L.%d/Rev.1", "s/res/%d", "A/RES/%d A (III)", "CCPR /C/GC/%d", "ST/AI/%d/%d*"
	};
	double		t_parse[RUNS],
				t_floor[RUNS],
				t_out[RUNS],
				parse,
				out,
				floor_;
	unsigned	seed = 42;
	long		ok = 0,
				sink = 0;
	static dt_unsym u;
	char		buf[DT_UNSYM_CANON_CAP];

	for (int i = 0; i < N; i++)
	{
		char		s[64];
		int			k = i % 10;
		int			a,
					b;

		seed = seed * 1103515245u + 12345u;
		a = 1 + (int) ((seed >> 8) % 2811);
		seed = seed * 1103515245u + 12345u;
		b = 1 + (int) ((seed >> 8) % 999);
		if (k == 0 || k == 3 || k == 5)
			a = 40 + a % 40;
		if (k == 1 || k == 4)
			a = 1994 + a % 25;
		if (k == 6 || k == 7 || k == 8)
			snprintf(s, sizeof(s), shapes[k], a);
		else
			snprintf(s, sizeof(s), shapes[k], a, b);
		syms[i] = strdup(s);
		lens[i] = strlen(s);
	}
	for (int r = 0; r < RUNS; r++)
	{
		double		t0 = bench_wall_seconds();

		for (int i = 0; i < N; i++)
			sink += (long) strlen(syms[i]) + (memchr(syms[i], '\x01', lens[i]) != NULL);
		t_floor[r] = bench_wall_seconds() - t0;
		t0 = bench_wall_seconds();
		ok = 0;
		for (int i = 0; i < N; i++)
			ok += dt_unsym_parse(syms[i], lens[i], &u, NULL);
		t_parse[r] = bench_wall_seconds() - t0;
		t0 = bench_wall_seconds();
		for (int i = 0; i < N; i++)
		{
			dt_unsym_parse(syms[i], lens[i], &u, NULL);
			sink += (long) dt_unsym_canonical(&u, buf, sizeof(buf));
		}
		t_out[r] = bench_wall_seconds() - t0;
	}
	parse = bench_median(t_parse, RUNS);
	out = bench_median(t_out, RUNS);
	floor_ = bench_median(t_floor, RUNS);
	printf("core parse (C, -O2):        %9.0f symbols/s  (%4.0f ns/symbol, %ld of %d valid)\n",
		   N / parse, 1e9 * parse / N, ok, N);
	printf("core parse + canonical out: %9.0f symbols/s  (%4.0f ns/symbol)\n",
		   N / out, 1e9 * out / N);
	printf("floor (strlen + memchr):    %9.0f symbols/s  (parse costs %.0fx the floor)\n",
		   N / floor_, parse / floor_);
	return sink == 42;
}
