/*
 * utf8.c: character counting for spans (see utf8.h).
 */
#include "utf8.h"

#include <string.h>

size_t
dt_utf8_count_chars(const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *) s;
	size_t		n = 0;
	size_t		i = 0;

	while (i < len)
	{
		int			k;

		/* eight ASCII bytes at a time */
		while (i + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, t + i, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
			n += 8;
		}
		if (i >= len)
			break;
		if (t[i] < 0x80)
			k = 1;
		else
			(void) dt_utf8_decode(t + i, len - i, &k);
		i += (size_t) k;
		n++;
	}
	return n;
}
