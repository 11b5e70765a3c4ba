/*
 * pg_env.h: the dt_env the PostgreSQL layer hands to the core.
 */
#ifndef DT_PG_ENV_H
#define DT_PG_ENV_H

#include "dt_env.h"

/* palloc in CurrentMemoryContext, CHECK_FOR_INTERRUPTS between steps. */
extern const dt_env *dt_env_pg(void);

#endif							/* DT_PG_ENV_H */
