/*
 * unsymbol.h: UN document symbols, parsed (plain C, no PostgreSQL header).
 *
 * A symbol ("A/RES/60/1", "S/RES/1674 (2006)", "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1")
 * is a chain of components separated by "/", followed by optional
 * parentheticals.  dt_unsym_parse() reads every spelling users and texts have
 * (any letter case, stray spaces, glued part letters, the reissue "*", with or
 * without the space before a parenthetical) and is strict about structure.
 * dt_unsym_canonical() writes the one canonical form.
 *
 * Every parsed value carries an order-preserving binary key (dt_unsym.key):
 * equality, order and hash are memcmp/hash of the key, so they agree by
 * construction.  The key is also what the PostgreSQL type stores.
 *
 * Identity of a Security Council resolution is its number: the year printed
 * in "S/RES/1674 (2006)" comes from the SC resolution table (or, past the
 * table's end, from the input) and is not part of the key.
 */
#ifndef DT_UNSYMBOL_H
#define DT_UNSYMBOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DT_UNSYM_MAX_INPUT		1024	/* bytes of input text, spaces included */
#define DT_UNSYM_MAX_TEXT		255		/* bytes of input once spaces are removed */
#define DT_UNSYM_MAX_COMPS		16		/* components ("A", "RES", "60", "1") */
#define DT_UNSYM_MAX_PARENS		4		/* trailing parentheticals */
#define DT_UNSYM_MAX_WORD		15		/* room for one word in dt_unsym_comp */
#define DT_UNSYM_MAX_CODE		6		/* letters of a series code ("UNCTAD"); Summary excepted */
#define DT_UNSYM_MAX_DIGITS		9		/* digits in one number */
#define DT_UNSYM_MAX_KEY		320		/* bytes of the binary key */
#define DT_UNSYM_CANON_CAP		320		/* enough for any canonical text + NUL */

/* Shape of one "/"-separated component. */
typedef enum dt_unsym_shape
{
	DT_SHAPE_WORD = 1,			/* letters: "A", "RES", "HRC", "Summary" */
	DT_SHAPE_NUMBER,			/* digits, maybe a part letter: "72", "217 A" */
	DT_SHAPE_DOTTED,			/* word "." number|word: "C.3", "PV.5", "Add.1", "SER.B" */
	DT_SHAPE_DASHED,			/* S or ES "-" number: "S-26", "ES-10" */
	DT_SHAPE_BRACKETED			/* word "(" number ")": "EX(41)" */
} dt_unsym_shape;

typedef struct dt_unsym_comp
{
	uint8_t		shape;			/* dt_unsym_shape */
	uint8_t		has_num;		/* num is set */
	uint8_t		zeros;			/* leading zeros written before num ("06") */
	char		part;			/* part letter 'A'..'Z' after the number, or 0 */
	uint32_t	num;
	char		word[DT_UNSYM_MAX_WORD + 1];	/* upper case; "" for NUMBER */
	char		word2[DT_UNSYM_MAX_WORD + 1];	/* DOTTED with letters after the dot ("B" of SER.B) */
} dt_unsym_comp;

/* Kinds of trailing parenthetical, in canonical (and sort) order. */
typedef enum dt_unsym_paren_kind
{
	DT_PAREN_YEAR = 1,			/* "(2006)": Security Council resolutions only */
	DT_PAREN_SESSION,			/* "(III)", "(S-VI)", "(ES-V)": old GA / ECOSOC resolutions */
	DT_PAREN_VOL,				/* "(Vol. I)" */
	DT_PAREN_PART,				/* "(Part I)" */
	DT_PAREN_RESUMPTION,		/* "(Resumption 1)" */
	DT_PAREN_CLOSED				/* "(closed)" */
} dt_unsym_paren_kind;

typedef struct dt_unsym_paren
{
	uint8_t		kind;			/* dt_unsym_paren_kind */
	uint8_t		special;		/* SESSION: 0 regular, 1 emergency special (ES-), 2 special (S-) */
	uint32_t	num;			/* year, session, volume, part or resumption number */
} dt_unsym_paren;

/* What kind of document the symbol names (unsymbol_kind). */
typedef enum dt_unsym_kind
{
	DT_KIND_DOCUMENT = 0,
	DT_KIND_RESOLUTION,
	DT_KIND_DECISION,
	DT_KIND_VERBATIM_RECORD,
	DT_KIND_SUMMARY_RECORD,
	DT_KIND_DRAFT,				/* L. (limited distribution) */
	DT_KIND_PRESIDENTIAL_STATEMENT,
	DT_KIND_CONFERENCE_ROOM_PAPER,
	DT_KIND_WORKING_PAPER,
	DT_KIND_RESTRICTED,			/* R. */
	DT_KIND_INFORMATION,		/* INF */
	DT_KIND_GENERAL_COMMENT,	/* GC after a treaty body */
	DT_KIND_PETITION,			/* PET */
	DT_KIND_NGO_STATEMENT,		/* NGO */
	DT_KIND_PRESS_RELEASE		/* SC/13477, GA/12677, SG/SM/9808, HR/CN/1109: a
								 * DPI series, valid structure but not a document */
} dt_unsym_kind;

