/*
 * test_r2p.c: unit tests of the R2P classifier core (scan, rules, evidence,
 * highlight), including the seed statement's regression labels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_test.h"
#include "dt_env.h"
#include "counting_env.h"
#include "r2p_classify.h"
#include "r2p_highlight.h"
#include "r2p_lexicon.h"
#include "r2p_scan.h"

static const char *
label_of(const char *s, int context, char *buf)
{
	r2p_result	res;
	const char *l;
	static char keep[8];

	r2p_classify(dt_env_malloc(), s, strlen(s), context, 0, &res);
	l = r2p_label(&res, buf);
	strcpy(keep, l);
	r2p_result_free(dt_env_malloc(), &res);
	return keep;
}

#define LABEL(s, ctx, want) \
	do { char b_[8]; CHECK_STR(label_of((s), (ctx), b_), (want), "%s: %.60s", (want), (s)); } while (0)

static void
test_seed(void)
{
	static const char *want[8] = {"none", "3", "3", "1,3", "general", "none", "none", "general"};
	static const char *want_ctx[8] = {"none", "3", "3", "1,3", "general", "2", "2", "general"};
	FILE	   *f = fopen("../fixtures/seed_statement.txt", "r");
	char	   *buf = malloc(1 << 16);
	size_t		n;
	char	   *p;
	int			k = 0;

	CHECK(f != NULL, "seed statement readable");
	if (!f)
	{
		free(buf);
		return;
	}
	n = fread(buf, 1, (1 << 16) - 1, f);
	buf[n] = '\0';
	fclose(f);
	p = buf;
	/* paragraphs are separated by lines of '=' */
	while (p && *p && k < 8)
	{
		char	   *sep = strstr(p, "\n=");
		char	   *next = NULL;
		char		b[8];

		if (sep)
		{
			*sep = '\0';
			next = sep + 1;
			while (*next == '=')
				next++;
		}
		CHECK_STR(label_of(p, 0, b), want[k], "seed paragraph %d without context", k + 1);
		CHECK_STR(label_of(p, 1, b), want_ctx[k], "seed paragraph %d with context", k + 1);
		k++;
		p = next;
	}
	CHECK_INT(k, 8, "seed statement has 8 paragraphs");
	free(buf);
}

static void
test_rules(void)
{
	LABEL("Each State has the primary responsibility to protect its populations from genocide.", 0, "1");
	LABEL("The international community should encourage and help States to exercise this responsibility.", 0, "2");
	LABEL("If national authorities manifestly fail to protect their populations from war crimes, the Security Council must act.", 0, "3");
	LABEL("We support the responsibility to protect.", 0, "general");
	LABEL("We support the sovereign equality of States and non-interference in internal affairs.", 0, "none");
	LABEL("We have a responsibility to protect the environment.", 0, "none");
	LABEL("The Security Council holds primary responsibility for the maintenance of international peace and security.", 0, "none");
	LABEL("We seek two permanent seats with the right of veto.", 0, "none");
	LABEL("We seek two permanent seats with the right of veto.", 1, "none");
	LABEL("Refrain from the veto in cases of genocide.", 0, "3");
	LABEL("La responsabilidad de proteger y el tercer pilar.", 0, "3");
	LABEL("La responsabilité de protéger et le deuxième pilier.", 0, "2");
	LABEL("Capacity-building is needed.", 0, "none");
	LABEL("Capacity-building is needed.", 1, "2");
	LABEL("We thank the President.", 1, "none");
}

