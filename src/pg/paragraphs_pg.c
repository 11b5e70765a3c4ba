/*
 * paragraphs_pg.c: SQL functions paragraphs(text) and fix_text(text).
 *
 * Text goes to and from the core through pg_text.h: in a LATIN1 database a
 * character the encoding cannot hold (say ’ from repaired mojibake) becomes
 * its ASCII stand-in, so mere text never raises an error; spans count as
 * substr() counts in every encoding.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "fix_text.h"
#include "paragraphs.h"
#include "pg_env.h"
#include "pg_text.h"

PG_FUNCTION_INFO_V1(dt_paragraphs_sql);
PG_FUNCTION_INFO_V1(dt_fix_text_sql);

typedef struct srf_state
{
	Tuplestorestate *store;
	TupleDesc	desc;
	const dt_pg_text *in;
} srf_state;

static void
emit_paragraph(void *arg, const dt_paragraph *p)
{
	srf_state  *st = arg;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = Int32GetDatum(p->n);
	values[1] = PointerGetDatum(dt_pg_text_out(p->text, p->text_len));
	values[2] = Int32GetDatum(dt_pg_position(st->in, p->start_byte, (int64) p->start_char - 1));
	values[3] = Int32GetDatum(dt_pg_position(st->in, p->end_byte, (int64) p->end_char - 1));
	tuplestore_putvalues(st->store, st->desc, values, nulls);
	pfree(DatumGetPointer(values[1]));
}

Datum
dt_paragraphs_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	srf_state	st;
	dt_pg_text	in;

	InitMaterializedSRF(fcinfo, 0);
	dt_pg_text_in(doc, &in);
	st.store = rsinfo->setResult;
	st.desc = rsinfo->setDesc;
	st.in = &in;
	dt_paragraphs(dt_env_pg(), in.s, in.len, emit_paragraph, &st);
	return (Datum) 0;
}

Datum
dt_fix_text_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	dt_pg_text	in;
	char	   *out;
	size_t		out_len;

	dt_pg_text_in(doc, &in);
	if (!dt_fix_text(dt_env_pg(), in.s, in.len, &out, &out_len))
		PG_RETURN_TEXT_P(doc);	/* nothing to repair: the very same text */
	PG_RETURN_TEXT_P(dt_pg_text_out(out, out_len));
}
