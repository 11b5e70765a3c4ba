/*
 * test_unsymbol.c: the unsymbol core: spellings to canonical form, structure
 * errors (component and position), order, SC resolution years, accessors,
 * key round trip.
 */
#include <stdlib.h>

#include "dt_test.h"
#include "unsymbol.h"
#include "unsymbol_internal.h"

static char canon_buf[DT_UNSYM_CANON_CAP];

/* Canonical form of s, or "ERROR" */
static const char *
canon(const char *s)
{
	dt_unsym	u;

	if (!dt_unsym_parse(s, strlen(s), &u, NULL))
		return "ERROR";
	dt_unsym_canonical(&u, canon_buf, sizeof(canon_buf));
	return canon_buf;
}

static dt_unsym *
parse(const char *s)
{
	dt_unsym   *u = malloc(sizeof(dt_unsym));

	if (!dt_unsym_parse(s, strlen(s), u, NULL))
	{
		free(u);
		return NULL;
	}
	return u;
}

static int
cmp(const char *a, const char *b)
{
	dt_unsym   *x = parse(a),
			   *y = parse(b);
	int			r = (x && y) ? dt_unsym_cmp(x, y) : 99;

	free(x);
	free(y);
	return r;
}

static void
check_error(const char *s, const char *component, int position)
{
	dt_unsym	u;
	dt_unsym_error e = {0};
	bool		ok = dt_unsym_parse(s, strlen(s), &u, &e);

	CHECK(!ok, "\"%s\" is rejected", s);
	if (!ok)
	{
		CHECK_STR(e.component, component, "\"%s\": component (%s)", s, e.message);
		CHECK_INT(e.position, position, "\"%s\": position", s);
	}
}

static void
check_canon(const char *in, const char *want)
{
	CHECK_STR(canon(in), want, "\"%s\" -> \"%s\"", in, want);
	/* the canonical form reads back as itself */
	if (strcmp(want, "ERROR") != 0)
	{
		char		again[DT_UNSYM_CANON_CAP];

		snprintf(again, sizeof(again), "%s", canon(want));
		CHECK_STR(again, want, "\"%s\" is a fixed point", want);
	}
}

