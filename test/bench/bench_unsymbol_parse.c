/*
 * bench_unsymbol_parse.c: parse speed of the unsymbol core, outside the
 * server (built and run by test/bench/bench_unsymbol.sh).  Parses a mix of
 * real-shaped symbols ROUNDS times and prints the median symbols/s of RUNS
 * runs, next to the floor (strlen + memchr over the same strings) and to
 * canonical output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unsymbol.h"

#define N 100000
#define RUNS 5

static char *syms[N];
static size_t lens[N];

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmpd(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

int
main(void)
{
	static const char *const shapes[] = {
		"A/%d/%d", "S/%d/%d", "S/RES/%d", "A/RES/%d/%d", "E/CN.4/%d/L.%d/Add.1",
		"A/C.3/%d/L.%d/Rev.1", "s/res/%d", "A/RES/%d A (III)", "CCPR /C/GC/%d", "ST/AI/%d/%d*"
	};
	double		t_parse[RUNS],
				t_floor[RUNS],
				t_out[RUNS];
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
		double		t0 = now();

		for (int i = 0; i < N; i++)
			sink += (long) strlen(syms[i]) + (memchr(syms[i], '\x01', lens[i]) != NULL);
		t_floor[r] = now() - t0;
		t0 = now();
		ok = 0;
		for (int i = 0; i < N; i++)
			ok += dt_unsym_parse(syms[i], lens[i], &u, NULL);
		t_parse[r] = now() - t0;
		t0 = now();
		for (int i = 0; i < N; i++)
		{
			dt_unsym_parse(syms[i], lens[i], &u, NULL);
			sink += (long) dt_unsym_canonical(&u, buf, sizeof(buf));
		}
		t_out[r] = now() - t0;
	}
	qsort(t_parse, RUNS, sizeof(double), cmpd);
	qsort(t_floor, RUNS, sizeof(double), cmpd);
	qsort(t_out, RUNS, sizeof(double), cmpd);
	printf("core parse (C, -O2):        %9.0f symbols/s  (%4.0f ns/symbol, %ld of %d valid)\n",
		   N / t_parse[RUNS / 2], 1e9 * t_parse[RUNS / 2] / N, ok, N);
	printf("core parse + canonical out: %9.0f symbols/s  (%4.0f ns/symbol)\n",
		   N / t_out[RUNS / 2], 1e9 * t_out[RUNS / 2] / N);
	printf("floor (strlen + memchr):    %9.0f symbols/s  (parse costs %.0fx the floor)\n",
		   N / t_floor[RUNS / 2], t_parse[RUNS / 2] / t_floor[RUNS / 2]);
	return sink == 42;
}
