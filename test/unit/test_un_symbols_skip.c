/*
 * test_un_symbols_skip.c: the vectorised word filter of the UN-symbol scanner
 * (src/core/un_symbols_skip.h) changes nothing but speed.
 *
 *  - its byte partition agrees with the generated tables for every ASCII byte,
 *    and the SSE2 classification agrees with the scalar statement of it for
 *    every byte value at every position of a 16-byte load;
 *  - the scanner reports the same references, spans and all, with the filter
 *    on and off (dt_un_symbols_no_skip), on the seed statement and on texts
 *    built from cue words, symbols, white space, punctuation, non-ASCII
 *    letters and random bytes, short ones and ones that cross the scanner's
 *    64 kB interrupt-check chunks.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "dt_test.h"
#include "text_gen.h"
#include "un_symbols.h"
#include "un_symbols_skip.h"


static void
record(void *arg, const dt_symref *r)
{
	sink	   *k = arg;
	char		canon[DT_UNSYM_CANON_CAP];
	char		line[DT_UNSYM_CANON_CAP + 128];
	int			len;

	dt_unsym_canonical(r->sym, canon, sizeof(canon));
	len = snprintf(line, sizeof(line), "%s %d %zu %zu %lld %lld %s\n", canon, (int) r->is_named,
				   r->start_byte, r->end_byte, (long long) r->start_char, (long long) r->end_char,
				   r->text);
	put(k, line, (size_t) len);
	k->n++;
}

/* The references of text, with the filter on (skip) or off, as lines. */
static sink
refs(const char *text, size_t len, bool skip)
{
	sink		k = {0};

	dt_un_symbols_no_skip = !skip;
	dt_un_symbols_scan(dt_env_malloc(), text, len, record, &k);
	dt_un_symbols_no_skip = false;
	put(&k, "", 0);
	return k;
}

static int	n_same = 0,
			n_diff = 0;
static long n_refs = 0;

static void
compare(const char *what, const char *text, size_t len)
{
	sink		a = refs(text, len, true);
	sink		b = refs(text, len, false);

	if (strcmp(a.s, b.s) == 0)
		n_same++;
	else
	{
		n_diff++;
		if (n_diff <= 3)
			printf("# %s differs (%zu bytes):\n# with the filter:\n%s# byte by byte:\n%s", what, len,
				   a.s, b.s);
	}
	n_refs += b.n;
	free(a.s);
	free(b.s);
}


static const char *const tokens[] = {
	"resolution", "resolutions", "Resolution", "its resolution", "General Assembly",
	"Security Council", "the Council", "Human Rights Council", "Economic and Social Council",
	"1674 (2006)", "1325", "(2000)", "60/1", "217 A (III)", "2254 (2015)", "1160 (1998), 1199 (1998) and 1203 (1998)",
	"la résolution", "la resolución", "résolution", "Conseil de sécurité", "号决议", "第2334(2016)号决议",
	"A/72/884", "(S/2000/728)", "S/2000/40/Add.39, 44 and 46", "Add.14-16", "S/9427 and Corr.1",
	"A/72/884–S/2018/525", "undocs.org/en/S/RES/2314(2016)", "A_RES_31_59-EN", "E/CN.4/1998/53/Add.2",
	"SC/13477", "GA/12677", "and/or", "A/B testing", "12/31/2019", "3/4", "CCPR/C/GC/36",
	"general comment No. 36", "General Recommendation No. 30", "Human Rights Committee",
	"the 2005 World Summit Outcome", "2030 Agenda for Sustainable Development", "Agenda 2030",
	"Universal Declaration of Human Rights", "decision 12/118", "HRC", "Sixty-eighth Session, Supplement No. 53",
	"draft", "UNSCR 2118", "SCR", "in", "the", "of", "and", "international", "community", "peace",
	"our", "United Nations", "development", "Mr. President", "we", "country", "S-26/2.", "61/244.",
	"STILIB/", "NlNF/", "A161162", "Vols. I-III", "*", "-", ",", ".", ";", ":", "'", "\"", "(", ")",
	"«", "»", "“", "”", "—", "–", "é", "ñ", "ü", "Ж", "中国", "\xC2\xA0", "\t", "\r\n", "\n", " ", "  ",
	"/", "_", "//", "__", "0", "19", "2017", "XXV", "Corr.1", "Rev.2", "Add.1",
};

