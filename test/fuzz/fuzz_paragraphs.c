/*
 * fuzz_paragraphs.c: libFuzzer target for paragraphs() and fix_text().
 * Invariants: never crash; spans are 1-based, non-empty, increasing, within
 * the input; paragraphs are numbered 1, 2, ...; their text is valid UTF-8,
 * non-empty, holds no line break and no C0 control; fix_text() gives valid
 * UTF-8 without CR or C0 controls other than TAB, LF and FF.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "fix_text.h"
#include "paragraphs.h"
#include "utf8.h"

typedef struct state
{
	size_t		doc_chars;
	size_t		last_end;
	int			count;
} state;

static void
check_utf8(const char *s, size_t len, int allow_ws)
{
	int32_t		i = 0;

	while ((size_t) i < len)
	{
		UChar32		c;

		U8_NEXT(s, i, (int32_t) len, c);
		if (c < 0)
			abort();			/* invalid UTF-8 in the output */
		if (c < 0x20 && !(allow_ws && (c == '\t' || c == '\n' || c == '\f')))
			abort();			/* a control character survived */
	}
}

static void
on_paragraph(void *arg, const dt_paragraph *p)
{
	state	   *st = arg;

	if (p->n != st->count + 1)
		abort();
	st->count = p->n;
	if (p->start_char < 1 || p->end_char <= p->start_char || p->start_char < st->last_end ||
		p->end_char > st->doc_chars + 1 || p->start_byte >= p->end_byte)
		abort();
	st->last_end = p->end_char;
	if (p->text_len == 0 || memchr(p->text, '\n', p->text_len) != NULL)
		abort();
	check_utf8(p->text, p->text_len, 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const dt_env *env = dt_env_malloc();
	state		st = {0, 0, 0};
	char	   *out = NULL;
	size_t		out_len = 0;

	st.doc_chars = dt_utf8_count_chars((const char *) data, size);
	dt_paragraphs(env, (const char *) data, size, on_paragraph, &st);
	if (dt_fix_text(env, (const char *) data, size, &out, &out_len))
	{
		check_utf8(out, out_len, 1);
		if (memchr(out, '\r', out_len))
			abort();
		free(out);
	}
	return 0;
}
