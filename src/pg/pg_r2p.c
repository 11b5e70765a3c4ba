/*
 * pg_r2p.c: SQL functions over the R2P classifier of the core
 * (src/core/r2p_classify.c): r2p_relevant, r2p_pillars, r2p_evidence,
 * r2p_highlight.
 *
 * Text goes to and from the core through pg_text.h, so positions count as
 * substr() counts in any database encoding.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "pg_env.h"
#include "pg_text.h"
#include "r2p_classify.h"
#include "r2p_highlight.h"

PG_FUNCTION_INFO_V1(r2p_relevant);
PG_FUNCTION_INFO_V1(r2p_pillars);
PG_FUNCTION_INFO_V1(r2p_evidence);
PG_FUNCTION_INFO_V1(r2p_highlight_sql);

static void
classify(FunctionCallInfo fcinfo, int want_cues, r2p_result *res, dt_pg_text *in)
{
	/* STRICT, with an SQL default for r2p_context: both arguments are there */
	text	   *t = PG_GETARG_TEXT_PP(0);
	bool		context = PG_GETARG_BOOL(1);

	dt_pg_text_in(t, in);
	r2p_classify(dt_env_pg(), in->s, in->len, context, want_cues, res);
}

Datum
r2p_relevant(PG_FUNCTION_ARGS)
{
	r2p_result	res;
	dt_pg_text	in;

	classify(fcinfo, 0, &res, &in);
	PG_RETURN_BOOL(res.relevant != 0);
}

Datum
r2p_pillars(PG_FUNCTION_ARGS)
{
	r2p_result	res;
	dt_pg_text	in;
	Datum		elems[3];
	int			n = 0,
				p;

	classify(fcinfo, 0, &res, &in);
	for (p = 1; p <= 3; p++)
		if (res.pillars & (1u << p))
			elems[n++] = Int16GetDatum((int16) p);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, INT2OID, sizeof(int16), true, TYPALIGN_SHORT));
}

Datum
r2p_evidence(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	r2p_result	res;
	dt_pg_text	in;
	size_t		i;

	InitMaterializedSRF(fcinfo, 0);
	classify(fcinfo, 1, &res, &in);
	for (i = 0; i < res.ncues; i++)
	{
		const r2p_cue *c = &res.cues[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		size_t		wlen;
		char	   *words = r2p_cue_text(dt_env_pg(), in.s, c, &wlen);

		if (c->pillar)
			values[0] = Int16GetDatum((int16) c->pillar);
		else
			nulls[0] = true;
		values[1] = PointerGetDatum(dt_pg_text_out(words, wlen));
		values[2] = Int32GetDatum(dt_pg_position(&in, c->start, c->start_pos - 1));
		values[3] = Int32GetDatum(dt_pg_position(&in, c->end, c->end_pos - 1));
		values[4] = Float4GetDatum(c->weight);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		pfree(words);
	}
	r2p_result_free(dt_env_pg(), &res);
	return (Datum) 0;
}

Datum
r2p_highlight_sql(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	r2p_highlight_options opt;
	r2p_result	res;
	char		err[200];
	dt_pg_text	in,
				o;
	char	   *out;
	size_t		outlen;

	/* STRICT, with an SQL default for options: both arguments are there */
	dt_pg_text_in(PG_GETARG_TEXT_PP(1), &o);
	if (r2p_parse_highlight_options(dt_env_pg(), o.s, o.len, &opt, err, sizeof(err)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid r2p_highlight option"),
				 errdetail("%s.", err)));
	dt_pg_text_in(t, &in);
	r2p_classify(dt_env_pg(), in.s, in.len, opt.context, 1, &res);
	out = r2p_highlight(dt_env_pg(), in.s, in.len, &res, opt.start_sel, opt.stop_sel, &outlen);
	PG_RETURN_TEXT_P(dt_pg_text_out(out, outlen));
}
