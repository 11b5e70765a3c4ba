/*
 * unsymbol_type.c: the unsymbol type: text and binary I/O, storage,
 * comparison, hashing, sort support.
 *
 * The stored value is the parsed symbol's order-preserving key (see
 * unsymbol_type.h), so comparison never re-parses: it is a memcmp.  Equality,
 * order and hash all read the same key bytes, so they agree by construction.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/hyperloglog.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/sortsupport.h"

#include "pg_text.h"
#include "unsymbol_type.h"

#define FLAG_SC_YEAR	0x10

/* The key bytes of a stored value (no copy when the value is not toasted). */
static inline const uint8 *
key_of(struct varlena *v, int *len)
{
	const uint8 *p = (const uint8 *) VARDATA_ANY(v);
	int			n = VARSIZE_ANY_EXHDR(v);
	int			off;

	if (n < 1)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("corrupt unsymbol value (empty)")));
	off = (p[0] & FLAG_SC_YEAR) ? 3 : 1;
	if (n < off)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("corrupt unsymbol value (too short)")));
	*len = n - off;
	return p + off;
}

const uint8 *
dt_unsymbol_key(struct varlena *v, int *len)
{
	return key_of(v, len);
}

Datum
dt_unsymbol_datum_from_parsed(const dt_unsym *u)
{
	bool		has_year = u->is_sc_resolution && u->sc_year != 0;
	Size		size = VARHDRSZ + 1 + (has_year ? 2 : 0) + u->keylen;
	struct varlena *v = (struct varlena *) palloc(size);
	uint8	   *p = (uint8 *) VARDATA(v);

	SET_VARSIZE(v, size);
	*p++ = DT_UNSYMBOL_FORMAT_VERSION | (has_year ? FLAG_SC_YEAR : 0);
	if (has_year)
	{
		*p++ = (uint8) (u->sc_year >> 8);
		*p++ = (uint8) (u->sc_year & 0xFF);
	}
	memcpy(p, u->key, u->keylen);
	return PointerGetDatum(v);
}

void
dt_unsymbol_parsed_from_datum(Datum d, dt_unsym *out)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	const uint8 *p = (const uint8 *) VARDATA_ANY(v);
	int			n = VARSIZE_ANY_EXHDR(v);
	uint16		year = 0;
	int			keylen;
	const uint8 *key;

	if (n < 1 || (p[0] & 0x0F) != DT_UNSYMBOL_FORMAT_VERSION || (p[0] & ~(0x0F | FLAG_SC_YEAR)) != 0)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("corrupt unsymbol value (unknown format %d)", n < 1 ? -1 : p[0])));
	key = key_of(v, &keylen);
	if (p[0] & FLAG_SC_YEAR)
		year = (uint16) ((p[1] << 8) | p[2]);
	if (!dt_unsym_from_key(key, keylen, year, out))
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("corrupt unsymbol value")));
}

void
dt_unsymbol_report_error(const char *input, const dt_unsym_error *err)
{
	char		where[64];

	if (err->comp_index > 0 && strcmp(err->component, "component") == 0)
		snprintf(where, sizeof(where), "Component %d", err->comp_index);
	else if (err->comp_index > 0)
		snprintf(where, sizeof(where), "Component %d (%s)", err->comp_index, err->component);
	else
		snprintf(where, sizeof(where), "%c%s", pg_toupper((unsigned char) err->component[0]),
				 err->component + 1);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "unsymbol", input),
			 errdetail("%s at character %d: %s.", where, err->position, err->message),
			 errhint("Symbols look like A/RES/60/1, S/RES/1674 (2006), E/CN.4/2005/L.11/Add.7 or A/RES/217 A (III).")));
}

bool
dt_unsymbol_parse_server_text(const char *s, int len, dt_unsym *u, dt_unsym_error *err)
{
	dt_pg_text	in;
	bool		ok;

	dt_pg_bytes_in(s, (size_t) len, &in);
	ok = dt_unsym_parse(in.s, in.len, u, err);
	dt_pg_text_free(&in);
	return ok;
}

