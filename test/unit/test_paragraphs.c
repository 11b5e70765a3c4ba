/* test_paragraphs.c: paragraphs() on the seed, on each layout, on odd input and at scale. */
#include <stdlib.h>

#include "counting_env.h"
#include "dt_test.h"
#include "paragraphs.h"
#include "pv_lines.h"

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

/* dt_line_number_prefix on a NUL-terminated line */
static size_t
number_prefix(const char *line, int *number, bool *tab)
{
	return dt_line_number_prefix(line, strlen(line), number, tab);
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

	/* blank lines after a line that does not end a sentence (review 4) */
	run(&c, "para\n\npara\n\npara");
	CHECK_INT(c.n, 3, "no line ends a sentence: blank lines are boundaries");
	run(&c, "The General Assembly,\n\nRecalling its resolution 60/1 of 16 September 2005,\n\nReaffirming the purposes and principles of the Charter,\n\n1. Decides to continue the discussion;\n\n2. Requests the Secretary-General to report.");
	CHECK_INT(c.n, 5, "resolution: preamble clauses and operative paragraphs");
	CHECK_STR(c.n == 5 ? c.text[1] : "", "Recalling its resolution 60/1 of 16 September 2005,", "resolution: a preamble clause");
	CHECK_STR(c.n == 5 ? c.text[3] : "", "Decides to continue the discussion;", "resolution: \"1. \" is a paragraph number");
	CHECK(c.n == 5 && c.start[3] == 134 && c.end[3] == 172, "resolution: the number is inside the span");
	run(&c, "The General Assembly,\r\nRecalling its resolution,\r\n\r\nS/RES/1674 and more.");
	CHECK_INT(c.n, 2, "a comma line, a blank line, a capital: 2 paragraphs");
	CHECK_STR(c.n == 2 ? c.text[0] : "", "The General Assembly, Recalling its resolution,", "no blank line: joined");
	run(&c, "We call on all States:\n\n(a) To ratify the Convention;\n\n(b) To report on it.");
	CHECK_INT(c.n, 3, "list items after blank lines");
	/* wrapped text whose blank-line blocks end sentences: a blank line after a
	 * full line is a page break, also before a capital */
	run(&c, "Kazakhstan reaffirms its commitments to the paragraphs\n"
		"one hundred and thirty-eight and one hundred and thirty\n"
		"nine of the outcome adopted at the 2005 World Summit.\n\n"
		"We take note of paragraphs 138 and 139 of the 2005 World\n\n"
		"Summit Outcome document and, as a non-permanent member\n"
		"of the Council, we consider it a moral imperative.\n\n"
		"We support the concept of the responsibility to protect\n"
		"and its three pillars as agreed by the leaders in 2005.\n");
	CHECK_INT(c.n, 3, "page-break blank line before a capital joins where blocks end sentences");
	CHECK(c.n == 3 && strstr(c.text[1], "2005 World Summit Outcome") != NULL, "joined across the page break");
	run(&c, "para one about the Democratic Republic of the\n\nCongo and Angola\n\npara three");
	CHECK_INT(c.n, 2, "a line ending in 'the' runs on across a blank line");
	run(&c, "in Africa, Asia and Latin\n\nGeneral Assembly 22nd meeting\n\nAmerica. We hope so.");
	CHECK_STR(c.n == 1 ? c.text[0] : "", "in Africa, Asia and Latin America. We hope so.", "running header 'General Assembly 22nd meeting' removed");
	/* "N. " numbers need evidence */
	run(&c, "2. We welcome the report.\n3. Never before in history has there been so much.\n4. Even so, we hope.\n");
	CHECK_INT(c.n, 3, "consistent numbering: 3 numbered paragraphs");
	CHECK_STR(c.n == 3 ? c.text[1] : "", "Never before in history has there been so much.", "\"3. \" dropped from the text");
	run(&c, "The number of Member States has risen to\n185. This growth is welcome and we hope for\nmore in the years to come.\n");
	CHECK(c.n == 1 && strstr(c.text[0], "risen to 185. This growth") != NULL, "a number ending a wrapped sentence stays");
	run(&c, "We welcome the report of the Secretary-General.\n45. The Council met twice this year, and again\nlast week in New York.\n");
	CHECK(c.n >= 1 && strstr(c.text[c.n - 1], "45. The Council") != NULL, "no numbering, no blank line: \"45. \" kept as text");

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
	run(&c, "as we thank our people\nMr. Yahya Jammeh, President of the Republic of the Gambia, was\nescorted from the rostrum.\nand in order to address it.\n");
	CHECK_INT(c.n, 3, "a wrapped \"was escorted from the rostrum.\" is its own paragraph");
	CHECK_STR(c.n > 1 ? c.text[1] : "", "Mr. Yahya Jammeh, President of the Republic of the Gambia, was escorted from the rostrum.",
			  "wrapped stage direction kept whole");
	run(&c, "As the Secretary-General said,\n(spoke in English)\nNations can no longer protect it.\n");
	CHECK_INT(c.n, 1, "an interpretation note does not split");
	CHECK(c.n == 1 && strstr(c.text[0], "spoke") == NULL, "the note is dropped");

	/* the paragraph number at the start of a line: bytes, value, tab */
	{
		int			v;
		bool		tab;

		CHECK(number_prefix("46.\tText", &v, &tab) == 4 && v == 46 && tab, "\"46.\\t\": 4 bytes, 46, tab");
		CHECK(number_prefix("3.  Never", &v, &tab) == 4 && v == 3 && !tab, "\"3.  \" before a capital: 4 bytes, 3");
		CHECK(number_prefix("7. \"We", &v, &tab) == 3 && v == 7, "\"7. \" before a quote");
		CHECK(number_prefix("185. this", &v, &tab) == 0, "\"185. \" before a small letter: none");
		CHECK(number_prefix("12.\tlower", &v, &tab) == 4 && v == 12, "\"12.\\t\" before a small letter still counts");
		CHECK(number_prefix("46.\t", &v, &tab) == 0, "a number with no text after it: none");
		CHECK(number_prefix("1234. Text", &v, &tab) == 0, "four digits: none");
		CHECK(number_prefix("46.Text", &v, &tab) == 0, "no blank after the period: none");
	}

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
	run(&c, "a\xE2\x80\x80" "b");
	CHECK_STR(c.n ? c.text[0] : "", "a\xE2\x80\x82" "b", "paragraphs: U+2000 comes out as U+2002 (NFC, through fix_text)");
	for (int i = 0; i < c.n; i++)
		free(c.text[i]);
	c.n = 0;

	/* one 4 MB line (review 6): interrupt checks inside the line, every 64 KB
	 * of each pass over it (line scan, copy, character count) */
	{
		size_t		blen = 4 * 1024 * 1024;
		char	   *big = malloc(blen);
		counting	cnt;
		dt_env		env = counting_env(&cnt);

		for (size_t i = 0; i < blen; i++)
			big[i] = (i % 7 == 6) ? ' ' : 'a';
		memset(&c, 0, sizeof(c));
		c.ordered = true;
		dt_paragraphs(&env, big, blen, collect, &c);
		CHECK_INT(c.count, 1, "4 MB line: one paragraph");
		CHECK(cnt.interrupt_checks >= 3 * (blen / 65536), "4 MB line: %zu interrupt checks (>= 3 per 64 KB)", cnt.interrupt_checks);
		for (int i = 0; i < c.n; i++)
			free(c.text[i]);
		for (size_t i = 0; i < blen; i++)
			big[i] = (i % 7 == 6) ? ' ' : (i % 7 == 5 ? '-' : 'a');
		memset(&c, 0, sizeof(c));
		c.ordered = true;
		env = counting_env(&cnt);
		dt_paragraphs(&env, big, blen, collect, &c);
		CHECK(cnt.interrupt_checks >= 3 * (blen / 65536), "4 MB line of 'word- word': %zu interrupt checks", cnt.interrupt_checks);
		CHECK_INT(cnt.live, 0, "everything freed");
		for (int i = 0; i < c.n; i++)
			free(c.text[i]);
		c.n = 0;
		free(big);
	}

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