#define NTOK (sizeof(tokens) / sizeof(tokens[0]))


/* Random bytes: an alphabet rich in what the fast path decides on. */
static const char alphabet[] = "aeinorstRSACGH0123456789 /_.,-:'+()\n\t\xC3\xA9\xE2\x80\x93\xC2\xA0\xE5\x8F\xB7";

int
main(void)
{
	int			b,
				bad = 0;

	/* the partition against the generated tables */
	for (b = 0; b < 0x80; b++)
	{
		int			c = dt_symnames_class[b];
		int			k = symskip_ascii_kind((unsigned char) b);
		bool		ok = k == SYMSKIP_PLAIN ? (c > 2 && dt_symnames_root_skip[b]) :
			k == SYMSKIP_SPACE ? c == 2 : c < 2;

		if (!ok)
		{
			bad++;
			printf("# byte 0x%02x: filter kind %d, class %d, root_skip %d\n", b, k, c,
				   dt_symnames_root_skip[b]);
		}
	}
	CHECK(bad == 0, "the filter's partition of ASCII agrees with dt_symnames_class and dt_symnames_root_skip");
	{
		bool		ws_state_is_one = (dt_symnames_delta[2] & ~DT_SYMNAMES_HAS_OUT) != 0;

		CHECK(ws_state_is_one, "the word-start state is not the root");
	}

#ifdef __SSE2__
	bad = 0;
	for (b = 0; b < 256; b++)
	{
		int			pos;

		for (pos = 0; pos < 16; pos++)
		{
			unsigned char buf[16];
			uint32_t	pl,
						sp,
						tr,
						hi;
			int			want = b >= 0x80 ? -1 : symskip_ascii_kind((unsigned char) b);
			uint32_t	bit = 1u << pos;

			memset(buf, 'x', sizeof(buf));
			buf[pos] = (unsigned char) b;
			symskip_classify16(buf, &pl, &sp, &tr, &hi);
			if (((pl & bit) != 0) != (want == SYMSKIP_PLAIN) ||
				((sp & bit) != 0) != (want == SYMSKIP_SPACE) ||
				((tr & bit) != 0) != (want == SYMSKIP_TRIGGER) ||
				((hi & bit) != 0) != (want == -1) ||
				(pl | sp | tr | hi) != 0xFFFF)
				bad++;
		}
	}
	CHECK(bad == 0, "SSE2 classification agrees with the scalar partition for all 256 bytes at all 16 positions");
#else
	CHECK(1, "no SSE2: the scanner goes byte by byte (nothing to compare)");
#endif

	/* same references with the filter on and off */
	n_same = n_diff = 0;
	n_refs = 0;
	CHECK(compare_seed(compare), "seed statement opens");
	CHECK(n_diff == 0 && n_refs > 0, "seed statement (and 79 suffixes): same %ld references with and without the filter", n_refs);

	n_same = n_diff = 0;
	n_refs = 0;
	compare_token_texts(compare, tokens, NTOK, 300, 0, 400);
	compare_token_texts(compare, tokens, NTOK, 100, 0, 4000);
	CHECK(n_diff == 0 && n_refs > 1000, "400 texts of cue words and symbols: the same (%ld references)", n_refs);

	n_same = n_diff = 0;
	n_refs = 0;
	compare_token_texts(compare, tokens, NTOK, 3, 200000, 1000);
	CHECK(n_diff == 0 && n_refs > 5000, "3 texts of 200 kB (64 kB chunks crossed): the same (%ld references)", n_refs);

	n_same = n_diff = 0;
	n_refs = 0;
	compare_byte_texts(compare, alphabet, 250, 0, 300);
	compare_byte_texts(compare, alphabet, 50, 0, 70000);
	CHECK(n_diff == 0, "300 texts of random bytes: the same (%ld references)", n_refs);

	return dt_test_done();
}
