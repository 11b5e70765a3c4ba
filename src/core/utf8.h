/*
 * utf8.h: UTF-8 decoding and character counting, shared by the whole core.
 */
#ifndef DT_UTF8_H
#define DT_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * The code point at s[0] (n bytes available); *len gets its length in bytes.
 * Invalid, overlong, surrogate or truncated sequences give -1 with *len = 1,
 * so a caller can always step forward.
 */
static inline int32_t
dt_utf8_decode(const unsigned char *s, size_t n, int *len)
{
	unsigned char b = s[0];
	int32_t		c;
	int			k;

	*len = 1;
	if (b < 0x80)
		return b;
	if (b >= 0xC2 && b <= 0xDF)
	{
		k = 1;
		c = b & 0x1F;
	}
	else if (b >= 0xE0 && b <= 0xEF)
	{
		k = 2;
		c = b & 0x0F;
	}
	else if (b >= 0xF0 && b <= 0xF4)
	{
		k = 3;
		c = b & 0x07;
	}
	else
		return -1;
	if ((size_t) k >= n)
		return -1;
	for (int j = 1; j <= k; j++)
	{
		if ((s[j] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (s[j] & 0x3F);
	}
	if ((k == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
		(k == 3 && (c < 0x10000 || c > 0x10FFFF)))
		return -1;
	*len = k + 1;
	return c;
}

/* The first index at or after i whose byte is not ASCII (len if none),
 * eight bytes at a time. */
static inline size_t
dt_utf8_skip_ascii(const unsigned char *s, size_t i, size_t len)
{
	while (i + 8 <= len)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
		i += 8;
	}
	while (i < len && s[i] < 0x80)
		i++;
	return i;
}

/*
 * Characters in s[0 .. len): as PostgreSQL counts them in valid UTF-8 (the
 * only kind a UTF-8 database holds); a byte that is not valid UTF-8 counts as
 * one character, as dt_utf8_decode steps over it.
 */
extern size_t dt_utf8_count_chars(const char *s, size_t len);

#endif							/* DT_UTF8_H */
