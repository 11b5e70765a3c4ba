/*
 * unsymbol_type.h: the PostgreSQL side of the unsymbol type, for other parts
 * of the extension's PostgreSQL layer (e.g. symbol extraction) that build or
 * read unsymbol values without going through text.
 *
 * Include "postgres.h" first.
 *
 * Stored value (varlena, STORAGE main, ALIGNMENT int4, usually a 1-byte
 * header on disk):
 *   byte 0       format: low 4 bits = version (1); bit 0x10 = an SC year follows
 *   [2 bytes]    year of a Security Council resolution, big-endian (if 0x10)
 *   key          the order-preserving key of src/core/unsymbol.h
 * Comparison is memcmp of the keys; hash is hash_any of the key.
 */
#ifndef DT_UNSYMBOL_TYPE_H
#define DT_UNSYMBOL_TYPE_H

#include "fmgr.h"

#include "unsymbol.h"

#define DT_UNSYMBOL_FORMAT_VERSION	1	/* on disk */
#define DT_UNSYMBOL_SEND_VERSION	1	/* binary send/recv: version byte + canonical text */

/* Properties of the type, for construct_array() and friends. */
#define DT_UNSYMBOL_TYPLEN		(-1)
#define DT_UNSYMBOL_TYPBYVAL	false
#define DT_UNSYMBOL_TYPALIGN	TYPALIGN_INT

/* Build the stored value (palloc'd in CurrentMemoryContext) from a parsed symbol. */
extern Datum dt_unsymbol_datum_from_parsed(const dt_unsym *u);

/*
 * Parse len bytes in the database encoding into *u (converted to UTF-8 when
 * need be); positions in *err (may be NULL) count as substr() does.
 */
extern bool dt_unsymbol_parse_server_text(const char *s, int len, dt_unsym *u, dt_unsym_error *err);

/* The key bytes of a stored value, pointing into it (errors on a corrupt value). */
extern const uint8 *dt_unsymbol_key(struct varlena *v, int *len);

/* Read a stored value back into *out (errors on a corrupt value). */
extern void dt_unsymbol_parsed_from_datum(Datum d, dt_unsym *out);

/*
 * ereport(ERROR) the standard 22P02 error for a bad literal, with the
 * errdetail naming the component and position from *err.
 */
extern void dt_unsymbol_report_error(const char *input, const dt_unsym_error *err) pg_attribute_noreturn();

#endif							/* DT_UNSYMBOL_TYPE_H */
