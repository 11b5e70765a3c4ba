/* test_env.c: the malloc-backed environment behaves as the core expects. */
#include "dt_env.h"
#include "dt_test.h"

int
main(void)
{
	const dt_env *env = dt_env_malloc();
	char	   *p = dt_alloc(env, 0);

	CHECK(p != NULL, "dt_alloc(0) returns a usable pointer");
	p = dt_realloc(env, p, 64);
	memset(p, 'x', 64);
	CHECK(p[63] == 'x', "dt_realloc grows the block");
	dt_free(env, p);
	dt_free(env, NULL);
	CHECK(1, "dt_free(NULL) is a no-op");
	dt_check_interrupts(env);
	CHECK(env->check_interrupts == NULL, "no interrupt hook outside the server");
	return dt_test_done();
}
