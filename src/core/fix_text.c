/*
 * fix_text.c: mojibake, control characters, line terminators and NFC
 * (see fix_text.h for what is repaired and why).
 *
 * Each pass walks the UTF-8 input once.  Runs of input that need no change
 * are not copied until the first change shows up ("pending" run), so clean
 * text costs one scan and no allocation.  NFC is checked per chunk with ICU's
 * quick check and only chunks that are not quick-check YES are normalised.
 */
#include "fix_text.h"
#include "dt_ascii.h"
#include "mojibake.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <unicode/ustring.h>

#define MAX_PASSES 3
#define NFC_CHUNK 32768

/* ---------------------------------------------------------------------
 * The lossy apostrophe
 * --------------------------------------------------------------------- */

/*
 * The lossy apostrophe: "â" (U+00E2) whose continuation bytes were lost or
 * survive only as C1 controls, between a letter and an English clitic
 * ("humanityâs", "donâ\x80t") or in "dâIvoire".  s[i] starts the "â" (2
 * bytes); on success *consumed covers "â" and any C1 controls after it.
 */
static bool
try_lossy_apostrophe(const unsigned char *s, size_t len, size_t i, size_t *consumed)
{
	size_t		p = i + 2;
	size_t		rest;
	unsigned char prev;

	if (i == 0 || !dt_ascii_letter(s[i - 1]))
		return false;
	prev = s[i - 1];
	/* skip up to two C1 controls (U+0080..U+009F: C2 80..C2 9F) */
	for (int j = 0; j < 2 && p + 1 < len && s[p] == 0xC2 && s[p + 1] >= 0x80 && s[p + 1] <= 0x9F; j++)
		p += 2;
	if (p >= len)
		return false;
	rest = len - p;
	/* d'Ivoire, l'Organisation: a lone d or l starting a word, then a capital */
	if ((prev == 'd' || prev == 'l') && (i < 2 || !dt_ascii_letter(s[i - 2])) &&
		dt_ascii_upper(s[p]))
	{
		*consumed = p - i;
		return true;
	}
	{
		static const char *const clitics[] = {"s", "t", "ll", "re", "ve", "d", "m", NULL};

		for (int j = 0; clitics[j]; j++)
		{
			size_t		cl = strlen(clitics[j]);

			if (rest >= cl && memcmp(s + p, clitics[j], cl) == 0 &&
				(rest == cl || (!dt_ascii_letter(s[p + cl]) && s[p + cl] < 0x80)))
			{
				*consumed = p - i;
				return true;
			}
		}
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Output buffer with a pending (not yet copied) run of unchanged input
 * --------------------------------------------------------------------- */

typedef struct out_buf
{
	const dt_env *env;
	const char *in;
	size_t		in_len;
	size_t		pending;		/* input from here on is not yet copied */
	char	   *data;			/* NULL until the first change */
	size_t		len;
	size_t		cap;
} out_buf;

static void
out_reserve(out_buf *o, size_t extra)
{
	if (o->data == NULL)
	{
		o->cap = o->in_len + o->in_len / 8 + extra + 64;
		o->data = dt_alloc(o->env, o->cap);
		o->len = 0;
	}
	else if (o->len + extra > o->cap)
	{
		size_t		ncap = o->cap + o->cap / 2 + extra + 64;

		o->data = dt_realloc(o->env, o->data, ncap);
		o->cap = ncap;
	}
}

/* Replace in[at, at+consumed) by repl[0, repl_len). */
static void
out_replace(out_buf *o, size_t at, size_t consumed, const char *repl, size_t repl_len)
{
	size_t		run = at - o->pending;

	out_reserve(o, run + repl_len);
	memcpy(o->data + o->len, o->in + o->pending, run);
	o->len += run;
	if (repl_len)
		memcpy(o->data + o->len, repl, repl_len);
	o->len += repl_len;
	o->pending = at + consumed;
}

static void
out_finish(out_buf *o)
{
	if (o->data)
		out_replace(o, o->in_len, 0, NULL, 0);
}

/* ASCII bytes that need no attention: printable, TAB, LF, FF. */
static const unsigned char ascii_plain[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0
};

/* One repair pass.  Returns true (and the buffer) if anything changed. */
static bool
repair_pass(const dt_env *env, const char *in, size_t len, char **out, size_t *out_len)
{
	const unsigned char *s = (const unsigned char *) in;
	out_buf		o = {env, in, len, 0, NULL, 0, 0};
	size_t		i = 0;
	size_t		checked = 0;

	while (i < len)
	{
		int			n;
		int32_t		c;
		int32_t		m;
		char		tmp[8];
		size_t		consumed;
		int			tl;

		/* skip plain ASCII quickly, eight bytes at a time while no byte is
		 * >= 0x80 or < 0x20 (then byte by byte), and at most 64 KB between
		 * two interrupt checks */
		for (;;)
		{
			while (i + 8 <= len && i - checked < 65536)
			{
				uint64_t	w;

				memcpy(&w, s + i, 8);
				if ((w | ((w - UINT64_C(0x2020202020202020)) & ~w)) & UINT64_C(0x8080808080808080))
					break;
				if (((w ^ UINT64_C(0x7F7F7F7F7F7F7F7F)) - UINT64_C(0x0101010101010101)) &
					~(w ^ UINT64_C(0x7F7F7F7F7F7F7F7F)) & UINT64_C(0x8080808080808080))
					break;		/* a DEL */
				i += 8;
			}
			if (i - checked < 65536 && i < len && s[i] < 0x80 && ascii_plain[s[i]])
			{
				i++;
				continue;
			}
			break;
		}
		if (i >= len)
			break;
		if (i - checked >= 65536)
		{
			dt_check_interrupts(env);
			checked = i;
			continue;
		}
		c = dt_utf8_decode(s + i, len - i, &n);
		if (c < 0)
		{
			out_replace(&o, i, 1, "\xEF\xBF\xBD", 3);
			i++;
			continue;
		}
		if (c < 0x80)
		{
			if (c == '\r')
				out_replace(&o, i, (i + 1 < len && s[i + 1] == '\n') ? 2 : 1, "\n", 1);
			else
				out_replace(&o, i, 1, NULL, 0);	/* other C0 controls, DEL */
			i = o.pending;
			continue;
		}
		if ((m = dt_mojibake_decode(s + i, len - i, &consumed)) >= 0)
		{
			tl = 0;
			U8_APPEND_UNSAFE(tmp, tl, m);
			out_replace(&o, i, consumed, tmp, tl);
			i += consumed;
			continue;
		}
		if (c == 0xE2 && try_lossy_apostrophe(s, len, i, &consumed))
		{
			out_replace(&o, i, consumed, "\xE2\x80\x99", 3);
			i += consumed;
			continue;
		}
		if (c >= 0x80 && c <= 0x9F)
		{
			int32_t		u = dt_cp1252_high[c - 0x80];

			if (u)
			{
				tl = 0;
				U8_APPEND_UNSAFE(tmp, tl, u);
				out_replace(&o, i, n, tmp, tl);
			}
			else
				out_replace(&o, i, n, NULL, 0);
			i += n;
			continue;
		}
		switch (c)
		{
			case 0xFEFF:		/* BOM / ZWNBSP */
			case 0x00AD:		/* soft hyphen */
				out_replace(&o, i, n, NULL, 0);
				break;
			case 0x2028:
			case 0x2029:
				out_replace(&o, i, n, "\n", 1);
				break;
			case 0xFB00: out_replace(&o, i, n, "ff", 2); break;
			case 0xFB01: out_replace(&o, i, n, "fi", 2); break;
			case 0xFB02: out_replace(&o, i, n, "fl", 2); break;
			case 0xFB03: out_replace(&o, i, n, "ffi", 3); break;
			case 0xFB04: out_replace(&o, i, n, "ffl", 3); break;
			case 0xFB05:
			case 0xFB06: out_replace(&o, i, n, "st", 2); break;
			default:
				break;
		}
		i += n;
	}
	if (o.data == NULL)
		return false;
	out_finish(&o);
	*out = o.data;
	*out_len = o.len;
	return true;
}

/* ---------------------------------------------------------------------
 * NFC, chunk by chunk
 * --------------------------------------------------------------------- */

/*
 * Is every character of the text NFC quick-check YES with combining class 0?
 * Then the text is in NFC (UAX #15 quick check) and ICU need not see it.
 * Decodes UTF-8 in place; only code points outside the common ranges ask ICU.
 */
static bool
surely_nfc(const char *in, size_t len)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		int32_t		c;

		i = dt_utf8_skip_ascii(s, i, len);
		if (i >= len)
			break;
		c = dt_utf8_decode(s + i, len - i, &n);
		i += n;
		if (c < 0x300 || (c >= 0x2002 && c <= 0x206F))
			continue;		/* Latin, General Punctuation but for U+2000 and
							 * U+2001 (NFC: U+2002, U+2003): all YES, ccc 0 */
		if (c < 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
			u_getCombiningClass(c) != 0)
			return false;
	}
	return true;
}

