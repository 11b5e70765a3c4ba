/* test_paragraphs.c: paragraphs() on the seed, on each layout, on odd input and at scale. */
#include <stdlib.h>

#include "counting_env.h"
#include "dt_test.h"
#include "paragraphs.h"

#define MAXP 64

typedef struct collected
{
	int			n;
	char	   *text[MAXP];
	size_t		start[MAXP],
				end[MAXP];
	/* for big inputs: only invariants */
	size_t		count;
	size_t		last_end;
	size_t		doc_chars;
	bool		ordered;
} collected;

static void
collect(void *arg, const dt_paragraph *p)
{
	collected  *c = arg;

	if (c->n < MAXP)
	{
		c->text[c->n] = strndup(p->text, p->text_len);
		c->start[c->n] = p->start_char;
		c->end[c->n] = p->end_char;
		c->n++;
	}
	if (p->start_char < c->last_end || p->end_char <= p->start_char ||
		(c->doc_chars && p->end_char > c->doc_chars + 1) || p->n != (int) c->count + 1)
		c->ordered = false;
	c->last_end = p->end_char;
	c->count++;
}

static dt_layout
run(collected *c, const char *doc)
{
	for (int i = 0; i < c->n; i++)
		free(c->text[i]);
	memset(c, 0, sizeof(*c));
	c->ordered = true;
	return dt_paragraphs(dt_env_malloc(), doc, strlen(doc), collect, c);
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *b;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = (size_t) ftell(f);
	rewind(f);
	b = malloc(*len + 1);
	if (fread(b, 1, *len, f) != *len)
		*len = 0;
	b[*len] = '\0';
	fclose(f);
	return b;
}

