/*
 * un_symbols.c: un_symbols(doc) and un_symbol_array(doc), the PostgreSQL side
 * of the UN-symbol scanner (src/core/un_symbols.h).
 *
 * Text goes to and from the scanner through pg_text.h: UTF-8 as stored,
 * other encodings converted (character positions are the same in both),
 * SQL_ASCII scanned as bytes with byte positions, as substr() counts there.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "pg_env.h"
#include "pg_text.h"
#include "un_symbols.h"
#include "unsymbol_type.h"

typedef struct rows_ctx
{
	Tuplestorestate *store;
	TupleDesc	desc;
	const dt_pg_text *in;
	MemoryContext row_cxt;
} rows_ctx;

static void
emit_row(void *arg, const dt_symref *ref)
{
	rows_ctx   *c = arg;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	MemoryContext old = MemoryContextSwitchTo(c->row_cxt);
	const char *m = c->in->s + ref->start_byte;
	size_t		mlen = ref->end_byte - ref->start_byte;

	values[0] = dt_unsymbol_datum_from_parsed(ref->sym);
	values[1] = BoolGetDatum(ref->is_named);
	values[2] = Int32GetDatum(dt_pg_position(c->in, ref->start_byte, ref->start_char));
	values[3] = Int32GetDatum(dt_pg_position(c->in, ref->end_byte, ref->end_char));
	values[4] = PointerGetDatum(dt_pg_text_out(m, mlen));
	tuplestore_putvalues(c->store, c->desc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(c->row_cxt);
}

PG_FUNCTION_INFO_V1(dt_un_symbols);
Datum
dt_un_symbols(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	dt_pg_text	in;
	rows_ctx	c;

	InitMaterializedSRF(fcinfo, 0);
	dt_pg_text_in(doc, &in);
	c.store = rsinfo->setResult;
	c.desc = rsinfo->setDesc;
	c.in = &in;
	c.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "un_symbols row",
									  ALLOCSET_SMALL_SIZES);
	dt_un_symbols_scan(dt_env_pg(), in.s, in.len, emit_row, &c);
	MemoryContextDelete(c.row_cxt);
	return (Datum) 0;
}

/*
 * un_symbol_array: the values found, sorted by key and made distinct.  Each
 * reference's stored value is built once and goes into the array as it is.
 */
typedef struct key_entry
{
	Datum		value;			/* the stored unsymbol */
	const uint8 *key;			/* its key bytes, inside value */
	int			keylen;
} key_entry;

typedef struct keys_ctx
{
	key_entry  *keys;
	size_t		n;
	size_t		cap;
} keys_ctx;

static void
collect_key(void *arg, const dt_symref *ref)
{
	keys_ctx   *c = arg;
	key_entry  *e;

	if (c->n == c->cap)
	{
		c->cap = c->cap ? c->cap * 2 : 16;
		c->keys = c->keys ? repalloc_huge(c->keys, c->cap * sizeof(key_entry))
			: palloc(c->cap * sizeof(key_entry));
	}
	e = &c->keys[c->n++];
	e->value = dt_unsymbol_datum_from_parsed(ref->sym);
	e->key = dt_unsymbol_key((struct varlena *) DatumGetPointer(e->value), &e->keylen);
}

static int
key_entry_cmp(const void *a, const void *b)
{
	const key_entry *x = a;
	const key_entry *y = b;

	return dt_unsym_key_cmp(x->key, x->keylen, y->key, y->keylen);
}

PG_FUNCTION_INFO_V1(dt_un_symbol_array);
Datum
dt_un_symbol_array(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	Oid			arrtype = get_fn_expr_rettype(fcinfo->flinfo);
	Oid			elemtype = OidIsValid(arrtype) ? get_element_type(arrtype) : InvalidOid;
	dt_pg_text	in;
	keys_ctx	c = {NULL, 0, 0};
	Datum	   *elems;
	size_t		i,
				m = 0;

	if (!OidIsValid(elemtype))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("could not determine the element type of un_symbol_array's result")));
	dt_pg_text_in(doc, &in);
	dt_un_symbols_scan(dt_env_pg(), in.s, in.len, collect_key, &c);
	if (c.n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elemtype));
	qsort(c.keys, c.n, sizeof(key_entry), key_entry_cmp);
	elems = palloc(c.n * sizeof(Datum));
	for (i = 0; i < c.n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		if (i > 0 && key_entry_cmp(&c.keys[i - 1], &c.keys[i]) == 0)
			continue;
		elems[m++] = c.keys[i].value;
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) m, elemtype, DT_UNSYMBOL_TYPLEN,
										  DT_UNSYMBOL_TYPBYVAL, DT_UNSYMBOL_TYPALIGN));
}
