/*
 * fuzz_un_symbols.c: libFuzzer target for the UN-symbol scanner.  Any bytes are
 * a text: the scanner must not crash, must report spans inside the text in
 * order of start, with character offsets that agree with the byte offsets,
 * and symbols that print and parse back to themselves; and the same
 * references with the vectorised word filter off (byte by byte).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "un_symbols.h"
#include "utf8.h"
#include "un_symbols_skip.h"

typedef struct
{
	const uint8_t *data;
	size_t		size;
	size_t		last_start;
	uint64_t	digest;			/* of every reference reported */
	size_t		count;
} fz;

static void
check(void *arg, const dt_symref *r)
{
	fz		   *f = arg;
	char		canon[DT_UNSYM_CANON_CAP];
	size_t		len;
	dt_unsym	back;
	size_t		i;

	if (r->start_byte > r->end_byte || r->end_byte > f->size || r->start_byte < f->last_start)
		abort();
	f->last_start = r->start_byte;
	/* character offsets: counted over the whole prefix, as utf8.h defines them */
	if ((int64_t) dt_utf8_count_chars((const char *) f->data, r->start_byte) != r->start_char ||
		(int64_t) dt_utf8_count_chars((const char *) f->data, r->end_byte) != r->end_char)
		abort();
	len = dt_unsym_canonical(r->sym, canon, sizeof(canon));
	if (len == 0 || len >= sizeof(canon) || !dt_unsym_parse(canon, len, &back, NULL) ||
		dt_unsym_cmp(r->sym, &back) != 0)
		abort();
	f->count++;
	f->digest = f->digest * 1000003u + r->start_byte;
	f->digest = f->digest * 1000003u + r->end_byte;
	f->digest = f->digest * 1000003u + (uint64_t) r->is_named;
	for (i = 0; i < len; i++)
		f->digest = f->digest * 31u + (unsigned char) canon[i];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz			f = {data, size, 0, 0, 0};
	fz			g = {data, size, 0, 0, 0};

	dt_un_symbols_scan(dt_env_malloc(), (const char *) data, size, check, &f);
	dt_un_symbols_no_skip = true;
	dt_un_symbols_scan(dt_env_malloc(), (const char *) data, size, check, &g);
	dt_un_symbols_no_skip = false;
	if (f.count != g.count || f.digest != g.digest)
		abort();				/* the word filter changed a result */
	return 0;
}
