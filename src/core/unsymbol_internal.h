/*
 * unsymbol_internal.h: shared between the files of the unsymbol core.
 */
#ifndef DT_UNSYMBOL_INTERNAL_H
#define DT_UNSYMBOL_INTERNAL_H

#include "unsymbol.h"

#if defined(__GNUC__)
#define DT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DT_PRINTF(f, a)
#endif

/*
 * Tags of the order-preserving key.  Within a component a number sorts
 * before letters; a component that ends sorts before one that goes on; a
 * symbol that ends sorts before its parentheticals, which sort before its
 * next component.
 */
#define K_END			0x01	/* end of a component */
#define K_PAREN			0x02	/* a parenthetical follows: kind byte, then data */
#define K_SEP_DOT		0x03	/* "." inside a component */
#define K_SEP_DASH		0x04	/* "-" (S-26, ES-10) */
#define K_SEP_BRACKET	0x05	/* "(n)" inside a component (EX(41)) */
#define K_PART			0x06	/* part letter follows */
#define K_ZEROS			0x07	/* count of leading zeros follows */
#define K_NUM			0x10	/* 0x11..0x14: number in 1..4 big-endian bytes */
/* a word is its upper-case letters, with no tag: 0x41..0x5A */

/* Sets *err (if not NULL) and returns false. */
extern bool dt_unsym_fail(dt_unsym_error *err, const char *component, int comp_index,
						  int position, const char *fmt,...) DT_PRINTF(5, 6);

/*
 * Check the structure of out->comps / out->parens, settle the Security
 * Council year and build the key.  comp_pos / paren_pos give character
 * positions for messages (NULL: unknown).  from_storage: the value was
 * stored before; a stored SC year that the table now contradicts gives way
 * to the table instead of failing.
 */
extern bool dt_unsym_finish(dt_unsym *u, dt_unsym_error *err, const int *comp_pos,
							const int *paren_pos, bool from_storage);

/* Key of u's components and parentheticals into u->key. */
extern bool dt_unsym_encode(dt_unsym *u);

extern bool dt_unsym_word_is_modifier(const char *word);
/* word[0..len) is a word a symbol holds in any case ("res", "Cp", "Icef"); another
 * word in small letters is a placeholder ("A/session/53"). */
extern bool dt_unsym_is_keyword(const char *word, size_t len);
/* What subsidiary body word[0..len), in any case, names with its number ("CN":
 * a commission, "Sub", "PCN", "PET"), or NULL: a symbol ending in one names a
 * series ("E/CN.4"). */
extern const char *dt_unsym_body_name(const char *word, size_t len);

/* Is word[0..len), in any case, the upper-case word upper? */
static inline bool
dt_unsym_word_eq(const char *upper, const char *word, size_t len)
{
	size_t		i;

	for (i = 0; i < len && upper[i]; i++)
		if (upper[i] != ((word[i] >= 'a' && word[i] <= 'z') ? word[i] - 'a' + 'A' : word[i]))
			return false;
	return i == len && upper[i] == '\0';
}
/* An upper-case word that stands for a number in templates ("SESSION", "YEAR"). */
extern bool dt_unsym_is_template_word(const char *word);
/* Canonical spelling of an upper-case word ("ADD" -> "Add", "RES" -> "RES"). */
extern const char *dt_unsym_word_display(const char *word);

#endif							/* DT_UNSYMBOL_INTERNAL_H */
