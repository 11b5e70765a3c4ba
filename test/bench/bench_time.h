/*
 * bench_time.h: clocks and medians for the command-line benchmarks in
 * test/bench (no server).
 */
#ifndef BENCH_TIME_H
#define BENCH_TIME_H

#include <stdlib.h>
#include <time.h>

/* CPU time of the process, in seconds. */
static inline double
bench_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Wall-clock time, in seconds. */
static inline double
bench_wall_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline int
bench_cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

/* Sorts v[0 .. n) and returns its median (the upper one of two). */
static inline double
bench_median(double *v, int n)
{
	qsort(v, (size_t) n, sizeof(double), bench_cmp_double);
	return v[n / 2];
}

#endif							/* BENCH_TIME_H */