typedef struct dt_unsym
{
	uint8_t		ncomps;			/* components, modifiers included */
	uint8_t		nbase;			/* components before the first modifier */
	uint8_t		nparens;
	uint8_t		is_sc_resolution;	/* S/RES/<n>: identity is the number */
	uint16_t	sc_year;		/* year printed for an SC resolution (0: unknown) */
	uint16_t	keylen;
	dt_unsym_comp comps[DT_UNSYM_MAX_COMPS];
	dt_unsym_paren parens[DT_UNSYM_MAX_PARENS];	/* sorted by kind */
	uint8_t		key[DT_UNSYM_MAX_KEY];	/* order-preserving binary key */
} dt_unsym;

typedef struct dt_unsym_error
{
	const char *component;		/* what is wrong: "organ", "component", "number", "modifier",
								 * "part letter", "parenthetical", "year", "symbol" */
	int			comp_index;		/* 1-based index of the "/" component, 0 when not one */
	int			position;		/* 1-based character position in the input */
	char		message[160];	/* lower case, no final period */
} dt_unsym_error;

/*
 * Parse s[0..len) (UTF-8; need not be NUL-terminated).  Returns true and
 * fills *out, or returns false and fills *err (if not NULL).  Never reads
 * beyond len, never allocates.
 */
extern bool dt_unsym_parse(const char *s, size_t len, dt_unsym *out, dt_unsym_error *err);

/*
 * Write the canonical text; returns its length in bytes (like snprintf:
 * when cap is too small the output is truncated but NUL-terminated if cap > 0).
 * DT_UNSYM_CANON_CAP is always enough.
 */
extern size_t dt_unsym_canonical(const dt_unsym *u, char *buf, size_t cap);

/* The canonical text without spaces, as undocs.org resolves it ("S/RES/1674(2006)"). */
extern size_t dt_unsym_url_path(const dt_unsym *u, char *buf, size_t cap);

/* Order of two parsed symbols: <0, 0, >0 (memcmp of the keys). */
extern int	dt_unsym_cmp(const dt_unsym *a, const dt_unsym *b);

/* Order of two binary keys (what dt_unsym_cmp does). */
extern int	dt_unsym_key_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen);

/*
 * Rebuild a parsed value from its key (and the SC year kept beside it, 0 if
 * none).  Returns false if the bytes are not a valid key.
 */
extern bool dt_unsym_from_key(const uint8_t *key, size_t keylen, uint16_t sc_year, dt_unsym *out);

/* The base document: modifiers (Add., Corr., Rev., Amend., Summary) dropped. */
extern void dt_unsym_base(const dt_unsym *u, dt_unsym *out);

/* True when b is a (chain of) modification(s) of a, or equal to a. */
extern bool dt_unsym_contains(const dt_unsym *a, const dt_unsym *b);

/* Organ or special series: the first component ("A", "S", "CRC"). */
extern const char *dt_unsym_organ(const dt_unsym *u);

/* True for the organs and special series listed in un-symbols.md §2. */
extern bool dt_unsym_is_known_organ(const char *organ);

extern dt_unsym_kind dt_unsym_get_kind(const dt_unsym *u);
extern const char *dt_unsym_kind_name(dt_unsym_kind kind);

/*
 * Component text of component i (0-based), canonical spelling, e.g. "C.3",
 * "Add.1", "217 A".  Returns its length.
 */
extern size_t dt_unsym_comp_text(const dt_unsym *u, int i, char *buf, size_t cap);

/* True if component i is a modifier (Add., Corr., Rev., Amend., Summary). */
extern bool dt_unsym_comp_is_modifier(const dt_unsym_comp *c);

/*
 * Subsidiary-body chain: indexes [1, *end) of the components after the organ
 * and before the first session, year, number or document-nature component.
 */
extern int	dt_unsym_bodies_end(const dt_unsym *u);

/*
 * Session as text ("72", "S-26", "ES-10", "III", "S-VI"); returns 0 (and
 * writes "") when the symbol carries no session.
 */
extern size_t dt_unsym_session(const dt_unsym *u, char *buf, size_t cap);

/* Year carried by the symbol (S/2018/525, E/CN.4/2005/L.11, SC resolutions); 0 if none. */
extern int	dt_unsym_year(const dt_unsym *u);

/* Document number: the last number of the base ("884", PV.5 -> 5); -1 if none. */
extern long dt_unsym_number(const dt_unsym *u);

/*
 * Year of adoption of Security Council resolution `number`, from
 * src/data/sc_resolution_years.tsv; 0 when unknown or beyond the table.
 */
extern int	dt_sc_resolution_year(int number);

/* Last resolution number and last year the table covers. */
extern int	dt_sc_resolution_table_last_number(void);
extern int	dt_sc_resolution_table_last_year(void);

/*
 * May Security Council resolution `number` carry `year`?  The table's year
 * when the table has the number; past the table, only a year after its last
 * year (the table is complete up to that year).
 */
extern bool dt_sc_resolution_year_ok(int number, int year);

/* Roman numeral for 1..3999 into buf; returns length (0 if out of range). */
extern size_t dt_roman(unsigned n, char *buf, size_t cap);

#endif							/* DT_UNSYMBOL_H */
