/*
 * test_un_symbols.c: unit tests of the UN-symbol scanner (src/core/un_symbols*.c).
 */
#include <stdlib.h>

#include "counting_env.h"
#include "dt_test.h"
#include "un_symbols.h"

#define MAXREFS 64

typedef struct found
{
	int			n;
	char		sym[MAXREFS][DT_UNSYM_CANON_CAP];
	int			named[MAXREFS];
	long		start[MAXREFS];
	long		end[MAXREFS];
} found;

static void
collect(void *arg, const dt_symref *r)
{
	found	   *f = arg;

	if (f->n >= MAXREFS)
		return;
	dt_unsym_canonical(r->sym, f->sym[f->n], DT_UNSYM_CANON_CAP);
	f->named[f->n] = r->is_named;
	f->start[f->n] = (long) r->start_char;
	f->end[f->n] = (long) r->end_char;
	f->n++;
}

static found *
scan(const char *text)
{
	static found f;

	memset(&f, 0, sizeof(f));
	dt_un_symbols_scan(dt_env_malloc(), text, strlen(text), collect, &f);
	return &f;
}

static void
count_one(void *arg, const dt_symref *r)
{
	(void) r;
	(*(long *) arg)++;
}

/* How many references, with no cap. */
static long
count_refs(const char *text)
{
	long		n = 0;

	dt_un_symbols_scan(dt_env_malloc(), text, strlen(text), count_one, &n);
	return n;
}

/* All symbols found, joined with " | ", N: prefix for named ones. */
static const char *
joined(const char *text)
{
	static char out[8192];
	found	   *f = scan(text);
	int			i;

	out[0] = '\0';
	for (i = 0; i < f->n; i++)
	{
		if (i > 0)
			strcat(out, " | ");
		if (f->named[i])
			strcat(out, "N:");
		strcat(out, f->sym[i]);
	}
	return out;
}

static void
test_literal(void)
{
	found	   *f;

	CHECK_STR(joined("see (A/72/884)."), "A/72/884", "parenthesised symbol");
	f = scan("see (A/72/884).");
	CHECK_INT(f->start[0], 5, "start is a 0-based character offset");
	CHECK_INT(f->end[0], 13, "end is half-open");
	CHECK_STR(joined("A/RES/64/293. and E/C.12/GC/24, 23 June"), "A/RES/64/293 | E/C.12/GC/24", "trailing punctuation");
	CHECK_STR(joined("CCPR /C/GC/36 and S/RES /1019(1995)"), "CCPR/C/GC/36 | S/RES/1019 (1995)", "stray spaces");
	CHECK_STR(joined("ST/PSCA/1/Add.\n21 and FCCC\r\n/CP/2015/L.9"), "ST/PSCA/1/Add.21 | FCCC/CP/2015/L.9", "line breaks");
	CHECK_STR(joined("UN Doc. S/RES/1674, para. 4"), "S/RES/1674 (2006)", "SC year from the table");
	CHECK_STR(joined("CAT/C/SR.209Convention"), "CAT/C/SR.209", "glued word cut off");
	CHECK_STR(joined("A/RES/32/40B of 2 December"), "A/RES/32/40 B", "glued part letter");
	CHECK_STR(joined("ST/AI/2001/5* and A/65/L.78*"), "ST/AI/2001/5 | A/65/L.78", "reissue asterisk");
	f = scan("ST/AI/2001/5* x");
	CHECK_INT(f->end[0], 13, "the asterisk is in the span");
	CHECK_STR(joined("(A/72/884\xE2\x80\x93S/2018/525)"), "A/72/884 | S/2018/525", "joint symbol, en dash");
	CHECK_STR(joined("https://undocs.org/en/S/PV.9800 docs.un.org/fr/A/68/PV.70"), "S/PV.9800 | A/68/PV.70", "URLs");
	CHECK_STR(joined("view_doc.asp?symbol=A/RES/60/1&Lang=E"), "A/RES/60/1", "ODS link");
	CHECK_STR(joined("file A_RES_31_59-EN.pdf, A_65_L_78_EA"), "A/RES/31/59 | A/65/L.78", "file names");
	CHECK_STR(joined("STILIB/SER.B/A.70 (Part I)"), "ST/LIB/SER.B/A.70 (Part I)", "OCR STILIB");
	CHECK_STR(joined("TD/B/43/12 (Vol.I)"), "TD/B/43/12 (Vol. I)", "volume");
	CHECK_STR(joined("191 $a [TD]/UNCTAD/OSG/DP/153 [Document"), "UNCTAD/OSG/DP/153", "bracketed series part");
	/* the parser's keywords, in any case (dt_unsym_is_keyword) */
	CHECK_STR(joined("see FCCC/Cp/2015/10 and"), "FCCC/CP/2015/10", "keyword Cp in small letters");
	CHECK_STR(joined("see E/Icef/2020/1 and"), "E/ICEF/2020/1", "keyword Icef in small letters");
	CHECK_STR(joined("see A/session/53 and"), "", "a word in small letters that is no keyword is a placeholder");
	f = scan("\xC3\xA9\xC3\xA9 A/1/2 \xE4\xB8\xAD S/2018/525");
	CHECK_INT(f->n >= 1 ? f->start[f->n - 1] : -1, 11, "character offsets after multibyte text");
}

