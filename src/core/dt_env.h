/*
 * dt_env.h: what the plain C core needs from its host.
 *
 * The core (src/core) includes no PostgreSQL header.  Everything it needs from
 * the outside world (memory and a way to be interrupted) comes through a
 * dt_env, so the same code runs inside the server (palloc, CHECK_FOR_INTERRUPTS)
 * and in unit tests, fuzzers and benchmarks (malloc, no-op).
 *
 * Rules for core code:
 *  - allocate only through dt_alloc/dt_realloc/dt_free; never malloc directly
 *    (inside the server an ereport may longjmp past any cleanup, and palloc'd
 *    memory is reclaimed with its context while malloc'd memory would leak);
 *  - call dt_check_interrupts() at least once per loop iteration over input
 *    (cheap: the server's CHECK_FOR_INTERRUPTS is a flag test);
 *  - allocation failure is the host's business: the server's palloc never
 *    returns NULL, and dt_env_malloc() aborts.
 */
#ifndef DT_ENV_H
#define DT_ENV_H

#include <stddef.h>

typedef struct dt_env
{
	void	   *(*alloc) (void *ctx, size_t size);
	void	   *(*realloc) (void *ctx, void *ptr, size_t size);
	void		(*free) (void *ctx, void *ptr);
	void		(*check_interrupts) (void *ctx);
	void	   *ctx;
} dt_env;

static inline void *
dt_alloc(const dt_env *env, size_t size)
{
	return env->alloc(env->ctx, size ? size : 1);
}

static inline void *
dt_realloc(const dt_env *env, void *ptr, size_t size)
{
	return ptr ? env->realloc(env->ctx, ptr, size ? size : 1) : dt_alloc(env, size);
}

static inline void
dt_free(const dt_env *env, void *ptr)
{
	if (ptr)
		env->free(env->ctx, ptr);
}

static inline void
dt_check_interrupts(const dt_env *env)
{
	if (env->check_interrupts)
		env->check_interrupts(env->ctx);
}

/* A malloc-backed environment for tests, fuzzers and benchmarks. */
extern const dt_env *dt_env_malloc(void);

#endif							/* DT_ENV_H */