static void
test_folding(void)
{
	const char *same[] = {
		"Responsibility to protect and capacity-building.",
		"RESPONSIBILITY TO PROTECT AND CAPACITY BUILDING.",
		"responsibility to pro-\ntect and capacity-\n  building.",
		"responsibility to\r\nprotect and capacity\xe2\x80\x90" "building.",
		"responsibility to protect and capacity- building.",
	};
	size_t		i;

	for (i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		LABEL(same[i], 0, "2");
	/* accents: precomposed, decomposed, missing, mojibake */
	LABEL("La responsabilit\xc3\xa9 de prot\xc3\xa9ger.", 0, "general");
	LABEL("La responsabilite\xcc\x81 de prote\xcc\x81ger.", 0, "general");
	LABEL("LA RESPONSABILITE DE PROTEGER.", 0, "general");
	LABEL("La responsabilit\xc3\x83\xc2\xa9 de prot\xc3\x83\xc2\xa9ger.", 0, "general");
	/* curly apostrophe and mojibake of it */
	LABEL("La responsabilit\xc3\xa9 premi\xc3\xa8re de l\xe2\x80\x99\xc3\x89tat.", 0, "1");
	LABEL("La responsabilit\xc3\xa9 premi\xc3\xa8re de l\xc3\xa2\xe2\x82\xac\xe2\x84\xa2\xc3\x89tat.", 0, "1");
	/* French typography (NBSP before a guillemet or a colon) is not mojibake */
	LABEL("la \xc2\xab responsabilit\xc3\xa9 \xc2\xbb de prot\xc3\xa9ger", 0, "general");
	LABEL("la \xc2\xab\xc2\xa0responsabilit\xc3\xa9\xc2\xa0\xc2\xbb de prot\xc3\xa9ger", 0, "general");
	/* a word boundary is needed: no cue inside a longer word */
	LABEL("The irresponsibility to protectionism.", 0, "none");
}

/* Is there a cue on exactly the text want in s (want_cues, no context)? */
static bool
has_cue(const char *s, const char *want)
{
	r2p_result	res;
	bool		found = false;

	r2p_classify(dt_env_malloc(), s, strlen(s), 0, 1, &res);
	for (size_t i = 0; i < res.ncues; i++)
		if (res.cues[i].end - res.cues[i].start == strlen(want) &&
			memcmp(s + res.cues[i].start, want, strlen(want)) == 0)
			found = true;
	r2p_result_free(dt_env_malloc(), &res);
	return found;
}

/* Mojibake is read as fix_text reads it, and typography is not mojibake. */
static void
test_mojibake_reading(void)
{
	const char *crimes = "CRIMES CONTRE L'HUMANIT\xc3\x89";
	const char *after[] = {" : nous", "\xc2\xa0: nous", "\xe2\x80\x9d", "\xc2\xa0\xc2\xbb"};
	char		s[200];

	/* an accented capital before NBSP or a closing quote keeps its crime cue */
	for (size_t i = 0; i < sizeof(after) / sizeof(after[0]); i++)
	{
		snprintf(s, sizeof(s), "La responsabilit\xc3\xa9 de prot\xc3\xa9ger face aux %s%s", crimes, after[i]);
		CHECK(has_cue(s, crimes), "crime cue before typography %zu: %s", i, s);
	}
	/* a prefix cue's span runs over the rest of its word, read through mojibake */
	CHECK(has_cue("primary responsibility to protect\xc3\x83\xc2\xa9s now",
				  "primary responsibility to protect\xc3\x83\xc2\xa9s"),
		  "prefix cue span ends after the whole mojibake word");
	CHECK(has_cue("primary responsibility to protect\xc3\xa9s now",
				  "primary responsibility to protect\xc3\xa9s"),
		  "prefix cue span ends after the whole accented word");
}

static void
test_evidence(void)
{
	const char *s = "\xc3\x89l\xc3\xa8ve: the responsibility to protect its population.";
	r2p_result	res;
	size_t		i;
	int			found = 0;

	r2p_classify(dt_env_malloc(), s, strlen(s), 0, 1, &res);
	CHECK(res.relevant, "evidence passage relevant");
	for (i = 0; i < res.ncues; i++)
	{
		size_t		len;
		char	   *w = r2p_cue_text(dt_env_malloc(), s, &res.cues[i], &len);

		if (strcmp(w, "responsibility to protect") == 0 && res.cues[i].pillar == 0)
		{
			found = 1;
			CHECK_INT(res.cues[i].start_pos, 12, "start_pos counts characters");
			CHECK_INT(res.cues[i].end_pos, 37, "end_pos is half-open");
		}
		if (res.cues[i].pillar == 1)
			CHECK_STR(w, "protect its population", "proximity cue spans its words");
		dt_free(dt_env_malloc(), w);
	}
	CHECK(found, "the R2P cue is listed");
	r2p_result_free(dt_env_malloc(), &res);

	/* a suppressing frame is listed with a negative weight */
	s = "We have a responsibility to protect the environment.";
	r2p_classify(dt_env_malloc(), s, strlen(s), 0, 1, &res);
	CHECK_INT(res.ncues, 1, "one cue: the hard negative");
	if (res.ncues == 1)
		CHECK(res.cues[0].weight < 0, "hard negative weighs below zero");
	r2p_result_free(dt_env_malloc(), &res);
}

static void
test_highlight(void)
{
	const char *s = "States should refrain from using the veto in atrocity crimes.";
	r2p_highlight_options opt;
	r2p_result	res;
	char		err[200];
	char	   *out;
	size_t		len;
	const char *o1 = "StartSel=<em>, StopSel=\"</em>\"";

	CHECK_INT(r2p_parse_highlight_options(dt_env_malloc(), o1, strlen(o1), &opt, err, sizeof(err)), 0,
			  "options parse");
	CHECK_STR(opt.start_sel, "<em>", "StartSel");
	CHECK_STR(opt.stop_sel, "</em>", "StopSel quoted");
	r2p_classify(dt_env_malloc(), s, strlen(s), 0, 1, &res);
	out = r2p_highlight(dt_env_malloc(), s, strlen(s), &res, opt.start_sel, opt.stop_sel, &len);
	CHECK_STR(out, "States should <em>refrain from using the veto</em> in <em>atrocity crimes</em>.",
			  "highlight");
	dt_free(dt_env_malloc(), out);
	r2p_result_free(dt_env_malloc(), &res);
	r2p_highlight_options_free(dt_env_malloc(), &opt);

	CHECK_INT(r2p_parse_highlight_options(dt_env_malloc(), "MaxWords=3", 10, &opt, err, sizeof(err)), -1,
			  "unknown option rejected");
	r2p_highlight_options_free(dt_env_malloc(), &opt);
	CHECK_INT(r2p_parse_highlight_options(dt_env_malloc(), "StartSel", 8, &opt, err, sizeof(err)), -1,
			  "option without value rejected");
	r2p_highlight_options_free(dt_env_malloc(), &opt);
	CHECK_INT(r2p_parse_highlight_options(dt_env_malloc(), "StartSel=\"<", 11, &opt, err, sizeof(err)), -1,
			  "unterminated quote rejected");
	r2p_highlight_options_free(dt_env_malloc(), &opt);
	CHECK_INT(r2p_parse_highlight_options(dt_env_malloc(), "context=ON", 10, &opt, err, sizeof(err)), 0,
			  "Context=ON");
	CHECK_INT(opt.context, 1, "Context on");
	r2p_highlight_options_free(dt_env_malloc(), &opt);
}

static void
test_odd_input(void)
{
	const char *odd[] = {"", "-", "\xff\xfe", "\xc3", "\xe2\x80", "a-", "-\n", "\xc3\xa2\xe2\x82\xac",
		"..;;!!??", "\xf4\x90\x80\x80", "\xed\xa0\x80", "\xcc\x81\xcc\x81"};
	size_t		i;

	for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++)
	{
		r2p_result	res;
		size_t		len;
		char	   *out;

		r2p_classify(dt_env_malloc(), odd[i], strlen(odd[i]), 1, 1, &res);
		CHECK(!res.relevant, "odd input %zu is not relevant", i);
		out = r2p_highlight(dt_env_malloc(), odd[i], strlen(odd[i]), &res, "<", ">", &len);
		CHECK_INT(len, strlen(odd[i]), "odd input %zu highlights to itself", i);
		dt_free(dt_env_malloc(), out);
		r2p_result_free(dt_env_malloc(), &res);
	}
}

