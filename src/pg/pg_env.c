/*
 * pg_env.c: the server's side of dt_env, plus the module magic.
 *
 * Memory comes from CurrentMemoryContext (huge allocations allowed, so a
 * 1 GB text can be processed), and every interrupt check is a
 * CHECK_FOR_INTERRUPTS(), so a long scan can be cancelled.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "pg_env.h"

PG_MODULE_MAGIC;

static void *
pg_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void *
pg_realloc(void *ctx, void *ptr, size_t size)
{
	(void) ctx;
	return repalloc_huge(ptr, size);
}

static void
pg_free(void *ctx, void *ptr)
{
	(void) ctx;
	pfree(ptr);
}

static void
pg_check_interrupts(void *ctx)
{
	(void) ctx;
	CHECK_FOR_INTERRUPTS();
}

static const dt_env pg_env = {
	pg_alloc, pg_realloc, pg_free, pg_check_interrupts, NULL
};

const dt_env *
dt_env_pg(void)
{
	return &pg_env;
}
