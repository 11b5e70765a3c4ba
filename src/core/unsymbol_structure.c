/*
 * unsymbol_structure.c: what makes a chain of components a document symbol.
 *
 *  - the first component is an organ or series: letters only (A, S, E, ST, CRC);
 *  - modifiers (Add.n, Corr.n, Rev.n, Amend.n, Summary) come last, chained;
 *  - the last component before the modifiers holds the document number
 *    ("884", "PV.5", "L.1"): a symbol that ends in letters names a series,
 *    and so does one that ends in a subsidiary body with its number
 *    ("E/CN.4", "A/C.3", "A/CONF.151": un-symbols.md §1 and §3);
 *  - a part letter (217 A) follows only that number, and nothing follows it;
 *  - a year in parentheses belongs to Security Council resolutions, a Roman
 *    session in parentheses to resolutions;
 *  - S/RES/<n> is identified by n; its year comes from the table (or, past
 *    the table's end, from the input); a year contradicting the table is an
 *    error.
 */
#include <string.h>

#include "unsymbol.h"
#include "unsymbol_internal.h"

static int
at(const int *positions, int i)
{
	return positions ? positions[i] : 0;
}

/*
 * Subsidiary bodies with their numbers (un-symbols.md §3, with PCN; EA of
 * UNEP/EA.n/; the petition sub-series T/PET.n/ of §4): components that name
 * a series.  None of the symbols the reference gives ends in one.
 */
static const struct
{
	const char *word;
	const char *name;
} subsidiary_bodies[] = {
	{"AC", "an ad hoc committee"},
	{"C", "a committee"},
	{"CN", "a commission"},
	{"CONF", "a conference"},
	{"EA", "an Environment Assembly session"},
	{"GC", "a governing council"},
	{"PC", "a preparatory committee"},
	{"PCN", "a preparatory commission"},
	{"PET", "a petition series (T/PET.2/)"},
	{"SC", "a subcommittee"},
	{"SUB", "a subcommission"},
	{"WG", "a working group"},
};

const char *
dt_unsym_body_name(const char *word, size_t len)
{
	for (size_t k = 0; k < sizeof(subsidiary_bodies) / sizeof(subsidiary_bodies[0]); k++)
		if (dt_unsym_word_eq(subsidiary_bodies[k].word, word, len))
			return subsidiary_bodies[k].name;
	return NULL;
}

/* What body a numbered dotted component names ("CN.4": a commission), or NULL. */
static const char *
subsidiary_body(const dt_unsym_comp *c)
{
	if (c->shape != DT_SHAPE_DOTTED || !c->has_num)
		return NULL;
	return dt_unsym_body_name(c->word, strlen(c->word));
}

/* Words that stand for a number in templates ("A/session/53", "S/PRST/year/1"). */
static const char *const template_words[] = {
	"SESSION", "YEAR", "NUMBER", "NUM", "NN", "NNN", "SESS", "SYMBOL"
};

bool
dt_unsym_is_template_word(const char *word)
{
	/* all of them start with S, Y or N; most words do not */
	if (word[0] != 'S' && word[0] != 'Y' && word[0] != 'N')
		return false;
	for (size_t k = 0; k < sizeof(template_words) / sizeof(template_words[0]); k++)
		if (strcmp(word, template_words[k]) == 0)
			return true;
	return false;
}

static bool
has_res_component(const dt_unsym *u)
{
	for (int i = 1; i < u->nbase; i++)
		if (u->comps[i].shape == DT_SHAPE_WORD && strcmp(u->comps[i].word, "RES") == 0)
			return true;
	return false;
}