static void
test_lists(void)
{
	found	   *f;

	CHECK_STR(joined("S/2000/40/Add.39, 44 and 46)"), "S/2000/40/Add.39 | S/2000/40/Add.44 | S/2000/40/Add.46", "elided list");
	f = scan("S/2000/40/Add.39, 44 and 46)");
	CHECK_INT(f->start[1], 18, "list item span start");
	CHECK_INT(f->end[1], 20, "list item span end");
	CHECK_STR(joined("S/11185/Add.14-16, 21"), "S/11185/Add.14 | S/11185/Add.15 | S/11185/Add.16 | S/11185/Add.21", "range");
	f = scan("S/11185/Add.14-16, 21");
	CHECK(f->start[0] == f->start[2] && f->end[0] == f->end[2] && f->start[0] == 12 && f->end[0] == 17,
		  "range members share the range's span");
	CHECK_STR(joined("S/9427 and Corr.1"), "S/9427 | S/9427/Corr.1", "and Corr.1");
	CHECK_STR(joined("A/CN.4/318 + Add.1\xE2\x80\x93" "2 + Add.8 Eighth"), "A/CN.4/318 | A/CN.4/318/Add.1 | A/CN.4/318/Add.2 | A/CN.4/318/Add.8", "plus list with ranges");
	CHECK_STR(joined("A/CONF.151/26 (Vols. I-III)"), "A/CONF.151/26 (Vol. I) | A/CONF.151/26 (Vol. II) | A/CONF.151/26 (Vol. III)", "volume range");
	CHECK_STR(joined("A/72/L.5, 44 Member States"), "A/72/L.5", "a count after a symbol is not an item");
	CHECK_STR(joined("S/1/Add.1-99999"), "S/1/Add.1", "huge range not expanded");
	/* a range has at most 100 members (MAXRANGE); a longer one is its first only */
	CHECK_INT(count_refs("S/1/Add.1-100"), 100, "a range of 100 members is expanded");
	CHECK_STR(joined("S/1/Add.1-101"), "S/1/Add.1", "a range of 101 members is not expanded");
	CHECK_INT(count_refs("S/1/Add.1, Add.3-102"), 101, "a later range of 100 members is expanded");
	/* ... and a later item with a longer range ends the list, as "Add.3-999" did */
	CHECK_STR(joined("S/1/Add.1, Add.3-103"), "S/1/Add.1", "a later range of 101 members ends the list");
	CHECK_STR(joined("S/1/Add.1, Add.3-999"), "S/1/Add.1", "a later huge range ends the list");
	{
		static char buf[4096];
		size_t		m = 0;
		int			i;

		/* a text expands ranges into fewer than 1,000 + length / 4 extra references:
		 * 100 ranges of 100 in 1,400 bytes (budget 1,350) are 13 expanded (99 extra
		 * each), then 87 first members */
		for (i = 0; i < 100; i++)
			m += (size_t) snprintf(buf + m, sizeof(buf) - m, "S/1/Add.1-100 ");
		CHECK_INT(count_refs(buf), 13 * 100 + 87, "the range budget of a text");
		/* a list expands to at most 400 items after its head: a range late in it
		 * is cut short (add_range's room) */
		m = (size_t) snprintf(buf, sizeof(buf), "S/1/Add.1");
		for (i = 2; i <= 350; i++)
			m += (size_t) snprintf(buf + m, sizeof(buf) - m, ", %d", i);
		snprintf(buf + m, sizeof(buf) - m, ", 351-450");
		CHECK_INT(count_refs(buf), 1 + 349 + 51, "a range late in a long list is cut at the list's cap");
	}
}

