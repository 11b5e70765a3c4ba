/*
 * pg_text.h: text between the database encoding and the core's UTF-8.
 *
 * The core reads and writes UTF-8.  Every SQL function that hands text to the
 * core goes through these two functions, so all of them treat the database
 * encoding alike:
 *  - UTF-8: the text as stored, no copy;
 *  - SQL_ASCII: the bytes as stored, uninterpreted (no validation, no error),
 *    and positions are byte positions, because that is how substr() counts
 *    in such a database;
 *  - any other encoding: converted to UTF-8 (always possible); positions are
 *    character positions, the same in both encodings; on the way back, a
 *    character the database encoding cannot hold becomes an ASCII stand-in,
 *    so mere text never raises an error.
 */
#ifndef DT_PG_TEXT_H
#define DT_PG_TEXT_H


typedef struct dt_pg_text
{
	const char *s;				/* UTF-8 (raw bytes in SQL_ASCII) */
	size_t		len;
	bool		converted;		/* s is a palloc'd UTF-8 copy */
	bool		byte_positions; /* SQL_ASCII: report byte positions */
} dt_pg_text;

/* The bytes of a text datum, as the core wants them. */
extern void dt_pg_text_in(const text *t, dt_pg_text *out);

/* The same for bytes in the database encoding (e.g. a cstring). */
extern void dt_pg_bytes_in(const char *s, size_t len, dt_pg_text *out);

/* Release the UTF-8 copy, if one was made. */
extern void dt_pg_text_free(dt_pg_text *in);

/* A 1-based position for SQL, from the core's byte offset and 0-based character offset. */
static inline int32
dt_pg_position(const dt_pg_text *in, size_t byte_offset, int64 char_offset)
{
	return (int32) ((in->byte_positions ? (int64) byte_offset : char_offset) + 1);
}

/* UTF-8 from the core as a text datum in the database encoding. */
extern text *dt_pg_text_out(const char *utf8, size_t len);

#endif							/* DT_PG_TEXT_H */
