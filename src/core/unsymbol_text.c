/*
 * unsymbol_text.c: the canonical text of a parsed symbol.
 *
 * Components joined by "/", no spaces inside them; keywords in their
 * canonical case (Add., Corr., Rev., Amend., Sub., Summary; everything else
 * upper case); a part letter after a space ("A/RES/217 A (III)"); one space
 * before each parenthetical; Roman numerals for sessions, volumes and parts;
 * the reissue "*" dropped.  Nothing depends on the locale.
 */
#include <stdio.h>
#include <string.h>

#include "unsymbol.h"
#include "unsymbol_internal.h"

static const struct
{
	const char *upper;
	const char *display;
	bool		modifier;
} special_words[] = {
	{"ADD", "Add", true},
	{"CORR", "Corr", true},
	{"REV", "Rev", true},
	{"AMEND", "Amend", true},
	{"SUB", "Sub", false},
	{"SUMMARY", "Summary", true},
};

const char *
dt_unsym_word_display(const char *word)
{
	for (size_t i = 0; i < sizeof(special_words) / sizeof(special_words[0]); i++)
		if (strcmp(word, special_words[i].upper) == 0)
			return special_words[i].display;
	return word;
}

bool
dt_unsym_word_is_modifier(const char *word)
{
	for (size_t i = 0; i < sizeof(special_words) / sizeof(special_words[0]); i++)
		if (special_words[i].modifier && strcmp(word, special_words[i].upper) == 0)
			return true;
	return false;
}

bool
dt_unsym_comp_is_modifier(const dt_unsym_comp *c)
{
	if (c->shape == DT_SHAPE_WORD)
		return strcmp(c->word, "SUMMARY") == 0;
	return c->shape == DT_SHAPE_DOTTED && c->has_num && !c->part &&
		strcmp(c->word, "SUMMARY") != 0 && dt_unsym_word_is_modifier(c->word);
}

size_t
dt_roman(unsigned n, char *buf, size_t cap)
{
	static const struct
	{
		unsigned	v;
		const char *s;
	}			r[] = {
		{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
		{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}
	};
	char		tmp[24];
	size_t		k = 0;

	if (n < 1 || n > 3999)
	{
		if (cap)
			buf[0] = '\0';
		return 0;
	}
	for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++)
		while (n >= r[i].v)
		{
			for (const char *p = r[i].s; *p; p++)
				tmp[k++] = *p;
			n -= r[i].v;
		}
	tmp[k] = '\0';
	if (cap)
	{
		size_t		c = k < cap - 1 ? k : cap - 1;

		memcpy(buf, tmp, c);
		buf[c] = '\0';
	}
	return k;
}

/* A growing output that never writes past cap but counts everything. */
typedef struct obuf
{
	char	   *b;
	size_t		cap;
	size_t		n;
} obuf;

static void
out_str(obuf *o, const char *s)
{
	for (; *s; s++)
	{
		if (o->n + 1 < o->cap)
			o->b[o->n] = *s;
		o->n++;
	}
}

static void
out_chr(obuf *o, char c)
{
	char		s[2] = {c, '\0'};

	out_str(o, s);
}

static void
out_num(obuf *o, uint32_t v, uint8_t zeros)
{
	char		s[16];

	for (int i = 0; i < zeros; i++)
		out_chr(o, '0');
	snprintf(s, sizeof(s), "%u", (unsigned) v);
	out_str(o, s);
}

static void
out_roman(obuf *o, uint32_t v)
{
	char		s[24];

	dt_roman(v, s, sizeof(s));
	out_str(o, s);
}

static void
out_finish(obuf *o)
{
	if (o->cap)
		o->b[o->n < o->cap ? o->n : o->cap - 1] = '\0';
}

static void
out_comp(obuf *o, const dt_unsym_comp *c, bool spaces)
{
	switch (c->shape)
	{
		case DT_SHAPE_WORD:
			out_str(o, dt_unsym_word_display(c->word));
			break;
		case DT_SHAPE_NUMBER:
			out_num(o, c->num, c->zeros);
			break;
		case DT_SHAPE_DOTTED:
			out_str(o, dt_unsym_word_display(c->word));
			out_chr(o, '.');
			if (c->has_num)
				out_num(o, c->num, c->zeros);
			else
				out_str(o, dt_unsym_word_display(c->word2));
			break;
		case DT_SHAPE_DASHED:
			out_str(o, c->word);
			out_chr(o, '-');
			out_num(o, c->num, c->zeros);
			break;
		case DT_SHAPE_BRACKETED:
			out_str(o, c->word);
			out_chr(o, '(');
			out_num(o, c->num, c->zeros);
			out_chr(o, ')');
			break;
	}
	if (c->part)
	{
		if (spaces)
			out_chr(o, ' ');
		out_chr(o, c->part);
	}
}

static void
out_paren(obuf *o, const dt_unsym_paren *p, bool spaces)
{
	if (spaces)
		out_chr(o, ' ');
	out_chr(o, '(');
	switch (p->kind)
	{
		case DT_PAREN_YEAR:
			out_num(o, p->num, 0);
			break;
		case DT_PAREN_SESSION:
			if (p->special == 1)
				out_str(o, "ES-");
			else if (p->special == 2)
				out_str(o, "S-");
			out_roman(o, p->num);
			break;
		case DT_PAREN_VOL:
			out_str(o, spaces ? "Vol. " : "Vol.");
			out_roman(o, p->num);
			break;
		case DT_PAREN_PART:
			out_str(o, spaces ? "Part " : "Part");
			out_roman(o, p->num);
			break;
		case DT_PAREN_RESUMPTION:
			out_str(o, spaces ? "Resumption " : "Resumption");
			out_num(o, p->num, 0);
			break;
		case DT_PAREN_CLOSED:
			out_str(o, "closed");
			break;
	}
	out_chr(o, ')');
}

static size_t
render(const dt_unsym *u, char *buf, size_t cap, bool spaces)
{
	obuf		o = {buf, cap, 0};

	for (int i = 0; i < u->ncomps; i++)
	{
		if (i)
			out_chr(&o, '/');
		out_comp(&o, &u->comps[i], spaces);
	}
	if (u->is_sc_resolution && u->sc_year)
	{
		dt_unsym_paren y = {DT_PAREN_YEAR, 0, u->sc_year};

		out_paren(&o, &y, spaces);
	}
	for (int i = 0; i < u->nparens; i++)
		out_paren(&o, &u->parens[i], spaces);
	out_finish(&o);
	return o.n;
}

size_t
dt_unsym_canonical(const dt_unsym *u, char *buf, size_t cap)
{
	return render(u, buf, cap, true);
}

size_t
dt_unsym_url_path(const dt_unsym *u, char *buf, size_t cap)
{
	return render(u, buf, cap, false);
}

size_t
dt_unsym_comp_text(const dt_unsym *u, int i, char *buf, size_t cap)
{
	obuf		o = {buf, cap, 0};

	if (i >= 0 && i < u->ncomps)
		out_comp(&o, &u->comps[i], true);
	out_finish(&o);
	return o.n;
}