PG_FUNCTION_INFO_V1(unsymbol_in);
Datum
unsymbol_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	dt_unsym   *u = palloc(sizeof(dt_unsym));
	dt_unsym_error err;

	if (!dt_unsymbol_parse_server_text(str, strlen(str), u, &err))
		dt_unsymbol_report_error(str, &err);
	PG_RETURN_DATUM(dt_unsymbol_datum_from_parsed(u));
}

PG_FUNCTION_INFO_V1(unsymbol_out);
Datum
unsymbol_out(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = palloc(sizeof(dt_unsym));
	char	   *buf = palloc(DT_UNSYM_CANON_CAP);

	dt_unsymbol_parsed_from_datum(PG_GETARG_DATUM(0), u);
	dt_unsym_canonical(u, buf, DT_UNSYM_CANON_CAP);
	PG_RETURN_CSTRING(buf);
}

/* Binary format: one version byte, then the canonical text (ASCII). */
PG_FUNCTION_INFO_V1(unsymbol_send);
Datum
unsymbol_send(PG_FUNCTION_ARGS)
{
	dt_unsym   *u = palloc(sizeof(dt_unsym));
	char		buf[DT_UNSYM_CANON_CAP];
	size_t		n;
	StringInfoData out;

	dt_unsymbol_parsed_from_datum(PG_GETARG_DATUM(0), u);
	n = dt_unsym_canonical(u, buf, sizeof(buf));
	pq_begintypsend(&out);
	pq_sendbyte(&out, DT_UNSYMBOL_SEND_VERSION);
	pq_sendbytes(&out, buf, (int) n);
	PG_RETURN_BYTEA_P(pq_endtypsend(&out));
}

/*
 * Received bytes, printable in any client encoding: bytes outside printable
 * ASCII are written \xNN, so the error is the 22P02 it should be and not an
 * encoding error of its own.
 */
static char *
escaped_bytes(const char *b, int n)
{
	StringInfoData out;

	initStringInfo(&out);
	for (int i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) b[i];

		if (c >= 0x20 && c < 0x7F && c != '\\')
			appendStringInfoChar(&out, (char) c);
		else
			appendStringInfo(&out, "\\x%02X", c);
	}
	return out.data;
}

PG_FUNCTION_INFO_V1(unsymbol_recv);
Datum
unsymbol_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version;
	int			n;
	const char *text;
	dt_unsym   *u = palloc(sizeof(dt_unsym));
	dt_unsym_error err;

	if (buf->len - buf->cursor < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("empty unsymbol binary value"),
				 errdetail("The value starts with a format version byte (%d).", DT_UNSYMBOL_SEND_VERSION)));
	version = pq_getmsgbyte(buf);
	n = buf->len - buf->cursor;
	if (version != DT_UNSYMBOL_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported unsymbol binary format version %d", version),
				 errdetail("This server reads version %d.", DT_UNSYMBOL_SEND_VERSION)));
	if (n > DT_UNSYM_MAX_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsymbol binary value too long (%d bytes)", n)));
	text = pq_getmsgbytes(buf, n);
	/* the binary text is UTF-8 (in practice ASCII): validate like input */
	if (memchr(text, '\0', n) != NULL || !dt_unsym_parse(text, n, u, &err))
	{
		if (memchr(text, '\0', n) != NULL)
		{
			err.component = "symbol";
			err.comp_index = 0;
			err.position = (int) ((const char *) memchr(text, '\0', n) - text) + 1;
			snprintf(err.message, sizeof(err.message), "unexpected NUL byte");
		}
		dt_unsymbol_report_error(escaped_bytes(text, n), &err);
	}
	PG_RETURN_DATUM(dt_unsymbol_datum_from_parsed(u));
}

/* Comparison: memcmp of the keys. */
static int
compare_datums(Datum a, Datum b)
{
	struct varlena *va = PG_DETOAST_DATUM_PACKED(a);
	struct varlena *vb = PG_DETOAST_DATUM_PACKED(b);
	int			la,
				lb;
	const uint8 *ka = key_of(va, &la);
	const uint8 *kb = key_of(vb, &lb);
	int			r = dt_unsym_key_cmp(ka, la, kb, lb);

	if ((Pointer) va != DatumGetPointer(a))
		pfree(va);
	if ((Pointer) vb != DatumGetPointer(b))
		pfree(vb);
	return r;
}

