/*
 * dt_env.c: the malloc-backed dt_env used outside the server.
 */
#include "dt_env.h"

#include <stdio.h>
#include <stdlib.h>

static void *
malloc_alloc(void *ctx, size_t size)
{
	void	   *p = malloc(size);

	(void) ctx;
	if (p == NULL)
	{
		fprintf(stderr, "diplotext: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void *
malloc_realloc(void *ctx, void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size);

	(void) ctx;
	if (p == NULL)
	{
		fprintf(stderr, "diplotext: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
malloc_free(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const dt_env malloc_env = {
	malloc_alloc, malloc_realloc, malloc_free, NULL, NULL
};

const dt_env *
dt_env_malloc(void)
{
	return &malloc_env;
}
