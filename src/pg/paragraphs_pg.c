/*
 * paragraphs_pg.c: SQL functions paragraphs(text) and fix_text(text).
 *
 * In a UTF-8 database the core works on the text as stored.  In any other
 * database the text is converted to UTF-8 first (always possible), and every
 * result is converted back; a character the database encoding cannot hold
 * (say ’ from repaired mojibake in a LATIN1 database) becomes its ASCII
 * stand-in, so mere text never raises an error.  Character positions are the
 * same in both encodings.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "fix_text.h"
#include "paragraphs.h"
#include "pg_env.h"

PG_FUNCTION_INFO_V1(dt_paragraphs_sql);
PG_FUNCTION_INFO_V1(dt_fix_text_sql);

/* ASCII stand-ins for characters a single-byte database may not hold. */
static const char *
ascii_standin(pg_wchar c)
{
	switch (c)
	{
		case 0x2018: case 0x2019: case 0x201A: case 0x2032: return "'";
		case 0x201C: case 0x201D: case 0x201E: case 0x2033: return "\"";
		case 0x2013: case 0x2014: case 0x2010: case 0x2011: case 0x2212: return "-";
		case 0x2026: return "...";
		case 0x2022: return "*";
		case 0x20AC: return "EUR";
		case 0x00A0: case 0x2009: case 0x202F: return " ";
		default: return "?";
	}
}

/* UTF-8 -> server encoding, replacing what the server encoding cannot hold. */
static text *
utf8_to_server_text(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	Oid			proc;
	StringInfoData out;
	size_t		i = 0;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return cstring_to_text_with_len(s, (int) len);
	proc = FindDefaultConversionProc(PG_UTF8, enc);
	if (!OidIsValid(proc))
		return cstring_to_text_with_len(s, (int) len);
	initStringInfo(&out);
	while (i < len)
	{
		int			chunk = (int) Min(len - i, (size_t) 65536);
		int			done;

		/* do not cut a character: back up to a lead byte */
		while (i + chunk < len && chunk > 0 && ((unsigned char) s[i + chunk] & 0xC0) == 0x80)
			chunk--;
		enlargeStringInfo(&out, chunk * MAX_CONVERSION_GROWTH + 1);
		done = pg_do_encoding_conversion_buf(proc, PG_UTF8, enc,
											 (unsigned char *) s + i, chunk,
											 (unsigned char *) out.data + out.len,
											 out.maxlen - out.len, true);
		out.len += strlen(out.data + out.len);
		i += done;
		if (done < chunk)
		{
			/* the character at s[i] does not exist in the server encoding */
			int			n = pg_utf_mblen((const unsigned char *) s + i);

			if (n < 1 || i + n > len)
				n = 1;
			appendStringInfoString(&out, ascii_standin(utf8_to_unicode((const unsigned char *) s + i)));
			i += n;
		}
	}
	return cstring_to_text_with_len(out.data, out.len);
}

/* The argument as UTF-8 bytes. */
static const char *
arg_utf8(text *t, size_t *len)
{
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		char	   *u = pg_server_to_any(s, n, PG_UTF8);

		if (u != s)
			n = strlen(u);
		s = u;
	}
	*len = (size_t) n;
	return s;
}

typedef struct srf_state
{
	Tuplestorestate *store;
	TupleDesc	desc;
} srf_state;

static void
emit_paragraph(void *arg, const dt_paragraph *p)
{
	srf_state  *st = arg;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = Int32GetDatum(p->n);
	values[1] = PointerGetDatum(utf8_to_server_text(p->text, p->text_len));
	values[2] = Int32GetDatum((int32) p->start_char);
	values[3] = Int32GetDatum((int32) p->end_char);
	tuplestore_putvalues(st->store, st->desc, values, nulls);
	pfree(DatumGetPointer(values[1]));
}

Datum
dt_paragraphs_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	srf_state	st;
	size_t		len;
	const char *s;

	InitMaterializedSRF(fcinfo, 0);
	st.store = rsinfo->setResult;
	st.desc = rsinfo->setDesc;
	s = arg_utf8(doc, &len);
	dt_paragraphs(dt_env_pg(), s, len, emit_paragraph, &st);
	return (Datum) 0;
}

Datum
dt_fix_text_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	size_t		len;
	const char *s = arg_utf8(doc, &len);
	char	   *out;
	size_t		out_len;

	if (!dt_fix_text(dt_env_pg(), s, len, &out, &out_len))
	{
		if (s == VARDATA_ANY(doc))
			PG_RETURN_TEXT_P(doc);
		PG_RETURN_TEXT_P(utf8_to_server_text(s, len));
	}
	PG_RETURN_TEXT_P(utf8_to_server_text(out, out_len));
}
