/*
 * counting_env.h: a malloc-backed dt_env that counts live and peak bytes and
 * the interrupt checks, for the memory and interruptibility checks of the
 * paragraphs / fix_text unit tests.
 */
#ifndef DT_COUNTING_ENV_H
#define DT_COUNTING_ENV_H

#include <stdlib.h>

#include "dt_env.h"

typedef struct counting
{
	size_t		live;
	size_t		peak;
	size_t		interrupt_checks;
} counting;

static void
counting_check_interrupts(void *ctx)
{
	((counting *) ctx)->interrupt_checks++;
}

static void *
counting_alloc(void *ctx, size_t size)
{
	counting   *c = ctx;
	size_t	   *p = malloc(size + sizeof(size_t));

	if (!p)
		abort();
	*p = size;
	c->live += size;
	if (c->live > c->peak)
		c->peak = c->live;
	return p + 1;
}

static void
counting_free(void *ctx, void *ptr)
{
	counting   *c = ctx;
	size_t	   *p = (size_t *) ptr - 1;

	c->live -= *p;
	free(p);
}

static void *
counting_realloc(void *ctx, void *ptr, size_t size)
{
	counting   *c = ctx;
	size_t	   *p = (size_t *) ptr - 1;
	size_t		old = *p;

	p = realloc(p, size + sizeof(size_t));
	if (!p)
		abort();
	*p = size;
	c->live = c->live - old + size;
	if (c->live > c->peak)
		c->peak = c->live;
	return p + 1;
}

static inline dt_env
counting_env(counting *c)
{
	dt_env		e = {counting_alloc, counting_realloc, counting_free, counting_check_interrupts, c};

	c->live = c->peak = c->interrupt_checks = 0;
	return e;
}

#endif
