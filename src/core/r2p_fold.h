/*
 * r2p_fold.h: folding of one non-ASCII character into the R2P matcher's
 * alphabet (see r2p_lexicon.h).  ASCII is folded inline by the scanner; this
 * is the slow path, through ICU, for the rare non-ASCII characters.
 */
#ifndef R2P_FOLD_H
#define R2P_FOLD_H

#include <stddef.h>
#include <stdint.h>

typedef enum r2p_fold_kind
{
	R2P_FOLD_SYMS,				/* letters or digits: sym[0 .. n) */
	R2P_FOLD_SPACE,				/* a separator: space, punctuation, symbol */
	R2P_FOLD_DROP,				/* nothing: combining mark, soft hyphen, format */
	R2P_FOLD_HYPHEN				/* a hyphen (U+2010, U+2011): like '-' */
} r2p_fold_kind;

typedef struct r2p_folded
{
	uint8_t		kind;			/* r2p_fold_kind */
	uint8_t		n;				/* symbols in sym (R2P_FOLD_SYMS) */
	uint8_t		sym[4];
} r2p_folded;

/*
 * Case-fold (ICU full case folding), decompose (NFD), drop the combining
 * marks and map what is left to the alphabet.  Results for the first 2048
 * code points are cached (per process).
 */
extern void r2p_fold_codepoint(int32_t cp, r2p_folded *out);

/*
 * The character at s[0 .. len) (len > 0), as the R2P matcher reads text: a
 * cp1252 mojibake sequence of UTF-8 ("Ã©", "â€™") as the character it stands
 * for, else one UTF-8 character (an invalid byte: code point -1, one byte),
 * folded into *out.
 * Returns how many bytes it takes.
 */
extern size_t r2p_fold_at(const unsigned char *s, size_t len, r2p_folded *out);

#endif							/* R2P_FOLD_H */
