/*
 * unsymbol_funcs.c: accessors, operators and links of the unsymbol type,
 * and the lenient to_unsymbol(text).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "unsymbol_type.h"

static dt_unsym *
arg_unsym(FunctionCallInfo fcinfo, int n)
{
	dt_unsym   *u = palloc(sizeof(dt_unsym));

	dt_unsymbol_parsed_from_datum(PG_GETARG_DATUM(n), u);
	return u;
}

static ArrayType *
text_array(Datum *elems, int n)
{
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

static Datum
comp_text_datum(const dt_unsym *u, int i)
{
	char		buf[DT_UNSYM_CANON_CAP];

	dt_unsym_comp_text(u, i, buf, sizeof(buf));
	return PointerGetDatum(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(unsymbol_organ);
Datum
unsymbol_organ(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);

	PG_RETURN_TEXT_P(cstring_to_text(dt_unsym_organ(u)));
}

PG_FUNCTION_INFO_V1(unsymbol_bodies);
Datum
unsymbol_bodies(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	int			end = dt_unsym_bodies_end(u);
	Datum		elems[DT_UNSYM_MAX_COMPS];
	int			n = 0;

	for (int i = 1; i < end; i++)
		elems[n++] = comp_text_datum(u, i);
	PG_RETURN_ARRAYTYPE_P(text_array(elems, n));
}

PG_FUNCTION_INFO_V1(unsymbol_kind);
Datum
unsymbol_kind(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);

	PG_RETURN_TEXT_P(cstring_to_text(dt_unsym_kind_name(dt_unsym_get_kind(u))));
}

PG_FUNCTION_INFO_V1(unsymbol_session);
Datum
unsymbol_session(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	char		buf[64];

	if (dt_unsym_session(u, buf, sizeof(buf)) == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(unsymbol_year);
Datum
unsymbol_year(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	int			y = dt_unsym_year(u);

	if (y == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(y);
}

PG_FUNCTION_INFO_V1(unsymbol_number);
Datum
unsymbol_number(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	long		n = dt_unsym_number(u);

	if (n < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32((int32) n);
}

PG_FUNCTION_INFO_V1(unsymbol_modifiers);
Datum
unsymbol_modifiers(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	Datum		elems[DT_UNSYM_MAX_COMPS];
	int			n = 0;

	for (int i = u->nbase; i < u->ncomps; i++)
		elems[n++] = comp_text_datum(u, i);
	PG_RETURN_ARRAYTYPE_P(text_array(elems, n));
}

PG_FUNCTION_INFO_V1(unsymbol_base);
Datum
unsymbol_base(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	dt_unsym   *b = palloc(sizeof(dt_unsym));

	dt_unsym_base(u, b);
	PG_RETURN_DATUM(dt_unsymbol_datum_from_parsed(b));
}

static text *
url(const dt_unsym *u, const char *lang)
{
	char		path[DT_UNSYM_CANON_CAP];

	dt_unsym_url_path(u, path, sizeof(path));
	if (lang)
		return cstring_to_text(psprintf("https://undocs.org/%s/%s", lang, path));
	return cstring_to_text(psprintf("https://undocs.org/%s", path));
}

PG_FUNCTION_INFO_V1(unsymbol_url);
Datum
unsymbol_url(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);

	PG_RETURN_TEXT_P(url(u, NULL));
}

PG_FUNCTION_INFO_V1(unsymbol_url_lang);
Datum
unsymbol_url_lang(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	char	   *lang = text_to_cstring(PG_GETARG_TEXT_PP(1));
	static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
	char		low[3];

	if (strlen(lang) == 2)
	{
		low[0] = pg_ascii_tolower((unsigned char) lang[0]);
		low[1] = pg_ascii_tolower((unsigned char) lang[1]);
		low[2] = '\0';
		for (size_t i = 0; i < lengthof(langs); i++)
			if (strcmp(low, langs[i]) == 0)
				PG_RETURN_TEXT_P(url(u, langs[i]));
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unsupported language for unsymbol_url: \"%.*s\"",
					pg_mbcliplen(lang, strlen(lang), 16), lang),
			 errdetail("The official languages are ar, zh, en, fr, ru and es.")));
	PG_RETURN_NULL();
}

/* a @> b: b is a (chain of) modification(s) of a, or a itself. */
PG_FUNCTION_INFO_V1(unsymbol_contains);
Datum
unsymbol_contains(PG_FUNCTION_ARGS)
{
	dt_unsym   *a = arg_unsym(fcinfo, 0);
	dt_unsym   *b = arg_unsym(fcinfo, 1);

	PG_RETURN_BOOL(dt_unsym_contains(a, b));
}

PG_FUNCTION_INFO_V1(unsymbol_contained);
Datum
unsymbol_contained(PG_FUNCTION_ARGS)
{
	dt_unsym   *a = arg_unsym(fcinfo, 0);
	dt_unsym   *b = arg_unsym(fcinfo, 1);

	PG_RETURN_BOOL(dt_unsym_contains(b, a));
}

/*
 * sym ^@ series: the symbol (spaces removed) starts with the series (spaces
 * removed, any letter case), and the series ends at a component boundary:
 * 'A/RES/' and 'A/RES' hold A/RES/60/1, 'A/RES/6' does not.
 */
PG_FUNCTION_INFO_V1(unsymbol_in_series);
Datum
unsymbol_in_series(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = arg_unsym(fcinfo, 0);
	text	   *t = PG_GETARG_TEXT_PP(1);
	const char *p = VARDATA_ANY(t);
	int			plen = VARSIZE_ANY_EXHDR(t);
	char		path[DT_UNSYM_CANON_CAP];
	size_t		n = dt_unsym_url_path(u, path, sizeof(path));
	size_t		k = 0;
	char		last = 0;

	for (int i = 0; i < plen; i++)
	{
		char		c = p[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		if (k >= n || pg_ascii_toupper((unsigned char) c) != pg_ascii_toupper((unsigned char) path[k]))
			PG_RETURN_BOOL(false);
		last = c;
		k++;
	}
	if (k == 0 || last == '/' || k == n || path[k] == '/' || path[k] == '(')
		PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}

/* Lenient: NULL instead of an error, for cleaning columns. */
PG_FUNCTION_INFO_V1(to_unsymbol);
Datum
to_unsymbol(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(t);
	dt_unsym   *u;

	if (len > DT_UNSYM_MAX_INPUT)
		PG_RETURN_NULL();
	u = palloc(sizeof(dt_unsym));
	if (!dt_unsymbol_parse_server_text(VARDATA_ANY(t), len, u, NULL))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(dt_unsymbol_datum_from_parsed(u));
}