static void
test_named(void)
{
	CHECK_STR(joined("resolution 1674 (2006)"), "N:S/RES/1674 (2006)", "SC by year, no context");
	CHECK_STR(joined("resolution 1674 (2007)"), "", "wrong year: nothing");
	/* past the table (2811 in 2025): only a later year, as unsymbol input says */
	CHECK_STR(joined("resolution 2812 (2025)"), "", "past the table, its last year: nothing");
	CHECK_STR(joined("resolution 2812 (2026)"), "N:S/RES/2812 (2026)", "past the table, a later year");
	CHECK_STR(joined("\xE7\xAC\xAC" "2812(2025)\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE"), "", "Chinese, past the table, its last year");
	CHECK_STR(joined("its resolutions 1160 (1998) of 31 March 1998, 1199 (1998) and 1203 (1998)"),
			  "N:S/RES/1160 (1998) | N:S/RES/1199 (1998) | N:S/RES/1203 (1998)", "shared head");
	CHECK_STR(joined("la r\xC3\xA9solution 2254 (2015)"), "N:S/RES/2254 (2015)", "French");
	CHECK_STR(joined("la resoluci\xC3\xB3n 1325 (2000)"), "N:S/RES/1325 (2000)", "Spanish");
	CHECK_STR(joined("\xE7\xAC\xAC" "2254(2015)\xE5\x8F\xB7\xE5\x86\xB3\xE8\xAE\xAE"), "N:S/RES/2254 (2015)", "Chinese");
	CHECK_STR(joined("General Assembly resolution 217 A (III)"), "N:A/RES/217 A (III)", "old GA with part");
	CHECK_STR(joined("resolutions 3419 A to D (XXX)"), "N:A/RES/3419 A (XXX) | N:A/RES/3419 B (XXX) | N:A/RES/3419 C (XXX) | N:A/RES/3419 D (XXX)", "A to D");
	CHECK_STR(joined("its resolution 60/1 of 16 September 2005"), "N:A/RES/60/1", "GA session/number");
	CHECK_STR(joined("Human Rights Council resolution 16/1"), "N:A/HRC/RES/16/1", "HRC");
	CHECK_STR(joined("Economic and Social Council resolution 1996/31"), "N:E/RES/1996/31", "ECOSOC");
	CHECK_STR(joined("resolution 5/1"), "", "session 5 without HRC context");
	CHECK_STR(joined("Security Council. resolution 1325"), "N:S/RES/1325 (2000)", "bare number in SC context");
	CHECK_STR(joined("the committee noted resolution 1325"), "", "bare number without SC context");
	CHECK_STR(joined("resolution 1514"), "N:A/RES/1514 (XV)", "old GA resolution from the gazetteer");
	CHECK_STR(joined("draft resolution 12 (2019) and decision 59/552"), "", "drafts and decisions");
	CHECK_STR(joined("the 2005 World Summit Outcome"), "N:A/RES/60/1", "titled document");
	CHECK_STR(joined("the Human Rights Council"), "", "a body's name is not its founding resolution");
	CHECK_STR(joined("Committee on the Rights of the Child, general comment No. 13 (2011)"), "N:CRC/C/GC/13", "general comment");
	CHECK_STR(joined("Human Rights Committee general comment No. 6"), "", "old general comment has no symbol");
	CHECK_STR(joined("general recommendation No. 35 of CEDAW"), "N:CEDAW/C/GC/35", "general recommendation, committee after");
	CHECK_STR(joined("HRC decision 12/118 and decision 59/552"), "N:A/HRC/DEC/12/118", "HRC decisions only");
	/* the organ just before, possessive too, for decisions as for resolutions */
	CHECK_STR(joined("The Human Rights Council met. The Council's decision 12/118 and the Council's resolution 16/1"),
			  "N:A/HRC/DEC/12/118 | N:A/HRC/RES/16/1", "Council's decision, Council's resolution");
	CHECK_STR(joined("the Human Rights Council\xE2\x80\x99s decision 12/118"), "N:A/HRC/DEC/12/118", "Council’s decision (typographic apostrophe)");
	CHECK_STR(joined("The Security Council met. The Council's decision 12/118"), "", "the Council's decision, the Council being the SC");
	CHECK_STR(joined("S-26/2. Declaration"), "N:A/RES/S-26/2", "special session heading");
	CHECK_STR(joined("\n61/244. Title\n"), "N:A/RES/61/244", "resolution heading");
	CHECK_STR(joined("resolutions: 2139 in 2014"), "N:S/RES/2139 (2014)", "number in its year");
	CHECK_STR(joined("resolution 2139 in 2015"), "", "number not in its year, no context");
	/* "N in/of YEAR" is a Council resolution only when no other organ is named */
	CHECK_STR(joined("General Assembly resolution 2 in 1946"), "", "GA named: N in YEAR is not the Council's");
	CHECK_STR(joined("ECOSOC resolution 14 of 1946"), "", "ECOSOC named: N of YEAR is not the Council's");
	CHECK_STR(joined("Security Council resolution 2139 of 2014"), "N:S/RES/2139 (2014)", "SC named: N of YEAR");
	/* the one year rule (dt_sc_resolution_year_ok): past the table, only a later year */
	CHECK_STR(joined("resolution 2812 of 2026"), "N:S/RES/2812 (2026)", "N of YEAR past the table, a later year");
	CHECK_STR(joined("resolution 2812 of 2025"), "", "N of YEAR past the table, its last year: nothing");
}