PG_FUNCTION_INFO_V1(unsymbol_cmp);
Datum
unsymbol_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_datums(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)));
}

#define CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(compare_datums(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)) op 0); \
}

CMP_FN(unsymbol_eq, ==)
CMP_FN(unsymbol_ne, !=)
CMP_FN(unsymbol_lt, <)
CMP_FN(unsymbol_le, <=)
CMP_FN(unsymbol_gt, >)
CMP_FN(unsymbol_ge, >=)

PG_FUNCTION_INFO_V1(unsymbol_larger);
Datum
unsymbol_larger(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0),
				b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(compare_datums(a, b) >= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(unsymbol_smaller);
Datum
unsymbol_smaller(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0),
				b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(compare_datums(a, b) <= 0 ? a : b);
}

/* Hash of the key bytes: the SC year and the format byte are not hashed. */
PG_FUNCTION_INFO_V1(unsymbol_hash);
Datum
unsymbol_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	int			len;
	const uint8 *k = key_of(v, &len);
	Datum		h = hash_any(k, len);

	PG_FREE_IF_COPY(v, 0);
	PG_RETURN_DATUM(h);
}

PG_FUNCTION_INFO_V1(unsymbol_hash_extended);
Datum
unsymbol_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	int			len;
	const uint8 *k = key_of(v, &len);
	Datum		h = hash_any_extended(k, len, PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(v, 0);
	PG_RETURN_DATUM(h);
}

/*
 * Sort support: the same memcmp without an fmgr call per comparison, and
 * abbreviated keys: the first 8 bytes of the key, big-endian in a Datum
 * (a prefix of an order-preserving key orders like the key).
 */
typedef struct abbrev_state
{
	int64		input_count;
	hyperLogLogState abbr_card;
} abbrev_state;

static int
unsymbol_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	(void) ssup;
	return compare_datums(a, b);
}

static Datum
unsymbol_abbrev_convert(Datum original, SortSupport ssup)
{
	abbrev_state *st = (abbrev_state *) ssup->ssup_extra;
	struct varlena *v = PG_DETOAST_DATUM_PACKED(original);
	int			len;
	const uint8 *k = key_of(v, &len);
	uint8		b[8] = {0};
	uint64		res = 0;
	uint32		h;

	for (int i = 0; i < len && i < 8; i++)
		b[i] = k[i];
	for (int i = 0; i < 8; i++)
		res = (res << 8) | b[i];
	st->input_count++;
	h = (uint32) (res ^ (res >> 32));
	addHyperLogLog(&st->abbr_card, DatumGetUInt32(hash_uint32(h)));
	if ((Pointer) v != DatumGetPointer(original))
		pfree(v);
	return (Datum) res;
}

static bool
unsymbol_abbrev_abort(int memtupcount, SortSupport ssup)
{
	abbrev_state *st = (abbrev_state *) ssup->ssup_extra;
	double		card;

	if (memtupcount < 10000 || st->input_count < 10000)
		return false;
	card = estimateHyperLogLog(&st->abbr_card);
	/* keep abbreviating while at least 1 in 2000 keys is distinct */
	if (card < st->input_count / 2000.0 + 1.0)
		return true;
	return false;
}

PG_FUNCTION_INFO_V1(unsymbol_sortsupport);
Datum
unsymbol_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = unsymbol_fastcmp;
#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		MemoryContext old = MemoryContextSwitchTo(ssup->ssup_cxt);
		abbrev_state *st = palloc(sizeof(abbrev_state));

		st->input_count = 0;
		initHyperLogLog(&st->abbr_card, 10);
		ssup->ssup_extra = st;
		ssup->comparator = ssup_datum_unsigned_cmp;
		ssup->abbrev_converter = unsymbol_abbrev_convert;
		ssup->abbrev_abort = unsymbol_abbrev_abort;
		ssup->abbrev_full_comparator = unsymbol_fastcmp;
		MemoryContextSwitchTo(old);
	}
#endif
	PG_RETURN_VOID();
}
