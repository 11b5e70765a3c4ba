/*
 * r2p_fold.c: one non-ASCII character into the matcher's alphabet, via ICU.
 *
 * u_strFoldCase (full folding: 'ß' -> "ss", 'É' -> 'é'), then the canonical
 * decomposition of each folded code point (NFD) with the combining marks left
 * out, so 'é', "e\u0301" and 'É' all become 'e'.  Letters with no ASCII base
 * are spelt out where the spelling is conventional ('œ' -> "oe") or become the
 * placeholder symbol, which is a letter for word boundaries but matches no cue.
 */
#include "r2p_fold.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "mojibake.h"
#include "r2p_lexicon.h"
#include "utf8.h"

#define CACHE_SIZE 0x800

static r2p_folded cache[CACHE_SIZE];
static uint8_t cache_ready[CACHE_SIZE];

static int
ascii_sym(int32_t c)
{
	if (c >= 'a' && c <= 'z')
		return R2P_SYM_A + (c - 'a');
	if (c >= 'A' && c <= 'Z')
		return R2P_SYM_A + (c - 'A');
	if (c >= '0' && c <= '9')
		return R2P_SYM_DIGIT0 + (c - '0');
	return -1;
}

static void
push_sym(r2p_folded *out, int sym)
{
	if (out->n < sizeof(out->sym))
		out->sym[out->n++] = (uint8_t) sym;
}

/* Letters whose base is not ASCII by decomposition, spelt the usual way. */
static const char *
spelt_out(int32_t c)
{
	switch (c)
	{
		case 0x00E6: return "ae";	/* æ */
		case 0x0153: return "oe";	/* œ */
		case 0x00F8: return "o";	/* ø */
		case 0x0111: return "d";	/* đ */
		case 0x0142: return "l";	/* ł */
		case 0x0131: return "i";	/* dotless i */
		case 0x00FE: return "th";	/* þ */
		case 0x00F0: return "d";	/* ð */
		default: return NULL;
	}
}

static void
fold_uncached(int32_t cp, r2p_folded *out)
{
	UChar		src[2];
	UChar		folded[8];
	int32_t		srclen = 0;
	int32_t		flen;
	int32_t		i = 0;
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd;
	int8_t		type;

	memset(out, 0, sizeof(*out));
	out->kind = R2P_FOLD_SPACE;

	if (cp < 0 || cp > 0x10FFFF || U_IS_SURROGATE(cp))
		return;
	/* Hyphens; the soft hyphen and format characters vanish. */
	if (cp == 0x2010 || cp == 0x2011)
	{
		out->kind = R2P_FOLD_HYPHEN;
		return;
	}
	type = u_charType(cp);
	if (cp == 0x00AD || type == U_FORMAT_CHAR || type == U_NON_SPACING_MARK ||
		type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK)
	{
		out->kind = R2P_FOLD_DROP;
		return;
	}
	if (!u_isalnum(cp))
		return;					/* punctuation, symbols, spaces */

	out->kind = R2P_FOLD_SYMS;
	U16_APPEND_UNSAFE(src, srclen, cp);
	flen = u_strFoldCase(folded, 8, src, srclen, U_FOLD_CASE_DEFAULT, &err);
	if (U_FAILURE(err) || flen > 8)
	{
		flen = srclen;
		memcpy(folded, src, sizeof(UChar) * srclen);
	}
	err = U_ZERO_ERROR;
	nfd = unorm2_getNFDInstance(&err);
	while (i < flen)
	{
		int32_t		c;
		UChar		decomp[16];
		int32_t		dlen = -1;
		int32_t		base;
		int			s;
		const char *sp;

		U16_NEXT(folded, i, flen, c);
		if (nfd && U_SUCCESS(err))
		{
			UErrorCode	derr = U_ZERO_ERROR;

			dlen = unorm2_getDecomposition(nfd, c, decomp, 16, &derr);
			if (U_FAILURE(derr))
				dlen = -1;
		}
		if (dlen > 0)
		{
			int32_t		j = 0;

			U16_NEXT(decomp, j, dlen, base);
		}
		else
			base = c;
		if ((s = ascii_sym(base)) >= 0)
			push_sym(out, s);
		else if ((sp = spelt_out(base)) != NULL)
		{
			for (; *sp; sp++)
				push_sym(out, ascii_sym(*sp));
		}
		else if (u_charType(base) == U_NON_SPACING_MARK)
			continue;
		else
			push_sym(out, R2P_SYM_OTHER);
	}
	if (out->n == 0)
		out->kind = R2P_FOLD_DROP;
}

void
r2p_fold_codepoint(int32_t cp, r2p_folded *out)
{
	if (cp >= 0 && cp < CACHE_SIZE)
	{
		if (!cache_ready[cp])
		{
			fold_uncached(cp, &cache[cp]);
			cache_ready[cp] = 1;
		}
		*out = cache[cp];
		return;
	}
	fold_uncached(cp, out);
}

size_t
r2p_fold_at(const unsigned char *s, size_t len, r2p_folded *out)
{
	int			clen;
	size_t		used;
	int32_t		cp = dt_mojibake_decode(s, len, &used);

	if (cp < 0)
	{
		cp = dt_utf8_decode(s, len, &clen);
		used = (size_t) clen;
	}
	r2p_fold_codepoint(cp, out);
	return used;
}