bool
dt_unsym_finish(dt_unsym *u, dt_unsym_error *err, const int *comp_pos,
				const int *paren_pos, bool from_storage)
{
	int			i;
	const dt_unsym_comp *last;
	int			year_in = 0;
	int			year_pos = 0;
	int			ppos[DT_UNSYM_MAX_PARENS];

	if (u->ncomps < 1 || u->comps[0].shape != DT_SHAPE_WORD)
		return dt_unsym_fail(err, "organ", 1, at(comp_pos, 0),
							 "a symbol starts with the letters of an organ or series (A, S, E, ST, ...)");
	if (u->ncomps < 2)
		return dt_unsym_fail(err, "symbol", 0, at(comp_pos, 0),
							 "a symbol has an organ or series and a number, separated by \"/\"");

	/*
	 * The parser checks these as it reads, with the word as written and its
	 * position; a key read from storage did not go through the parser.
	 */
	if (from_storage)
	{
		/* series codes are abbreviations (the parser says so with a position) */
		for (i = 0; i < u->ncomps; i++)
			if ((strlen(u->comps[i].word) > DT_UNSYM_MAX_CODE && strcmp(u->comps[i].word, "SUMMARY") != 0) ||
				strlen(u->comps[i].word2) > DT_UNSYM_MAX_CODE)
				return dt_unsym_fail(err, "component", i + 1, at(comp_pos, i),
									 "not a series code (at most %d letters)", DT_UNSYM_MAX_CODE);

		/* placeholders of templates (the parser says so with the word as written) */
		for (i = 1; i < u->ncomps; i++)
			if (dt_unsym_is_template_word(u->comps[i].word) || dt_unsym_is_template_word(u->comps[i].word2))
				return dt_unsym_fail(err, "component", i + 1, at(comp_pos, i),
									 "a placeholder in a template, not a series code");

		/* numbers as the parser reads them: at most 9 digits, leading zeros included */
		for (i = 0; i < u->ncomps; i++)
		{
			const dt_unsym_comp *c = &u->comps[i];
			int			digits = 1;

			for (uint32_t v = c->num; v >= 10; v /= 10)
				digits++;
			if (c->shape == DT_SHAPE_DASHED && strcmp(c->word, "S") != 0 && strcmp(c->word, "ES") != 0)
				return dt_unsym_fail(err, "session", i + 1, at(comp_pos, i),
									 "only S- (special) and ES- (emergency special) sessions take a hyphen");
			if (c->has_num && digits + c->zeros > DT_UNSYM_MAX_DIGITS)
				return dt_unsym_fail(err, "number", i + 1, at(comp_pos, i),
									 "number longer than %d digits", DT_UNSYM_MAX_DIGITS);
		}

		/* parenthetical numbers in the ranges the parser reads */
		for (i = 0; i < u->nparens; i++)
		{
			const dt_unsym_paren *p = &u->parens[i];
			uint32_t	max = p->kind == DT_PAREN_YEAR ? 9999 :
				p->kind == DT_PAREN_RESUMPTION ? 999 : p->kind == DT_PAREN_CLOSED ? 0 : 3999;

			if ((p->kind != DT_PAREN_CLOSED && p->num < 1) || p->num > max ||
				(p->kind == DT_PAREN_SESSION ? p->special > 2 : p->special != 0))
				return dt_unsym_fail(err, "parenthetical", 0, at(paren_pos, i), "number out of range");
		}
	}

	/* modifiers */
	u->nbase = u->ncomps;
	for (i = 1; i < u->ncomps; i++)
	{
		const dt_unsym_comp *c = &u->comps[i];
		bool		modword = dt_unsym_word_is_modifier(c->word);

		if (modword && !dt_unsym_comp_is_modifier(c) && strcmp(c->word, "SUMMARY") != 0)
			return dt_unsym_fail(err, "modifier", i + 1, at(comp_pos, i),
								 "expected \"%s.\" and a number", dt_unsym_word_display(c->word));
		if (dt_unsym_comp_is_modifier(c))
		{
			if (u->nbase == u->ncomps)
				u->nbase = (uint8_t) i;
		}
		else if (u->nbase != u->ncomps)
			return dt_unsym_fail(err, "modifier", i + 1, at(comp_pos, i),
								 "only modifiers (Add., Corr., Rev., Amend., Summary) may follow a modifier");
	}
	if (u->nbase < 2)
		return dt_unsym_fail(err, "number", 2, at(comp_pos, 1),
							 "the document number is missing before the modifier");
	last = &u->comps[u->nbase - 1];
	if (!last->has_num || !(last->shape == DT_SHAPE_NUMBER || last->shape == DT_SHAPE_DOTTED))
		return dt_unsym_fail(err, "number", u->nbase, at(comp_pos, u->nbase - 1),
							 "the document number is missing (this names a series, not a document)");
	/* "E/CN.4", "A/C.3/Add.1": a symbol that ends in a subsidiary body names the body's series */
	if (subsidiary_body(last))
	{
		char		ctext[DT_UNSYM_CANON_CAP];

		dt_unsym_comp_text(u, u->nbase - 1, ctext, sizeof(ctext));
		return dt_unsym_fail(err, "body", u->nbase, at(comp_pos, u->nbase - 1),
							 "\"%s\" is %s, so the symbol names a series, not a document",
							 ctext, subsidiary_body(last));
	}
	for (i = 0; i < u->ncomps; i++)
		if (u->comps[i].part && (i != u->nbase - 1 || u->nbase != u->ncomps))
			return dt_unsym_fail(err, "part letter", i + 1, at(comp_pos, i),
								 "a part letter may only follow the last number of the symbol");

	/* Security Council resolutions: S/RES/<n> */
	u->is_sc_resolution = u->nbase == 3 &&
		strcmp(u->comps[0].word, "S") == 0 &&
		u->comps[1].shape == DT_SHAPE_WORD && strcmp(u->comps[1].word, "RES") == 0 &&
		u->comps[2].shape == DT_SHAPE_NUMBER && !u->comps[2].part;

	/* parentheticals: canonical order is by kind (positions move along) */
	for (i = 0; i < u->nparens; i++)
		ppos[i] = at(paren_pos, i);
	for (i = 1; i < u->nparens; i++)
	{
		dt_unsym_paren p = u->parens[i];
		int			pp = ppos[i];
		int			j = i - 1;

		while (j >= 0 && u->parens[j].kind > p.kind)
		{
			u->parens[j + 1] = u->parens[j];
			ppos[j + 1] = ppos[j];
			j--;
		}
		u->parens[j + 1] = p;
		ppos[j + 1] = pp;
	}
	for (i = 0; i < u->nparens; i++)
	{
		const dt_unsym_paren *p = &u->parens[i];
		int			pp = ppos[i];

		/* the parser refuses a kind read twice as it reads it */
		if (from_storage && i > 0 && u->parens[i - 1].kind == p->kind)
			return dt_unsym_fail(err, "parenthetical", 0, pp,
								 "the same kind of parenthetical twice");

		if (p->kind == DT_PAREN_YEAR)
		{
			if (!u->is_sc_resolution)
				return dt_unsym_fail(err, "year", 0, pp,
									 "a year in parentheses belongs to Security Council resolutions (S/RES/n)");
			year_in = (int) p->num;
			year_pos = pp;
		}
		else if (u->is_sc_resolution)
			return dt_unsym_fail(err, "parenthetical", 0, pp,
								 "a Security Council resolution takes only its year in parentheses");
		else if (p->kind == DT_PAREN_SESSION && !has_res_component(u))
			return dt_unsym_fail(err, "session", 0, pp,
								 "a session in parentheses belongs to resolutions (A/RES/217 A (III))");
	}

	u->sc_year = 0;
	if (u->is_sc_resolution)
	{
		const dt_unsym_comp *c = &u->comps[2];
		int			table_year;

		if (c->zeros || c->num == 0)
			return dt_unsym_fail(err, "number", 3, at(comp_pos, 2),
								 "a Security Council resolution number is a positive number without leading zeros");
		table_year = dt_sc_resolution_year((int) c->num);
		if (year_in && !from_storage && !dt_sc_resolution_year_ok((int) c->num, year_in))
		{
			if (table_year)
				return dt_unsym_fail(err, "year", 0, year_pos,
									 "Security Council resolution %u was adopted in %d, not %d",
									 (unsigned) c->num, table_year, year_in);
			return dt_unsym_fail(err, "year", 0, year_pos,
								 "Security Council resolution %u is not among those of %d (the resolutions of %d end with %d)",
								 (unsigned) c->num, year_in, dt_sc_resolution_table_last_year(),
								 dt_sc_resolution_table_last_number());
		}
		u->sc_year = (uint16_t) (table_year ? table_year : year_in);
		/* the year is not part of the identity: drop the parenthetical */
		u->nparens = 0;
	}
	if (!dt_unsym_encode(u))
		return dt_unsym_fail(err, "symbol", 0, at(comp_pos, 0), "symbol too long");
	return true;
}
