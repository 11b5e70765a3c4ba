/*
 * utf8.c: character counting for spans (see utf8.h).
 */
#include "utf8.h"

size_t
dt_utf8_count_chars(const char *s, size_t len)
{
	const unsigned char *t = (const unsigned char *) s;
	size_t		n = 0;
	size_t		i = 0;

	while (i < len)
	{
		size_t		ascii_end = dt_utf8_skip_ascii(t, i, len);
		int			k;

		n += ascii_end - i;
		i = ascii_end;
		if (i >= len)
			break;
		(void) dt_utf8_decode(t + i, len - i, &k);
		i += (size_t) k;
		n++;
	}
	return n;
}