int
main(void)
{
	/* canonical form: the rules of un-symbols.md */
	check_canon("a/res/60/1", "A/RES/60/1");
	check_canon("S/RES /1019(1995)", "S/RES/1019 (1995)");
	check_canon("CCPR /C/GC/36", "CCPR/C/GC/36");
	check_canon("CCPR/C/GC/R. 36", "CCPR/C/GC/R.36");
	check_canon("S/RES/1674(2006)", "S/RES/1674 (2006)");
	check_canon("S/RES/1674", "S/RES/1674 (2006)");
	check_canon("S/RES/1674 (2006)", "S/RES/1674 (2006)");
	check_canon("S/RES/1732", "S/RES/1732 (2006)");
	check_canon("A/RES/217A (III)", "A/RES/217 A (III)");
	check_canon("A/RES/217 A(III)", "A/RES/217 A (III)");
	check_canon("A/RES/49/222A", "A/RES/49/222 A");
	check_canon("A/C.3/72/L.1/REV.1", "A/C.3/72/L.1/Rev.1");
	check_canon("e/cn.4/SUB.2/ac.2/1987/wp.4/add.1", "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1");
	check_canon("ST/AI/2001/5*", "ST/AI/2001/5");
	check_canon("A/65/L.78*", "A/65/L.78");
	check_canon("A/CONF.151/26 (Vol.I)", "A/CONF.151/26 (Vol. I)");
	check_canon("A/CONF.151/26 (Vol I)", "A/CONF.151/26 (Vol. I)");
	check_canon("A/CONF.151/26 (vol. 4)", "A/CONF.151/26 (Vol. IV)");
	check_canon("ST/LIB/SER.B/A.70 (Part I)", "ST/LIB/SER.B/A.70 (Part I)");
	check_canon("TD/B/EX(41)/3 (Vol. I)", "TD/B/EX(41)/3 (Vol. I)");
	check_canon("S/PV.5319 (Resumption 1)", "S/PV.5319 (Resumption 1)");
	check_canon("S/PV.785(closed)", "S/PV.785 (closed)");
	check_canon("A/RES/3201 (S-VI)", "A/RES/3201 (S-VI)");
	check_canon("A/RES/2252 (es-v)", "A/RES/2252 (ES-V)");
	check_canon("E/RES/1296 (XLIV)", "E/RES/1296 (XLIV)");
	check_canon("A/RES/ES\xe2\x80\x91" "11/1", "A/RES/ES-11/1");	/* non-breaking hyphen */
	check_canon("A/RES/32/40\xc2\xa0" "B", "A/RES/32/40 B");	/* NBSP */
	check_canon("A/HRC/S-17/2", "A/HRC/S-17/2");
	check_canon("  A/72/884/Add.1/Corr.1  ", "A/72/884/Add.1/Corr.1");
	check_canon("ST/AI/189/Add.9/Rev.2/Add.2", "ST/AI/189/Add.9/Rev.2/Add.2");
	check_canon("HRI/GEN/1/Rev.9 (Vol. I)", "HRI/GEN/1/Rev.9 (Vol. I)");
	check_canon("HR/PUB/06/10", "HR/PUB/06/10");
	check_canon("A/59/2005/Add.1", "A/59/2005/Add.1");
	check_canon("UNEP/GC.23/11", "UNEP/GC.23/11");
	check_canon("FCCC\t/CP/2015/L.9", "FCCC/CP/2015/L.9");
	check_canon("S/RES/2812 (2026)", "S/RES/2812 (2026)");
	check_canon("S/RES/2812", "S/RES/2812");
	check_canon("A/520/Rev.17", "A/520/Rev.17");
	check_canon("E/ICEF/2018/7 (Part II)", "E/ICEF/2018/7 (Part II)");

	/* structure errors: component and 1-based character position */
	check_error("", "symbol", 1);
	check_error("S/RES/1674 (2007)", "year", 12);
	check_error("S/RES/2812 (2025)", "year", 12);
	{
		int			last = dt_sc_resolution_table_last_number(),
					ly = dt_sc_resolution_table_last_year();

		/* one rule for the parser and the named-reference scanner */
		CHECK(dt_sc_resolution_year_ok(1674, 2006), "1674 in 2006");
		CHECK(!dt_sc_resolution_year_ok(1674, 2007), "1674 not in 2007");
		CHECK(dt_sc_resolution_year_ok(last, ly), "the table's last number in its year");
		CHECK(!dt_sc_resolution_year_ok(last + 1, ly), "past the table: not the table's last year");
		CHECK(dt_sc_resolution_year_ok(last + 1, ly + 1), "past the table: a later year");
		CHECK(!dt_sc_resolution_year_ok(last + 1, ly - 1), "past the table: not an earlier year");
	}
	check_error("A/RES/64/293.", "component", 13);
	check_error("A/72/884/Rev1", "modifier", 13);
	check_error("A/72/884/Add.", "modifier", 14);
	check_error("A/72/884/Add.1/12", "modifier", 16);
	check_error("22/4/2005", "organ", 1);
	check_error("and/or", "number", 5);
	check_error("E/CN.4/", "component", 8);
	check_error("A//1", "component", 3);
	check_error("A/RES/3411 AB", "part letter", 12);
	check_error("A/RES/60 A/1", "part letter", 7);
	check_error("A/CONF.151/26 (Vols. I-III)", "parenthetical", 16);
	check_error("A/72/884 (2017)", "year", 10);
	check_error("A/72/884 (III)", "session", 10);
	check_error("A/72/884 (Vol. I", "parenthetical", 10);
	check_error("A/72/884 (IIII)", "parenthetical", 11);
	check_error("A/72/884 (foo)", "parenthetical", 11);
	check_error("S/51(Vol.8292)", "parenthetical", 10);
	check_error("S/RES/1674 (Vol. I)", "parenthetical", 12);
	/* parentheticals as the parser reads them: no year 0000, one of a kind */
	check_error("S/RES/1674 (0000)", "parenthetical", 12);
	check_error("A/72/884 (0000)", "parenthetical", 10);
	check_error("A/72/884 (Vol. I) (Vol. II)", "parenthetical", 19);
	check_error("A/72/884 (Vol. I) (Part I) (Vol. II)", "parenthetical", 28);
	check_error("S/RES/01674", "number", 7);
	check_error("G-77/1", "session", 2);
	check_error("A/72/884 \xc3\xa9", "symbol", 10);
	check_error("A/72/\xff", "symbol", 6);
	/* not valid UTF-8: overlong (a no-break space in three bytes), surrogate,
	 * above U+10FFFF, truncated; never read as the character they would be */
	check_error("A/72/\xe0\x82\xa0" "884", "symbol", 6);
	check_error("A/72/\xc0\xa0" "884", "symbol", 6);
	check_error("A/72/\xed\xa0\x80" "884", "symbol", 6);
	check_error("A/72/\xf5\x80\x80\x80" "884", "symbol", 6);
	check_error("A/72/\xf4\x90\x80\x80" "884", "symbol", 6);
	check_error("A/72/884\xe2\x80", "symbol", 9);
	check_error("A/RES/ES\xe2\x80\x91" "11/\xe0\x82\xa0" "1", "symbol", 13);
	{
		dt_unsym	u;
		dt_unsym_error e = {0};

		CHECK(!dt_unsym_parse("A/72/\xe0\x82\xa0" "884", 11, &u, &e), "overlong NBSP rejected");
		CHECK_STR(e.message, "invalid UTF-8", "overlong NBSP: message");
	}
	check_error("A/1234567890", "number", 3);
	check_error("A/X.SUMMARY/1", "component", 5);	/* the parser, not dt_unsym_finish, says so */
	check_error("A/X.summary/1", "component", 5);
	check_error("A/72/884 and", "part letter", 10);
	check_error("[TD]/UNCTAD/1", "component", 1);
	check_error("A/session/53", "component", 3);
	check_error("a res/60/1", "component", 3);
	check_error("A/72/88 4", "number", 9);

	/* a symbol that ends in a subsidiary body names a series (§1, §3) */
	check_error("E/CN.4", "body", 3);
	check_error("A/C.3", "body", 3);
	check_error("A/AC.105", "body", 3);
	check_error("A/CONF.151", "body", 3);
	check_error("E/CN.4/Sub.2", "body", 8);
	check_error("E/CN.4/Sub.2/AC.2", "body", 14);
	check_error("UNEP/GC.23", "body", 6);
	check_error("UNEP/EA.4", "body", 6);
	check_error("X/PC.1", "body", 3);
	check_error("X/PCN.1", "body", 3);
	check_error("X/SC.1", "body", 3);
	check_error("X/WG.6", "body", 3);
	check_error("T/PET.2", "body", 3);
	check_error("A/C.3/Add.1", "body", 3);
	check_error("A/C.3/Add.1/Corr.2", "body", 3);
	check_error("A/CONF.151 (Vol. I)", "body", 3);
	check_error("A/ C.3*", "body", 4);
	check_error("e/cn.4", "body", 3);
	{
		dt_unsym	u;
		dt_unsym_error e = {0};

		CHECK(!dt_unsym_parse("E/CN.4", 6, &u, &e), "E/CN.4 rejected");
		CHECK_INT(e.comp_index, 2, "E/CN.4: component 2");
		CHECK(strstr(e.message, "\"CN.4\"") != NULL, "the message names CN.4 (%s)", e.message);
		CHECK(strstr(e.message, "names a series, not a document") != NULL, "the message says series (%s)", e.message);
	}
	/* ... and the documents of those series read */
	check_canon("E/CN.4/2005/L.11/Add.7", "E/CN.4/2005/L.11/Add.7");
	check_canon("A/AC.105/C.1/L.300", "A/AC.105/C.1/L.300");
	check_canon("UNEP/EA.4/Res.1", "UNEP/EA.4/RES.1");
	check_canon("T/PET.2/123", "T/PET.2/123");
	check_canon("A/C.3/CRP.1", "A/C.3/CRP.1");
	check_canon("E/C.12/GC/24", "E/C.12/GC/24");
	/* a stored key is checked as strictly: E/CN.4 or S/NUM/18 as a key is refused */
	{
		dt_unsym   *u = parse("E/CN.4/5"),
					v;

		CHECK(u != NULL, "E/CN.4/5 parses");
		if (u)
		{
			u->ncomps = u->nbase = 2;
			CHECK(dt_unsym_encode(u), "E/CN.4 encodes");
			CHECK(!dt_unsym_from_key(u->key, u->keylen, 0, &v), "a key of E/CN.4 is refused");
			free(u);
		}
		u = parse("S/NUMB/18");
		CHECK(u != NULL, "S/NUMB/18 parses");
		if (u)
		{
			u->comps[1].word[3] = '\0';	/* S/NUM/18 */
			CHECK(dt_unsym_encode(u), "S/NUM/18 encodes");
			CHECK(!dt_unsym_from_key(u->key, u->keylen, 0, &v), "a key of S/NUM/18 is refused");
			free(u);
		}
		/* ... and so are its parentheticals: a volume 0, a kind twice */
		u = parse("A/72/884 (Vol. I) (Part II)");
		CHECK(u != NULL, "A/72/884 (Vol. I) (Part II) parses");
		if (u)
		{
			u->parens[0].num = 0;
			CHECK(dt_unsym_encode(u), "A/72/884 (Vol. 0) (Part II) encodes");
			CHECK(!dt_unsym_from_key(u->key, u->keylen, 0, &v), "a key with volume 0 is refused");
			u->parens[0].num = 1;
			u->parens[1].kind = DT_PAREN_VOL;
			CHECK(dt_unsym_encode(u), "A/72/884 (Vol. I) (Vol. II) encodes");
			CHECK(!dt_unsym_from_key(u->key, u->keylen, 0, &v), "a key with two volumes is refused");
			free(u);
		}
	}

	/* templates: placeholder words are not series codes */
	check_error("A/Session/53", "component", 3);
	check_error("S/PRST/year/1", "component", 8);
	check_error("S/PRST/Year/1", "component", 8);
	check_error("s/prst/year/1", "component", 8);
	check_error("A/year/5", "component", 3);
	check_error("A/n", "component", 3);
	check_error("UNEP/EA.n/5", "component", 9);
	check_error("A/50/60/para.26", "component", 9);
	check_error("ST/sgb/2003/13", "component", 4);
	check_error("A/sess/53", "component", 3);
	{
		dt_unsym	u;
		dt_unsym_error e = {0};

		CHECK(!dt_unsym_parse("S/PRST/year/1", 13, &u, &e), "S/PRST/year/1 rejected");
		CHECK(strstr(e.message, "\"year\" is a placeholder") != NULL, "the message quotes year as written (%s)", e.message);
	}
	/* ... keywords in any case, and symbols all in small letters, read */
	check_canon("A/res/60/1", "A/RES/60/1");
	check_canon("S/Res/1325", "S/RES/1325 (2000)");
	check_canon("A/Conf.151/26", "A/CONF.151/26");
	check_canon("E/cn.4/2005/L.11/add.7", "E/CN.4/2005/L.11/Add.7");
	check_canon("E/CN.4/sub.2/AC.2/1987/wp.4", "E/CN.4/Sub.2/AC.2/1987/WP.4");
	check_canon("A/Res/ES-10/1", "A/RES/ES-10/1");
	check_canon("TD/B/Ex(41)/3", "TD/B/EX(41)/3");
	check_canon("st/sgb/2003/13", "ST/SGB/2003/13");
	check_canon("hri/gen/1/rev.9 (vol. i)", "HRI/GEN/1/Rev.9 (Vol. I)");
	check_canon("Ccpr/C/GC/36", "CCPR/C/GC/36");

	/* the errors never over-read: a buffer that is not NUL-terminated */
	{
		char		raw[8] = {'A', '/', '7', '2', '/', '8', '8', '4'};
		dt_unsym	u;

		CHECK(dt_unsym_parse(raw, 8, &u, NULL), "length-delimited input");
		CHECK(dt_unsym_parse(raw, 4, &u, NULL), "a prefix: A/72");
	}

	/* order: component by component, numbers as numbers */
	CHECK(cmp("A/72/9", "A/72/10") < 0, "A/72/9 < A/72/10");
	CHECK(cmp("A/72/10", "A/72/884") < 0, "A/72/10 < A/72/884");
	CHECK(cmp("A/72/884", "A/72/884/Add.1") < 0, "A/72/884 < A/72/884/Add.1");
	CHECK(cmp("A/72/884/Add.1", "A/72/884/Add.2") < 0, "Add.1 < Add.2");
	CHECK(cmp("A/72/884/Add.2", "A/72/884/Add.10") < 0, "Add.2 < Add.10");
	CHECK(cmp("A/72/884/Add.1", "A/72/884/Corr.1") < 0, "Add. < Corr.");
	CHECK(cmp("A/72/884/Corr.1", "A/72/884/Rev.1") < 0, "Corr. < Rev.");
	CHECK(cmp("A/RES/60/1", "A/RES/ES-10/1") < 0, "regular sessions before emergency special sessions");
	CHECK(cmp("A/RES/ES-10/1", "A/RES/S-26/2") < 0, "emergency special before special sessions");
	CHECK(cmp("A/RES/S-9/1", "A/RES/S-26/2") < 0, "S-9 < S-26");
	CHECK(cmp("A/RES/217 (III)", "A/RES/217 A (III)") < 0, "no part letter before A");
	CHECK(cmp("A/RES/217 A (III)", "A/RES/217 B (III)") < 0, "part A before B");
	CHECK(cmp("A/RES/217 B (III)", "A/RES/218 (III)") < 0, "217 B < 218");
	CHECK(cmp("A/RES/3201 (IX)", "A/RES/3201 (X)") < 0, "Roman numerals as numbers: IX < X");
	CHECK(cmp("A/RES/3201 (XXX)", "A/RES/3201 (S-VI)") < 0, "regular before special session in parentheses");
	CHECK(cmp("A/72/884", "A/72/884 (Vol. I)") < 0, "symbol before its volumes");
	CHECK(cmp("A/72/884 (Vol. II)", "A/72/884/Add.1") < 0, "volumes before addenda");
	CHECK(cmp("A/C.3/72/L.1", "A/C.5/72/L.1") < 0, "C.3 < C.5");
	CHECK(cmp("A/C.3/72/L.1", "A/CN.4/317") < 0, "C.3 < CN.4");
	CHECK(cmp("A/72/1", "A/C.3/72/L.1") < 0, "number before letters in a component");
	CHECK(cmp("S/RES/999", "S/RES/1000") < 0, "S/RES/999 < S/RES/1000");
	CHECK(cmp("HR/PUB/6/10", "HR/PUB/06/10") < 0, "6 before 06 (leading zeros kept)");
	CHECK_INT(cmp("S/RES/1674", "S/RES/1674 (2006)"), 0, "S/RES/1674 = S/RES/1674 (2006)");
	CHECK_INT(cmp("S/RES/2812", "S/RES/2812 (2026)"), 0, "beyond the table: the year is no part of identity");
	CHECK_INT(cmp("a/res/60/1", "A/RES/60/1"), 0, "case does not matter");

	/* SC resolution years from the table */
	CHECK_INT(dt_sc_resolution_year(1), 1946, "resolution 1: 1946");
	CHECK_INT(dt_sc_resolution_year(15), 1946, "resolution 15: 1946");
	CHECK_INT(dt_sc_resolution_year(16), 1947, "resolution 16: 1947");
	CHECK_INT(dt_sc_resolution_year(1674), 2006, "resolution 1674: 2006");
	CHECK_INT(dt_sc_resolution_year(2150), 2014, "resolution 2150: 2014");
	CHECK_INT(dt_sc_resolution_year(2254), 2015, "resolution 2254: 2015");
	CHECK_INT(dt_sc_resolution_year(2811), 2025, "resolution 2811: 2025");
	CHECK_INT(dt_sc_resolution_year(2812), 0, "resolution 2812: beyond the table");
	CHECK_INT(dt_sc_resolution_year(0), 0, "resolution 0: none");
	CHECK_INT(dt_sc_resolution_year(-5), 0, "negative: none");
	CHECK_INT(dt_sc_resolution_table_last_year(), 2025, "table ends in 2025");
	CHECK_INT(dt_sc_resolution_table_last_number(), 2811, "table ends with 2811");
	/* every number of the table round-trips through the parser with its year */
	{
		int			bad = 0;

		for (int n = 1; n <= 2811; n++)
		{
			char		in[32],
						want[32];

			snprintf(in, sizeof(in), "S/RES/%d", n);
			snprintf(want, sizeof(want), "S/RES/%d (%d)", n, dt_sc_resolution_year(n));
			if (strcmp(canon(in), want) != 0)
				bad++;
		}
		CHECK_INT(bad, 0, "S/RES/1 .. S/RES/2811 print with their year");
	}

	/* accessors */
	{
		dt_unsym   *u = parse("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1");
		char		buf[64];

		CHECK(u != NULL, "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1 parses");
		if (u)
		{
			CHECK_STR(dt_unsym_organ(u), "E", "organ E");
			CHECK_INT(dt_unsym_bodies_end(u), 4, "bodies CN.4, Sub.2, AC.2");
			dt_unsym_comp_text(u, 2, buf, sizeof(buf));
			CHECK_STR(buf, "Sub.2", "body 2 is Sub.2");
			CHECK_INT(dt_unsym_year(u), 1987, "year 1987");
			CHECK_INT(dt_unsym_number(u), 4, "number 4 (WP.4)");
			CHECK_STR(dt_unsym_kind_name(dt_unsym_get_kind(u)), "working paper", "kind");
			CHECK_INT(u->ncomps - u->nbase, 1, "one modifier");
			free(u);
		}
		u = parse("A/RES/217 A (III)");
		if (u)
		{
			dt_unsym_session(u, buf, sizeof(buf));
			CHECK_STR(buf, "III", "session III");
			CHECK_INT(dt_unsym_number(u), 217, "number 217");
			CHECK_INT(dt_unsym_year(u), 0, "no year");
			free(u);
		}
		u = parse("A/RES/ES-10/1");
		if (u)
		{
			dt_unsym_session(u, buf, sizeof(buf));
			CHECK_STR(buf, "ES-10", "session ES-10");
			free(u);
		}
		u = parse("S/PRST/2015/19");
		if (u)
		{
			CHECK_STR(dt_unsym_kind_name(dt_unsym_get_kind(u)), "presidential statement", "PRST kind");
			CHECK_INT(dt_unsym_year(u), 2015, "PRST year");
			CHECK_INT(dt_unsym_session(u, buf, sizeof(buf)), 0, "PRST has no session");
			free(u);
		}
		u = parse("A/72/PV.5");
		if (u)
		{
			CHECK_STR(dt_unsym_kind_name(dt_unsym_get_kind(u)), "verbatim record", "PV kind");
			dt_unsym_session(u, buf, sizeof(buf));
			CHECK_STR(buf, "72", "PV session 72");
			free(u);
		}
		u = parse("A/59/2005");
		if (u)
		{
			dt_unsym_session(u, buf, sizeof(buf));
			CHECK_STR(buf, "59", "A/59/2005: session 59, not a year");
			CHECK_INT(dt_unsym_year(u), 0, "A/59/2005 has no year");
			CHECK_INT(dt_unsym_number(u), 2005, "A/59/2005: number 2005");
			free(u);
		}
		CHECK(dt_unsym_is_known_organ("CCPR"), "CCPR is a known series");
		CHECK(!dt_unsym_is_known_organ("SC"), "SC (press releases) is not");
		/* the scanner's organs are these: ECE, ICCD and SPT among them */
		CHECK(dt_unsym_is_known_organ("ECE") && dt_unsym_is_known_organ("ICCD") &&
			  dt_unsym_is_known_organ("SPT"), "ECE, ICCD, SPT are known series");
		CHECK(!dt_unsym_is_known_organ("GA") && !dt_unsym_is_known_organ("ECOSOC") &&
			  !dt_unsym_is_known_organ("a"), "GA, ECOSOC (press releases) and a small letter are not");
		{
			dt_unsym   *p = parse("SG/SM/9808");

			CHECK(p && dt_unsym_get_kind(p) == DT_KIND_PRESS_RELEASE, "SG/SM/9808 is a press release");
			free(p);
			p = parse("HR/PUB/06/10");
			CHECK(p && dt_unsym_get_kind(p) == DT_KIND_DOCUMENT, "HR/PUB/06/10 is a document");
			free(p);
		}
	}

	/* base and containment */
	{
		dt_unsym   *a = parse("A/72/884"),
				   *b = parse("A/72/884/Add.1/Corr.1"),
				   *c = parse("A/72/885/Add.1");
		dt_unsym	base;
		char		buf[64];

		if (a && b && c)
		{
			CHECK(dt_unsym_contains(a, b), "A/72/884 @> A/72/884/Add.1/Corr.1");
			CHECK(!dt_unsym_contains(b, a), "not the other way");
			CHECK(!dt_unsym_contains(a, c), "A/72/884 does not contain A/72/885/Add.1");
			CHECK(dt_unsym_contains(a, a), "a symbol contains itself");
			dt_unsym_base(b, &base);
			dt_unsym_canonical(&base, buf, sizeof(buf));
			CHECK_STR(buf, "A/72/884", "base of A/72/884/Add.1/Corr.1");
			CHECK_INT(dt_unsym_cmp(&base, a), 0, "base equals A/72/884");
		}
		free(a);
		free(b);
		free(c);
	}

	/* key round trip and URL path */
	{
		static const char *const syms[] = {
			"S/RES/1674 (2006)", "S/RES/2812 (2026)", "A/RES/217 A (III)", "TD/B/EX(41)/3 (Vol. I)",
			"E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", "HR/PUB/06/10", "S/PV.785 (closed)", "A/RES/3201 (S-VI)",
			"ST/LIB/SER.B/A.70 (Part I)", "S/PV.5319 (Resumption 1)"
		};

		for (size_t i = 0; i < sizeof(syms) / sizeof(syms[0]); i++)
		{
			dt_unsym   *u = parse(syms[i]);
			dt_unsym	v;
			char		buf[DT_UNSYM_CANON_CAP];

			if (!u)
			{
				CHECK(0, "%s parses", syms[i]);
				continue;
			}
			CHECK(dt_unsym_from_key(u->key, u->keylen, u->sc_year, &v), "%s: key decodes", syms[i]);
			dt_unsym_canonical(&v, buf, sizeof(buf));
			CHECK_STR(buf, syms[i], "%s: key round trip", syms[i]);
			/* a damaged key is refused, never misread */
			if (u->keylen > 2)
			{
				uint8_t		bad[DT_UNSYM_MAX_KEY];

				memcpy(bad, u->key, u->keylen);
				CHECK(!dt_unsym_from_key(bad, u->keylen - 1, u->sc_year, &v), "%s: truncated key refused", syms[i]);
			}
			free(u);
		}
		{
			dt_unsym   *u = parse("S/RES/1674");
			char		buf[64];

			dt_unsym_url_path(u, buf, sizeof(buf));
			CHECK_STR(buf, "S/RES/1674(2006)", "URL path has no spaces");
			CHECK_INT(dt_unsym_canonical(u, buf, 5), 17, "truncated output reports the full length");
			CHECK_STR(buf, "S/RE", "truncated output is NUL-terminated");
			free(u);
		}
	}
	return dt_test_done();
}
