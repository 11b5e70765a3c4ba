/* test_fix_text.c: fix_text() repairs, leaves clean text alone, and stays linear. */
#include <stdlib.h>

#include "counting_env.h"
#include "dt_test.h"
#include "fix_text.h"
#include "hyphen_words.h"
#include "mojibake.h"

static char *
fix(const char *in)
{
	static char buf[4096];
	char	   *out;
	size_t		len;

	if (!dt_fix_text(dt_env_malloc(), in, strlen(in), &out, &len))
		return strcpy(buf, in);
	memcpy(buf, out, len);
	buf[len] = '\0';
	free(out);
	return buf;
}

static bool
unchanged(const char *in)
{
	char	   *out = NULL;
	size_t		len;
	bool		changed = dt_fix_text(dt_env_malloc(), in, strlen(in), &out, &len);

	free(out);
	return !changed;
}

int
main(void)
{
	/* mojibake: cp1252, latin-1, mixed, lossy, C1 */
	CHECK_STR(fix("today\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "today\xE2\x80\x99s", "cp1252 mojibake of U+2019");
	CHECK_STR(fix("today\xC3\xA2\xC2\x80\xC2\x99s"), "today\xE2\x80\x99s", "latin-1 mojibake of U+2019");
	CHECK_STR(fix("C\xC3\x83\xC2\xB4te"), "C\xC3\xB4te", "two-byte mojibake (Côte)");
	CHECK_STR(fix("humanity\xC3\xA2s age-old"), "humanity\xE2\x80\x99s age-old", "lossy apostrophe");
	CHECK_STR(fix("d\xC3\xA2Ivoire"), "d\xE2\x80\x99Ivoire", "lossy d'Ivoire");
	CHECK_STR(fix("don\xC3\xA2\xC2\x80t"), "don\xE2\x80\x99t", "lossy with one C1 left");
	CHECK_STR(fix("good\"\xC2\x9D."), "good\".", "stray undefined C1 dropped");
	CHECK_STR(fix("\xC2\x93x\xC2\x94"), "\xE2\x80\x9Cx\xE2\x80\x9D", "C1 read as cp1252");
	CHECK_STR(fix("\xC3\x83\xC2\xA2\xC3\xA2\xE2\x80\x9A\xC2\xAC\xC3\xA2\xE2\x80\x9E\xC2\xA2"),
			  "\xE2\x80\x99", "double mojibake (two levels) is undone");
	/* French typography: an accented letter before NBSP and a guillemet or a colon */
	CHECK(unchanged("l'humanit\xC3\xA9\xC2\xA0\xC2\xBB."), "é, NBSP, » is not mojibake (U+983B)");
	CHECK(unchanged("la \xC2\xAB\xC2\xA0responsabilit\xC3\xA9\xC2\xA0\xC2\xBB de prot\xC3\xA9ger"),
		  "guillemets with NBSP around an accented word are kept");
	CHECK(unchanged("HUMANIT\xC3\x89\xC2\xA0: CAF\xC3\x89\xE2\x80\x9D"), "É, NBSP and É” are not mojibake");
	CHECK_STR(fix("l'humanit\xC3\xA9\xC2\xA0\xC2\xBB. \xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9"),
			  "l'humanit\xC3\xA9\xC2\xA0\xC2\xBB. \xC3\xA9t\xC3\xA9", "mojibake next to French typography is still repaired");
	CHECK_STR(fix("\xC3\xA2\xE2\x80\x93\xE2\x80\xA6"), "\xE2\x96\x85", "â before punctuation is still read (U+2585)");
	CHECK_STR(fix("\xC3\xB0\xC5\xB8\xC5\x92\xC2\x8D"), "\xF0\x9F\x8C\x8D", "four-byte mojibake");
	CHECK(unchanged("\xC3\xAD\xC2\xA0\xC2\xA9"), "a surrogate (ED A0 A9) is not read");
	/* the cp1252 byte of every code point of the table, and of no other */
	{
		int			bad = 0;

		for (int b = 0x80; b < 0xA0; b++)
			if (dt_cp1252_high[b - 0x80] && dt_cp1252_byte(dt_cp1252_high[b - 0x80]) != b)
				bad++;
		for (int32_t c = 0x100; c < 0x30000; c++)
		{
			int			b = dt_cp1252_byte(c);

			if (b >= 0 && (b < 0x80 || b > 0x9F || dt_cp1252_high[b - 0x80] != c))
				bad++;
		}
		CHECK_INT(bad, 0, "dt_cp1252_byte inverts dt_cp1252_high");
		CHECK_INT(dt_cp1252_byte(0xE9), 0xE9, "latin-1 stands for itself");
		CHECK_INT(dt_cp1252_byte(0x81), 0x81, "a C1 control stands for itself");
		CHECK_INT(dt_cp1252_byte(-1), -1, "an invalid code point stands for no byte");
	}
	CHECK_STR(fix("\xEF\xAC\x81nancial"), "financial", "ligature spelled out");
	CHECK_STR(fix("a\r\nb\rc"), "a\nb\nc", "CRLF and CR become LF");
	CHECK_STR(fix("\xEF\xBB\xBFx\x01y"), "xy", "BOM and C0 control removed");
	CHECK_STR(fix("e\xCC\x81"), "\xC3\xA9", "NFC composes");
	CHECK_STR(fix("a\xE2\x80\x80" "b\xE2\x80\x81" "c"), "a\xE2\x80\x82" "b\xE2\x80\x83" "c",
			  "NFC maps U+2000 and U+2001 to U+2002 and U+2003 with no combining mark in the text");
	CHECK(unchanged("a\xE2\x80\x82" "b\xE2\x80\x83" "c\xE2\x81\xAF"), "U+2002, U+2003 and U+206F are NFC");
	CHECK_STR(fix("\xFF\xFEok"), "\xEF\xBF\xBD\xEF\xBF\xBDok", "invalid UTF-8 becomes U+FFFD");
	CHECK_STR(fix("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD", "truncated sequence at the end");
	/* left alone */
	CHECK(unchanged(""), "empty text needs no repair");
	CHECK(unchanged("plain\ttext\nwith\fform feed"), "ASCII with TAB, LF, FF needs no repair");
	CHECK(unchanged("Kazakhstan\xE2\x80\x99s \xE2\x80\x9C" "blue helmets\xE2\x80\x9D \xE2\x80\x94 ok"),
		  "curly quotes and em dash are kept");
	CHECK(unchanged("ch\xC3\xA2teau p\xC3\xA2t\xC3\xA9 S\xC3\xA3o Tom\xC3\xA9"), "clean accents are kept");
	CHECK(unchanged("\xE2\x80\x9C" "CAF\xC3\x89\xE2\x80\x9D"), "capital accent before a curly quote is kept");
	CHECK(unchanged("\xE6\x97\xA5\xE6\x9C\xAC \xD0\xA0\xD1\x83\xD1\x81 \xCE\x95\xCE\xBB"), "CJK, Cyrillic, Greek kept");

	/* the hyphen lexicon */
	CHECK(dt_word_in(&dt_lexicon, "technologies", 12), "lexicon has technologies");
	CHECK(!dt_word_in(&dt_lexicon, "technolo", 8), "lexicon lacks technolo");
	CHECK(dt_hyphen_is_syllable_split("technolo", 8, "gies", 4), "technolo-gies is a split");
	CHECK(!dt_hyphen_is_syllable_split("member", 6, "ship", 4), "member-ship: two words, kept");
	CHECK(!dt_hyphen_is_syllable_split("peace", 5, "keeping", 7), "peace-keeping kept");
	CHECK(!dt_hyphen_is_syllable_split("self", 4, "determination", 13), "self-determination kept");
	CHECK(!dt_hyphen_is_syllable_split("co", 2, "operation", 9), "co-operation kept (prefix)");
	CHECK(!dt_hyphen_is_syllable_split("Secretary", 9, "General", 7), "Secretary-General kept");
	CHECK(dt_hyphen_is_syllable_split("interna", 7, "tional", 6), "interna-tional is a split");
	CHECK(!dt_hyphen_is_syllable_split("far", 3, "sightedness", 11), "far-sightedness kept (a half is a word)");
	CHECK(!dt_hyphen_is_syllable_split("Viet", 4, "Nam", 3), "Viet-Nam kept (capital)");
	CHECK(!dt_hyphen_is_syllable_split("bio", 3, "diversity", 9), "bio-diversity kept");

	/* a few MB: memory a small multiple of the input, time linear */
	{
		const char *piece = "The delegation of C\xC3\x83\xC2\xB4te d\xC3\xA2Ivoire welcomes today\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s debate.\r\n";
		size_t		plen = strlen(piece),
					n = 4 * 1024 * 1024 / plen,
					len = n * plen;
		char	   *big = malloc(len);
		counting	c;
		dt_env		env = counting_env(&c);
		char	   *out;
		size_t		out_len;
		bool		changed;

		for (size_t i = 0; i < n; i++)
			memcpy(big + i * plen, piece, plen);
		changed = dt_fix_text(&env, big, len, &out, &out_len);
		CHECK(changed, "4 MB of mojibake is repaired");
		CHECK(c.peak <= 3 * len, "peak memory %zu <= 3 x input %zu", c.peak, len);
		CHECK(c.interrupt_checks >= len / 65536, "interruptible: %zu interrupt checks over 4 MB", c.interrupt_checks);
		CHECK(out_len < len && memcmp(out, "The delegation of C\xC3\xB4te d\xE2\x80\x99Ivoire", 30) == 0,
			  "the repaired text starts right");
		counting_free(&c, out);
		CHECK_INT(c.live, 0, "everything freed");
		free(big);
	}
	/* 4 MB of plain ASCII on one line: the fast skip still stops for an
	 * interrupt check at least every 64 KB, and the text needs no repair */
	{
		size_t		len = 4 * 1024 * 1024;
		char	   *big = malloc(len);
		counting	c;
		dt_env		env = counting_env(&c);
		char	   *out = NULL;
		size_t		out_len = 0;

		memset(big, 'a', len);
		CHECK(!dt_fix_text(&env, big, len, &out, &out_len), "4 MB of plain ASCII needs no repair");
		CHECK(c.interrupt_checks >= len / 65536, "plain ASCII: %zu interrupt checks over 4 MB", c.interrupt_checks);
		free(big);
	}
	return dt_test_done();
}