static void
test_lookalikes(void)
{
	CHECK_STR(joined("SC/13477 GA/12677 SG/SM/9808 HR/CN/1109 ECOSOC/6946"), "", "press releases");
	CHECK_STR(joined("22/4/2005 17/9/87 24/7 2017/18 HIV/AIDS and/or A/B testing"), "", "dates, fractions, words");
	CHECK_STR(joined("05-39263 (E) *0539263* Sales No. E.08.I.8 UNAIDS/02.31E IOR 40/1644/2015"), "", "job numbers and others");
	CHECK_STR(joined("A/<sessionNum>/<docNum> A/session/53 E/CN.4/ S/PRST/year/"), "", "templates");
	CHECK_STR(joined("A/59/565-S/2004/... and ST/AI/189/Add.9/ 17/9/87"), "A/59/565", "cut symbols");
	/* a shorter reading stops at a subsidiary body (dt_unsym_body_name), PCN and PET too */
	CHECK_STR(joined("see A/55/CN.3/XYZ and"), "", "no shorter reading through CN.3");
	CHECK_STR(joined("see A/55/PCN.3/XYZ and"), "", "no shorter reading through PCN.3");
	CHECK_STR(joined("see T/1/PET.2/XYZ and"), "", "no shorter reading through PET.2");
}

static void
test_odd(void)
{
	size_t		n = 4 << 20,
				i;
	char	   *big = malloc(n + 1);
	found	   *f;

	CHECK_STR(joined(""), "", "empty");
	for (i = 0; i < n; i++)
		big[i] = (i % 3 == 0) ? '/' : ((i % 3 == 1) ? 'A' : '_');
	big[n] = '\0';
	f = scan(big);
	CHECK_INT(f->n, 0, "megabytes of slashes and underscores");
	for (i = 0; i < n; i++)
		big[i] = (char) (0x80 + (i * 7919) % 128);
	big[n] = '\0';
	f = scan(big);
	CHECK_INT(f->n, 0, "random high bytes");
	{
		/* interruptible: the host is asked at least once per 64 KB; nothing leaks */
		counting	c;
		dt_env		e = counting_env(&c);
		found		g;

		for (i = 0; i < n; i++)
			big[i] = "the S/2000/40/Add.1, 2 and resolution 1674 (2006) of 28 April 2006. "[i % 68];
		memset(&g, 0, sizeof(g));
		dt_un_symbols_scan(&e, big, n, collect, &g);
		CHECK(c.interrupt_checks >= n / 65536, "interrupt checks: %zu for %zu bytes", c.interrupt_checks, n);
		CHECK_INT(c.live, 0, "all memory given back");
		CHECK(c.peak < 64 * n, "peak memory %zu for %zu bytes", c.peak, n);
	}
	free(big);
}

int
main(void)
{
	test_literal();
	test_lists();
	test_named();
	test_lookalikes();
	test_odd();
	return dt_test_done();
}
