/*
 * fuzz_unsymbol.c: libFuzzer target for the unsymbol parser.
 *
 * Properties, for every input:
 *  - parsing never crashes and never reads past the input;
 *  - when it parses: the canonical text parses again, to the same canonical
 *    text and a value that compares equal (cmp == 0); the URL path has no
 *    space; the key decodes to the same canonical text;
 *  - the raw bytes read as a key are either refused or re-encode exactly.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unsymbol.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dt_unsym	u,
				v,
				w;
	dt_unsym_error err;
	char		c1[DT_UNSYM_CANON_CAP],
				c2[DT_UNSYM_CANON_CAP],
				path[DT_UNSYM_CANON_CAP];
	size_t		n1,
				n2;
	/* a copy with no spare byte after it, so ASan sees any over-read */
	char	   *copy = malloc(size ? size : 1);

	memcpy(copy, data, size);
	if (dt_unsym_parse(copy, size, &u, &err))
	{
		n1 = dt_unsym_canonical(&u, c1, sizeof(c1));
		if (n1 >= sizeof(c1))
			abort();
		if (!dt_unsym_parse(c1, n1, &v, &err))
			abort();			/* canonical text must parse */
		n2 = dt_unsym_canonical(&v, c2, sizeof(c2));
		if (n1 != n2 || memcmp(c1, c2, n1) != 0)
			abort();			/* canonical form is a fixed point */
		if (dt_unsym_cmp(&u, &v) != 0)
			abort();			/* and keeps the value */
		dt_unsym_url_path(&u, path, sizeof(path));
		if (strchr(path, ' ') != NULL)
			abort();
		if (!dt_unsym_from_key(u.key, u.keylen, u.sc_year, &w))
			abort();			/* the stored form reads back */
		n2 = dt_unsym_canonical(&w, c2, sizeof(c2));
		if (n1 != n2 || memcmp(c1, c2, n1) != 0)
			abort();
		if (!dt_unsym_contains(&u, &u))
			abort();
		dt_unsym_base(&u, &w);
		if (!dt_unsym_contains(&w, &u))
			abort();			/* the base contains the symbol */
		dt_unsym_session(&u, c2, sizeof(c2));
		(void) dt_unsym_year(&u);
		(void) dt_unsym_number(&u);
		(void) dt_unsym_kind_name(dt_unsym_get_kind(&u));
		(void) dt_unsym_bodies_end(&u);
	}
	else if (err.position < 1 || err.component == NULL || err.message[0] == '\0')
		abort();				/* every error names a component and a position */

	/* arbitrary bytes as a stored key: refused, or exactly a key */
	if (size <= DT_UNSYM_MAX_KEY && dt_unsym_from_key(data, size, 0, &w))
	{
		if (w.keylen != size || memcmp(w.key, data, size) != 0)
			abort();
		n1 = dt_unsym_canonical(&w, c1, sizeof(c1));
		if (!dt_unsym_parse(c1, n1, &v, &err) || dt_unsym_cmp(&v, &w) != 0)
			abort();			/* every valid key is some symbol's */
	}
	free(copy);
	return 0;
}