int
main(void)
{
	collected	c;
	size_t		len;
	char	   *seed = read_file("../fixtures/seed_statement.txt", &len);

	memset(&c, 0, sizeof(c));

	/* the seed statement: exactly its 8 paragraphs */
	CHECK(seed != NULL, "seed statement readable");
	if (seed)
	{
		CHECK_INT(run(&c, seed), DT_LAYOUT_SEPARATED, "seed: separator layout");
		CHECK_INT(c.n, 8, "seed: 8 paragraphs");
		CHECK(c.n == 8 && strstr(c.text[0], "We hope that today\xE2\x80\x99s discussion will") != NULL,
			  "seed: today's repaired");
		CHECK(c.n == 8 && strstr(c.text[1], "World Summit Outcome document") != NULL,
			  "seed: joined across a mid-sentence blank line");
		CHECK_STR(c.n == 8 ? c.text[7] : "",
				  "In conclusion, I would like to reiterate that Kazakhstan is committed to working closely with all the relevant parties to ensure the full protection of populations from genocide, war crimes, ethnic cleansing and crimes against humanity.",
				  "seed: last paragraph as written");
		CHECK(c.n == 8 && c.start[0] == 1 && c.end[0] == 200 && c.start[7] == 2781 && c.end[7] == 3018,
			  "seed: spans of first and last paragraph");
		CHECK(c.ordered, "seed: spans in order");
		free(seed);
	}

	/* layouts */
	CHECK_INT(run(&c, "One paragraph on its line, long enough to be one.\nAnd another one here.\n"),
			  DT_LAYOUT_ONE_PER_LINE, "lines ending sentences: one per line");
	CHECK_INT(c.n, 2, "two lines, two paragraphs");
	run(&c, " First paragraph starts here and goes on to wrap at\nthe column, as it does in the records.\n Second paragraph starts and\nwraps again at the column, as before here.\n Third.\n");
	CHECK_INT(c.n, 3, "indent-marked: 3 paragraphs");
	CHECK_STR(c.n > 1 ? c.text[1] : "", "Second paragraph starts and wraps again at the column, as before here.", "indent-marked: unwrapped");
	run(&c, "First paragraph line one goes here\nand line two.\n\nSecond paragraph line one goes on\nand line two.\n\nThird.\n");
	CHECK_INT(c.n, 3, "blank-line paragraphs: 3");
	run(&c, "the rights and freedoms that are\n\nthe foundation of our democracy.");
	CHECK_INT(c.n, 1, "a blank line in mid-sentence joins");

	/* furniture */
	run(&c, "the right of peoples to social \n \n \n17 08-51570 \n \njustice must be based on it.");
	CHECK_STR(c.n ? c.text[0] : "", "the right of peoples to social justice must be based on it.", "page and job number removed, joined");
	run(&c, "rights of victims\n30/51 15-29431\n\f\n29/09/2015 A/70/PV.16\nand on truth.");
	CHECK_STR(c.n ? c.text[0] : "", "rights of victims and on truth.", "running header, footer and form feed removed");
	CHECK(c.n == 1 && c.start[0] == 1 && c.end[0] == 71, "span covers the removed furniture");

	/* hyphens */
	run(&c, "self-\ndetermination and new technolo-\ngies and medium-\nand long-term and non- aligned and small- and");
	CHECK_STR(c.n ? c.text[0] : "", "self-determination and new technologies and medium- and long-term and non-aligned and small- and", "hyphen rules");

	/* turns, stage directions, notes */
	run(&c, "Long live the United Nations!\nThe Acting President: On behalf of the General\nAssembly, I thank him.\n");
	CHECK_INT(c.n, 2, "a speaker turn starts a paragraph");
	run(&c, "our people.\nMr. Choquehuanca (Bolivia), Vice-\nPresident, took the Chair.\nIn order to address it.\n");
	CHECK_INT(c.n, 3, "a stage direction over two lines is its own paragraph");
	CHECK_STR(c.n > 1 ? c.text[1] : "", "Mr. Choquehuanca (Bolivia), Vice-President, took the Chair.", "stage direction kept as printed");
	run(&c, "As the Secretary-General said,\n(spoke in English)\nNations can no longer protect it.\n");
	CHECK_INT(c.n, 1, "an interpretation note does not split");
	CHECK(c.n == 1 && strstr(c.text[0], "spoke") == NULL, "the note is dropped");

	/* odd input */
	run(&c, "");
	CHECK_INT(c.n, 0, "empty: nothing");
	run(&c, "\n\n\r\n\f\f   \t\n");
	CHECK_INT(c.n, 0, "blank lines only: nothing");
	run(&c, "====\n----\n***\n");
	CHECK_INT(c.n, 0, "separators only: nothing");
	run(&c, "\x01\x02\x03");
	CHECK_INT(c.n, 0, "control characters only: nothing");
	run(&c, "\xFF\xFE\xE2\x80");
	CHECK(c.n == 1 && c.ordered, "invalid UTF-8: a paragraph of U+FFFD, spans fine");
	run(&c, "x");
	CHECK(c.n == 1 && c.start[0] == 1 && c.end[0] == 2, "one character");
	for (int i = 0; i < c.n; i++)
		free(c.text[i]);
	c.n = 0;

	/* scale: a few MB, many short paragraphs with non-ASCII text (the
	 * byte->character mapping must be linear), memory a small multiple */
	{
		const char *piece = "The delegation of C\xC3\xB4te d\xE2\x80\x99Ivoire welcomes the report (A/72/884).\n";
		size_t		plen = strlen(piece),
					n = 6 * 1024 * 1024 / plen,
					blen = n * plen;
		char	   *big = malloc(blen);
		counting	cnt;
		dt_env		env = counting_env(&cnt);

		for (size_t i = 0; i < n; i++)
			memcpy(big + i * plen, piece, plen);
		memset(&c, 0, sizeof(c));
		c.ordered = true;
		c.doc_chars = n * (plen - 3);	/* ô: 2 bytes, ’: 3 bytes */
		dt_paragraphs(&env, big, blen, collect, &c);
		CHECK_INT(c.count, n, "6 MB: one paragraph per line");
		CHECK(c.ordered, "6 MB: spans increasing, within bounds");
		CHECK(c.last_end == c.doc_chars, "6 MB: last span ends at the last character (%zu)", c.last_end);
		CHECK(cnt.peak <= blen / 2 + 65536, "6 MB: working memory %zu at most half the input %zu", cnt.peak, blen);
		CHECK(cnt.interrupt_checks >= blen / 65536, "6 MB: interruptible, %zu interrupt checks", cnt.interrupt_checks);
		CHECK_INT(cnt.live, 0, "everything freed");
		for (int i = 0; i < c.n; i++)
			free(c.text[i]);
		free(big);
	}
	return dt_test_done();
}
