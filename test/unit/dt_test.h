/*
 * dt_test.h: a tiny TAP-style harness for the core's unit tests.
 *
 * Each check prints "ok N - what" or "not ok N - what"; dt_test_done()
 * prints the counts and returns the exit status.  test/run-unit.sh adds up
 * the counts of every test program.
 */
#ifndef DT_TEST_H
#define DT_TEST_H

#include <stdio.h>
#include <string.h>

static int	dt_test_n = 0;
static int	dt_test_failed = 0;

#define CHECK(cond, ...) \
	do { \
		dt_test_n++; \
		if (cond) \
			printf("ok %d - ", dt_test_n); \
		else \
		{ \
			dt_test_failed++; \
			printf("not ok %d - ", dt_test_n); \
		} \
		printf(__VA_ARGS__); \
		printf("%s\n", (cond) ? "" : "   <-- FAILED (" __FILE__ ":" DT_STR(__LINE__) ")"); \
	} while (0)

#define DT_STR2(x) #x
#define DT_STR(x) DT_STR2(x)

/* Compare two NUL-terminated strings, showing both on failure. */
#define CHECK_STR(got, want, ...) \
	do { \
		const char *g_ = (got); \
		const char *w_ = (want); \
		int ok_ = (g_ && w_ && strcmp(g_, w_) == 0) || (!g_ && !w_); \
		CHECK(ok_, __VA_ARGS__); \
		if (!ok_) \
			printf("#   got:  \"%s\"\n#   want: \"%s\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
	} while (0)

#define CHECK_INT(got, want, ...) \
	do { \
		long long g_ = (long long) (got); \
		long long w_ = (long long) (want); \
		CHECK(g_ == w_, __VA_ARGS__); \
		if (g_ != w_) \
			printf("#   got:  %lld\n#   want: %lld\n", g_, w_); \
	} while (0)

static inline int
dt_test_done(void)
{
	printf("# %d passed, %d failed\n", dt_test_n - dt_test_failed, dt_test_failed);
	return dt_test_failed ? 1 : 0;
}

#endif							/* DT_TEST_H */
