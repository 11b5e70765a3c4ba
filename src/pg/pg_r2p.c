/*
 * pg_r2p.c: SQL functions over the R2P classifier of the core
 * (src/core/r2p_classify.c): r2p_relevant, r2p_pillars, r2p_evidence,
 * r2p_highlight.
 *
 * The core reads UTF-8; in a database of another encoding the passage is
 * converted first.  Positions are characters, so they hold in either.
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
#include "r2p_classify.h"
#include "r2p_highlight.h"

PG_FUNCTION_INFO_V1(r2p_relevant);
PG_FUNCTION_INFO_V1(r2p_pillars);
PG_FUNCTION_INFO_V1(r2p_evidence);
PG_FUNCTION_INFO_V1(r2p_highlight_sql);

/* The passage as UTF-8 (a converted copy when the database is not UTF-8). */
static char *
passage_utf8(text *t, size_t *len)
{
	char	   *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	if (GetDatabaseEncoding() != PG_UTF8 && n > 0)
	{
		char	   *u = (char *) pg_do_encoding_conversion((unsigned char *) s, n,
														   GetDatabaseEncoding(), PG_UTF8);

		if (u != s)
		{
			*len = strlen(u);
			return u;
		}
	}
	*len = n;
	return s;
}

/* UTF-8 back to a text datum in the database encoding. */
static text *
text_from_utf8(const char *s, size_t len)
{
	if (GetDatabaseEncoding() != PG_UTF8 && len > 0)
	{
		char	   *c = (char *) pg_do_encoding_conversion((unsigned char *) s, len, PG_UTF8,
														   GetDatabaseEncoding());

		if (c != s)
			return cstring_to_text(c);
	}
	return cstring_to_text_with_len(s, len);
}

static void
classify(FunctionCallInfo fcinfo, int want_cues, r2p_result *res, char **utf8, size_t *len)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	bool		context = PG_NARGS() > 1 && !PG_ARGISNULL(1) ? PG_GETARG_BOOL(1) : false;

	*utf8 = passage_utf8(t, len);
	r2p_classify(dt_env_pg(), *utf8, *len, context, want_cues, res);
}

Datum
r2p_relevant(PG_FUNCTION_ARGS)
{
	r2p_result	res;
	char	   *s;
	size_t		len;

	classify(fcinfo, 0, &res, &s, &len);
	PG_RETURN_BOOL(res.relevant != 0);
}

Datum
r2p_pillars(PG_FUNCTION_ARGS)
{
	r2p_result	res;
	char	   *s;
	size_t		len;
	Datum		elems[3];
	int			n = 0,
				p;

	classify(fcinfo, 0, &res, &s, &len);
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
	char	   *s;
	size_t		len,
				i;

	InitMaterializedSRF(fcinfo, 0);
	classify(fcinfo, 1, &res, &s, &len);
	for (i = 0; i < res.ncues; i++)
	{
		const r2p_cue *c = &res.cues[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		size_t		wlen;
		char	   *words = r2p_cue_text(dt_env_pg(), s, c, &wlen);

		if (c->pillar)
			values[0] = Int16GetDatum((int16) c->pillar);
		else
			nulls[0] = true;
		values[1] = PointerGetDatum(text_from_utf8(words, wlen));
		values[2] = Int32GetDatum((int32) c->start_pos);
		values[3] = Int32GetDatum((int32) c->end_pos);
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
	char	   *s,
			   *out;
	size_t		len,
				outlen;

	if (PG_NARGS() > 1)
	{
		text	   *o = PG_GETARG_TEXT_PP(1);
		size_t		olen;
		char	   *os = passage_utf8(o, &olen);

		if (r2p_parse_highlight_options(dt_env_pg(), os, olen, &opt, err, sizeof(err)) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid r2p_highlight option"),
					 errdetail("%s.", err)));
	}
	else
		r2p_parse_highlight_options(dt_env_pg(), "", 0, &opt, err, sizeof(err));
	s = passage_utf8(t, &len);
	r2p_classify(dt_env_pg(), s, len, opt.context, 1, &res);
	out = r2p_highlight(dt_env_pg(), s, len, &res, opt.start_sel, opt.stop_sel, &outlen);
	PG_RETURN_TEXT_P(text_from_utf8(out, outlen));
}