static bool
nfc_pass(const dt_env *env, const char *in, size_t len, char **out, size_t *out_len)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	out_buf		o = {env, in, len, 0, NULL, 0, 0};
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0;
	UChar	   *u16 = NULL,
			   *norm = NULL;
	size_t		u16_cap = 0,
				norm_cap = 0;
	char	   *u8 = NULL;
	size_t		u8_cap = 0;

	if (U_FAILURE(err) || surely_nfc(in, len))
		return false;
	while (i < len)
	{
		size_t		start,
					end;
		int32_t		ulen,
					nlen,
					span;
		int32_t		u8len;

		/* find the next non-ASCII byte; the chunk starts at the ASCII before it */
		i = dt_utf8_skip_ascii(s, i, len);
		if (i >= len)
			break;
		dt_check_interrupts(env);
		start = (i > 0) ? i - 1 : 0;
		if (start < o.pending)
			start = o.pending;
		/* extend to NFC_CHUNK bytes, then to just before an ASCII byte */
		end = i + NFC_CHUNK < len ? i + NFC_CHUNK : len;
		while (end < len && s[end] >= 0x80)
		{
			end++;
			/* no ASCII for long: stop before a starter lead byte */
			if (end - i > 4 * NFC_CHUNK && (s[end] & 0xC0) != 0x80)
			{
				int			k;
				int32_t		c = dt_utf8_decode(s + end, len - end, &k);

				if (c >= 0 && unorm2_hasBoundaryBefore(nfc, c))
					break;
			}
		}
		if (end - start + 1 > u16_cap)
		{
			u16_cap = end - start + 1;
			u16 = dt_realloc(env, u16, u16_cap * sizeof(UChar));
		}
		err = U_ZERO_ERROR;
		u_strFromUTF8WithSub(u16, (int32_t) u16_cap, &ulen, (const char *) s + start,
							 (int32_t) (end - start), 0xFFFD, NULL, &err);
		if (U_FAILURE(err))
		{
			i = end;
			continue;
		}
		span = unorm2_spanQuickCheckYes(nfc, u16, ulen, &err);
		if (U_SUCCESS(err) && span < ulen)
		{
			if ((size_t) ulen * 3 + 16 > norm_cap)
			{
				norm_cap = (size_t) ulen * 3 + 16;
				norm = dt_realloc(env, norm, norm_cap * sizeof(UChar));
			}
			err = U_ZERO_ERROR;
			nlen = unorm2_normalize(nfc, u16, ulen, norm, (int32_t) norm_cap, &err);
			if (U_SUCCESS(err))
			{
				if ((size_t) nlen * 3 + 16 > u8_cap)
				{
					u8_cap = (size_t) nlen * 3 + 16;
					u8 = dt_realloc(env, u8, u8_cap);
				}
				u_strToUTF8(u8, (int32_t) u8_cap, &u8len, norm, nlen, &err);
				if (U_SUCCESS(err) &&
					((size_t) u8len != end - start || memcmp(u8, s + start, u8len) != 0))
					out_replace(&o, start, end - start, u8, u8len);
			}
		}
		i = end;
	}
	dt_free(env, u16);
	dt_free(env, norm);
	dt_free(env, u8);
	if (o.data == NULL)
		return false;
	out_finish(&o);
	*out = o.data;
	*out_len = o.len;
	return true;
}

bool
dt_fix_text(const dt_env *env, const char *in, size_t len, char **out, size_t *out_len)
{
	const char *cur = in;
	size_t		cur_len = len;
	char	   *owned = NULL;
	char	   *next;
	size_t		next_len;

	*out = NULL;
	*out_len = 0;
	for (int pass = 0; pass < MAX_PASSES; pass++)
	{
		if (!repair_pass(env, cur, cur_len, &next, &next_len))
			break;
		dt_free(env, owned);
		owned = next;
		cur = next;
		cur_len = next_len;
	}
	if (nfc_pass(env, cur, cur_len, &next, &next_len))
	{
		dt_free(env, owned);
		owned = next;
		cur_len = next_len;
	}
	if (owned == NULL)
		return false;
	*out = owned;
	*out_len = cur_len;
	return true;
}