static void
test_lexicon(void)
{
	int			i,
				bad = 0;

	CHECK(r2p_nentries > 100, "lexicon has %d entries", r2p_nentries);
	CHECK(r2p_nstates > 1 && r2p_nstates < R2P_STATE_OUT, "automaton has %d states", r2p_nstates);
	for (i = 0; i < r2p_npatterns; i++)
		if (r2p_patterns[i].nspaces >= R2P_WORD_RING)
			bad++;
	CHECK_INT(bad, 0, "every pattern fits the ring");
}

/* Long input: interruptible (a check per 64 kB at least), no leak, bounded memory. */
static void
test_long_input(void)
{
	const char *unit_plain = "We thank the President for convening this meeting of the Assembly. ";
	const char *unit_dense = "The responsibility to protect, genocide and the veto restraint. ";
	size_t		n = 4 << 20,
				ul,
				i;
	char	   *buf = malloc(n + 1);
	counting	c;
	dt_env		env = counting_env(&c);
	r2p_result	res;

	ul = strlen(unit_plain);
	for (i = 0; i + ul <= n; i += ul)
		memcpy(buf + i, unit_plain, ul);
	n = i;
	buf[n] = '\0';
	r2p_classify(&env, buf, n, 1, 1, &res);
	CHECK(!res.relevant, "4 MB without a cue: not relevant");
	CHECK(c.interrupt_checks >= n / 65536, "4 MB: %zu interrupt checks (>= 1 per 64 kB)", c.interrupt_checks);
	CHECK(c.peak < 64 * 1024, "4 MB without a cue: peak memory %zu bytes", c.peak);
	r2p_result_free(&env, &res);
	CHECK_INT(c.live, 0, "no memory left after r2p_result_free");

	env = counting_env(&c);
	ul = strlen(unit_dense);
	for (i = 0; i + ul <= (size_t) (4 << 20); i += ul)
		memcpy(buf + i, unit_dense, ul);
	n = i;
	buf[n] = '\0';
	r2p_classify(&env, buf, n, 0, 1, &res);
	CHECK(res.relevant && res.pillars == (1u << 3), "4 MB of cues: pillar 3");
	CHECK(res.ncues > 100000, "4 MB of cues: %zu cues listed", res.ncues);
	CHECK(c.interrupt_checks >= n / 65536, "4 MB of cues: %zu interrupt checks", c.interrupt_checks);
	r2p_result_free(&env, &res);
	CHECK_INT(c.live, 0, "no memory left after r2p_result_free (dense)");

	/* a hyphen at a line end, then 4 MB of white space: read with checks too */
	env = counting_env(&c);
	n = 4 << 20;
	memset(buf, ' ', n);
	for (i = 64; i < n; i += 80)
		buf[i] = '\n';
	memcpy(buf, "capacity-\n", 10);
	memcpy(buf + n - 9, " building", 9);
	buf[n] = '\0';
	r2p_classify(&env, buf, n, 1, 0, &res);
	CHECK(c.interrupt_checks >= n / 65536, "a line-end hyphen before 4 MB of white space: %zu interrupt checks", c.interrupt_checks);
	r2p_result_free(&env, &res);
	free(buf);
}

int
main(void)
{
	test_seed();
	test_rules();
	test_folding();
	test_evidence();
	test_mojibake_reading();
	test_highlight();
	test_odd_input();
	test_lexicon();
	test_long_input();
	return dt_test_done();
}
