/*
 * mojibake.c: reading UTF-8 that was decoded as cp1252 (see mojibake.h).
 */
#include "mojibake.h"

#include <stdbool.h>

#include "utf8.h"

/* cp1252 bytes 0x80 .. 0x9F and the code points they stand for: the one list
 * both tables below are built from. */
#define DT_CP1252_HIGH(X) \
	X(0x80, 0x20AC) X(0x82, 0x201A) X(0x83, 0x0192) X(0x84, 0x201E) \
	X(0x85, 0x2026) X(0x86, 0x2020) X(0x87, 0x2021) X(0x88, 0x02C6) \
	X(0x89, 0x2030) X(0x8A, 0x0160) X(0x8B, 0x2039) X(0x8C, 0x0152) \
	X(0x8E, 0x017D) X(0x91, 0x2018) X(0x92, 0x2019) X(0x93, 0x201C) \
	X(0x94, 0x201D) X(0x95, 0x2022) X(0x96, 0x2013) X(0x97, 0x2014) \
	X(0x98, 0x02DC) X(0x99, 0x2122) X(0x9A, 0x0161) X(0x9B, 0x203A) \
	X(0x9C, 0x0153) X(0x9E, 0x017E) X(0x9F, 0x0178)

#define HIGH_ENTRY(b, cp) [(b) - 0x80] = (cp),
const uint16_t dt_cp1252_high[32] = {DT_CP1252_HIGH(HIGH_ENTRY)};

/*
 * The way back: a perfect hash of the 27 code points into 64 slots, each
 * holding its byte (0: empty).  A collision would initialise one slot twice,
 * which -Werror (gcc -Woverride-init, clang -Winitializer-overrides) refuses.
 */
#define SLOT(cp) ((((uint32_t) (cp) * 985u) & 0xFFFFu) >> 10)
#define SLOT_ENTRY(b, cp) [SLOT(cp)] = (b),
static const uint8_t cp1252_slot[64] = {DT_CP1252_HIGH(SLOT_ENTRY)};

int
dt_cp1252_byte(int32_t c)
{
	int			b;

	if (c >= 0 && c < 0x100)
		return c;
	if (c < 0x152 || c > 0x2122)
		return -1;
	b = cp1252_slot[SLOT(c)];
	return b && dt_cp1252_high[b - 0x80] == c ? b : -1;
}

/* Punctuation that real text puts right after an accented letter ("CAFÉ”",
 * "humanité\u00a0»"). */
static inline bool
is_trailing_punct(int32_t c)
{
	switch (c)
	{
		case 0x2018: case 0x2019: case 0x201C: case 0x201D:
		case 0x2013: case 0x2014: case 0x2026: case 0x00A0:
		case 0x00AB: case 0x00BB: case 0x00B7: case 0x00B0:
			return true;
		default:
			return false;
	}
}

int32_t
dt_mojibake_decode(const unsigned char *s, size_t n, size_t *used)
{
	int			len,
				k;
	int32_t		lead = dt_utf8_decode(s, n, &len);
	int32_t		cp;
	size_t		p = (size_t) len;
	bool		all_punct = true;

	/* the lead: a latin-1 letter in C2 .. F4 (2 bytes of UTF-8: C3 82 .. C3 B4) */
	if (lead < 0xC2 || lead > 0xF4)
		return -1;
	if (lead <= 0xDF)
	{
		k = 1;
		cp = lead & 0x1F;
	}
	else if (lead <= 0xEF)
	{
		k = 2;
		cp = lead & 0x0F;
	}
	else
	{
		k = 3;
		cp = lead & 0x07;
	}
	for (int j = 0; j < k; j++)
	{
		int32_t		c;
		int			b;

		if (p >= n || s[p] < 0x80)
			return -1;
		c = dt_utf8_decode(s + p, n - p, &len);
		b = dt_cp1252_byte(c);
		if (b < 0x80 || b > 0xBF)
			return -1;
		all_punct = all_punct && is_trailing_punct(c);
		cp = (cp << 6) | (b & 0x3F);
		p += (size_t) len;
	}
	/* shortest form, no surrogate, at most U+10FFFF */
	if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		(k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
		return -1;
	if (all_punct && k < 3 && lead != 0xC2 && lead != 0xC3 && lead != 0xE2)
		return -1;
	*used = p;
	return cp;
}
