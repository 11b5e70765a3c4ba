/*
 * pg_text.c: text between the database encoding and the core's UTF-8
 * (see pg_text.h for the rules).
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "pg_text.h"

void
dt_pg_bytes_in(const char *s, size_t len, dt_pg_text *out)
{
	int			enc = GetDatabaseEncoding();

	out->s = s;
	out->len = len;
	out->converted = false;
	out->byte_positions = (enc == PG_SQL_ASCII);
	if (enc != PG_UTF8 && enc != PG_SQL_ASCII && len > 0)
	{
		char	   *u = (char *) pg_do_encoding_conversion((unsigned char *) s, (int) len,
														   enc, PG_UTF8);

		if (u != s)
		{
			out->s = u;
			out->len = strlen(u);
			out->converted = true;
		}
	}
}

void
dt_pg_text_in(const text *t, dt_pg_text *out)
{
	dt_pg_bytes_in(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), out);
}

void
dt_pg_text_free(dt_pg_text *in)
{
	if (in->converted)
		pfree((void *) in->s);
	in->converted = false;
	in->s = NULL;
}

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

text *
dt_pg_text_out(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	/* the database's encoding is fixed: look the conversion up once per backend */
	static Oid	proc = InvalidOid;
	StringInfoData out;
	size_t		i = 0;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII || len == 0)
		return cstring_to_text_with_len(s, (int) len);
	if (!OidIsValid(proc))
		proc = FindDefaultConversionProc(PG_UTF8, enc);
	if (!OidIsValid(proc))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("no conversion from UTF8 to %s", GetDatabaseEncodingName()),
				 errdetail("diplotext writes its results through the default conversion of the database encoding.")));
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
			/* the character at s[i] does not exist in the database encoding */
			int			n = pg_utf_mblen((const unsigned char *) s + i);

			if (n < 1 || i + n > len)
				n = 1;
			appendStringInfoString(&out, ascii_standin(utf8_to_unicode((const unsigned char *) s + i)));
			i += n;
		}
	}
	return cstring_to_text_with_len(out.data, out.len);
}
