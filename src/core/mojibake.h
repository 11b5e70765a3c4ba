/*
 * mojibake.h: UTF-8 that was read as cp1252 (or latin-1) and written back as
 * UTF-8 ("Ã©" for "é", "â€™" for "’"), read back.  One reading, shared by
 * dt_fix_text (which repairs it) and the R2P scanner (which reads through it).
 */
#ifndef DT_MOJIBAKE_H
#define DT_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

/* The code point cp1252 gives bytes 0x80 .. 0x9F; 0 where it defines none. */
extern const uint16_t dt_cp1252_high[32];

/* Its inverse, by a perfect hash of the 27 code points into 64 slots (the
 * byte, or 0): dt_cp1252_slot[DT_CP1252_SLOT(cp)]. */
#define DT_CP1252_SLOT(cp) ((((uint32_t) (cp) * 985u) & 0xFFFFu) >> 10)
extern const uint8_t dt_cp1252_slot[64];

/*
 * The byte code point c stands for when UTF-8 was decoded as cp1252 or as
 * latin-1 (a C1 control stands for its own byte), or -1.
 */
static inline int
dt_cp1252_byte(int32_t c)
{
	int			b;

	if (c >= 0 && c < 0x100)
		return c;
	if (c < 0x152 || c > 0x2122)
		return -1;
	b = dt_cp1252_slot[DT_CP1252_SLOT(c)];
	return b && dt_cp1252_high[b - 0x80] == c ? b : -1;
}

/* Punctuation that real text puts right after an accented letter ("CAFÉ”",
 * "humanité\u00a0»"). */
static inline bool
dt_trailing_punct(int32_t c)
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

/*
 * dt_mojibake_decode past its test of the lead, which it has pinned to
 * s[0] = C3, s[1] in 82 .. B4 (U+00C2 .. U+00F4: the UTF-8 lead byte
 * s[1] + 0x40, whose sequence has k continuation bytes).  The cp1252 bytes of
 * the k characters after it complete the sequence, which dt_utf8_decode reads.
 */
static inline int32_t
dt_mojibake_read(const unsigned char *s, size_t n, size_t *used)
{
	unsigned char bytes[4];
	unsigned char lead = (unsigned char) (s[1] + 0x40);
	int			k = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
	int32_t		cont[3];
	int32_t		cp;
	size_t		p = 2;
	int			len;

	bytes[0] = lead;
	for (int j = 0; j < k; j++)
	{
		int			b;

		if (p >= n || s[p] < 0x80)
			return -1;
		cont[j] = dt_utf8_decode(s + p, n - p, &len);
		b = dt_cp1252_byte(cont[j]);
		if ((b & 0xC0) != 0x80)
			return -1;			/* no character, or no continuation byte */
		bytes[j + 1] = (unsigned char) b;
		p += (size_t) len;
	}
	cp = dt_utf8_decode(bytes, (size_t) k + 1, &len);
	if (cp < 0)
		return -1;
	/* typography, not mojibake: "CAFÉ”", "humanité\u00a0»" */
	if (k < 3 && lead != 0xC2 && lead != 0xC3 && lead != 0xE2 &&
		dt_trailing_punct(cont[0]) && (k == 1 || dt_trailing_punct(cont[1])))
		return -1;
	*used = p;
	return cp;
}

/*
 * If the characters at s[0 .. n) are a mojibake sequence (2 to 4 characters
 * whose cp1252 bytes form one valid, shortest-form UTF-8 sequence), the code
 * point that sequence encodes, with *used the bytes of s it covers; else -1.
 * Accented capitals and letters before typographic punctuation are not read
 * as mojibake ("CAFÉ”", "HUMANITÉ\u00a0:", "humanité\u00a0»"): a candidate
 * of two or three characters (a two- or three-byte sequence; four-byte ones
 * are always read) whose lead is not Â, Ã (two bytes) or â (three bytes) and
 * whose continuation characters are all such punctuation is left alone.
 */
static inline int32_t
dt_mojibake_decode(const unsigned char *s, size_t n, size_t *used)
{
	/* a lead is a latin-1 letter U+00C2 .. U+00F4: C3 82 .. C3 B4 */
	if (n < 2 || s[0] != 0xC3 || s[1] < 0x82 || s[1] > 0xB4)
		return -1;
	return dt_mojibake_read(s, n, used);
}

#endif							/* DT_MOJIBAKE_H */
