/*
 * fuzz_un_symbols.c: libFuzzer target for the UN-symbol scanner.  Any bytes are
 * a text: the scanner must not crash, must report spans inside the text in
 * order of start, with character offsets that agree with the byte offsets,
 * and symbols that print and parse back to themselves.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "un_symbols.h"

typedef struct
{
	const uint8_t *data;
	size_t		size;
	size_t		last_start;
} fz;

static void
check(void *arg, const dt_symref *r)
{
	fz		   *f = arg;
	char		canon[DT_UNSYM_CANON_CAP];
	size_t		len;
	dt_unsym	back;
	int64_t		chars = 0;
	size_t		i;

	if (r->start_byte > r->end_byte || r->end_byte > f->size || r->start_byte < f->last_start)
		abort();
	f->last_start = r->start_byte;
	for (i = 0; i < r->start_byte; i++)
		chars += (f->data[i] & 0xC0) != 0x80;
	if (chars != r->start_char)
		abort();
	for (; i < r->end_byte; i++)
		chars += (f->data[i] & 0xC0) != 0x80;
	if (chars != r->end_char)
		abort();
	len = dt_unsym_canonical(r->sym, canon, sizeof(canon));
	if (len == 0 || len >= sizeof(canon) || !dt_unsym_parse(canon, len, &back, NULL) ||
		dt_unsym_cmp(r->sym, &back) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz			f = {data, size, 0};

	dt_un_symbols_scan(dt_env_malloc(), (const char *) data, size, check, &f);
	return 0;
}
