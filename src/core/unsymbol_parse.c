/*
 * unsymbol_parse.c: read a UN document symbol in any of the spellings users
 * and texts have, strictly as to structure.
 *
 * Two steps.  First the input is normalised into a short ASCII buffer:
 * spaces of every kind are dropped (they are never significant inside a
 * symbol: "S/RES /1019(1995)", "CCPR/C/GC/R. 36", "A/RES/217A (III)"),
 * letters are upper-cased, non-breaking and other Unicode hyphens become
 * "-"; each kept byte remembers its character position for error messages.
 * Then one left-to-right pass reads the "/"-separated components and the
 * trailing parentheticals, and dt_unsym_finish() checks the structure and
 * builds the binary key.  No backtracking, no allocation.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dt_ascii.h"
#include "unsymbol.h"
#include "unsymbol_internal.h"
#include "utf8.h"

typedef struct scan
{
	char		t[DT_UNSYM_MAX_TEXT + 1];	/* normalised text */
	int			pos[DT_UNSYM_MAX_TEXT + 1]; /* 1-based character position of each byte */
	bool		gap[DT_UNSYM_MAX_TEXT + 1]; /* spaces were dropped just before this byte */
	bool		lower[DT_UNSYM_MAX_TEXT + 1];	/* the letter was written in small letters */
	bool		organ_capitals; /* the organ is written with capitals ("A", "S", "Ccpr") */
	int			n;
	int			i;
	int			endpos;			/* character position just past the input */
	dt_unsym_error *err;
} scan;

bool
dt_unsym_fail(dt_unsym_error *err, const char *component, int comp_index, int position,
			  const char *fmt,...)
{
	if (err)
	{
		va_list		ap;

		err->component = component;
		err->comp_index = comp_index;
		err->position = position;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		va_end(ap);
	}
	return false;
}

static int
pos_at(const scan *sc, int i)
{
	return i < sc->n ? sc->pos[i] : sc->endpos;
}

/* Unicode code points read as spaces (dropped) or as hyphens. */
static bool
is_unicode_space(unsigned cp)
{
	return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
		cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x2060;
}

static bool
is_unicode_hyphen(unsigned cp)
{
	return (cp >= 0x2010 && cp <= 0x2013) || cp == 0x2212 || cp == 0x00AD;
}

/* Step 1: normalise s into sc->t. */
static bool
normalise(scan *sc, const char *s, size_t len)
{
	size_t		i = 0;
	int			ch = 0;			/* characters seen */
	bool		gap = false;

	sc->n = 0;
	if (len > DT_UNSYM_MAX_INPUT)
		return dt_unsym_fail(sc->err, "symbol", 0, 1,
							 "input longer than %d bytes", DT_UNSYM_MAX_INPUT);
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		unsigned	cp;
		int			nb;
		char		out;
		bool		low = false;

		ch++;
		if (c < 0x80)
		{
			i++;
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
			{
				gap = true;
				continue;
			}
			if (c < 0x20 || c == 0x7f)
				return dt_unsym_fail(sc->err, "symbol", 0, ch, "unexpected control character");
			out = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : (char) c;
			low = c >= 'a' && c <= 'z';
		}
		else
		{
			int32_t		dc = dt_utf8_decode((const unsigned char *) s + i, len - i, &nb);

			if (dc < 0)
				return dt_unsym_fail(sc->err, "symbol", 0, ch, "invalid UTF-8");
			cp = (unsigned) dc;
			i += nb;
			if (is_unicode_space(cp))
			{
				gap = true;
				continue;
			}
			if (is_unicode_hyphen(cp))
				out = '-';
			else
				return dt_unsym_fail(sc->err, "symbol", 0, ch,
									 "unexpected character U+%04X", cp);
		}
		if (sc->n >= DT_UNSYM_MAX_TEXT)
			return dt_unsym_fail(sc->err, "symbol", 0, ch,
								 "symbol longer than %d characters", DT_UNSYM_MAX_TEXT);
		sc->t[sc->n] = out;
		sc->pos[sc->n] = ch;
		sc->gap[sc->n] = gap;
		sc->lower[sc->n] = low;
		gap = false;
		sc->n++;
	}
	sc->endpos = ch + 1;
	sc->t[sc->n] = '\0';
	if (sc->n == 0)
		return dt_unsym_fail(sc->err, "symbol", 0, 1, "empty symbol");
	return true;
}

/*
 * Words a symbol holds, which users also write in small letters
 * ("A/res/60/1", "S/Res/1325", "A/Conf.151/26", "E/CN.4/Sub.2").  The symbol
 * scanner asks the same (dt_unsym_is_keyword).
 */
static const char *const keywords[] = {
	"RES", "DEC", "PRST", "INF", "PV", "SR", "CRP", "WP", "L", "R", "GC", "NGO", "PET",
	"ADD", "CORR", "REV", "AMEND", "SUMMARY", "SUB", "AC", "C", "CN", "CONF", "SC", "WG",
	"PC", "PCN", "EA", "HRC", "S", "ES", "SER", "BUR", "EX", "CP", "CMP", "CMA", "ICEF"
};

bool
dt_unsym_is_keyword(const char *word, size_t len)
{
	for (size_t k = 0; k < sizeof(keywords) / sizeof(keywords[0]); k++)
		if (dt_unsym_word_eq(keywords[k], word, len))
			return true;
	return false;
}

/*
 * A word is a placeholder, not a series code, when it is a template word, or
 * when it has small letters in a symbol whose organ is written with capitals
 * and is not one of the keywords ("A/session/53", "S/PRST/year/1",
 * "UNEP/EA.n/5").  In a symbol written all in small letters ("a/res/60/1",
 * "st/sgb/2003/13") case says nothing.  The organ itself is never one.
 */
static bool
is_placeholder(const scan *sc, const char *word, int start, int comp_index)
{
	bool		small = false;

	if (comp_index <= 1)
		return false;
	if (dt_unsym_is_template_word(word))
		return true;
	for (int j = start; j < sc->i; j++)
		small |= sc->lower[j];
	return small && sc->organ_capitals && !dt_unsym_is_keyword(word, strlen(word));
}

/* The word at t[start..end) as written (small letters kept), into buf. */
static void
as_written(const scan *sc, int start, int end, char *buf, size_t cap)
{
	size_t		k = 0;

	for (int j = start; j < end && k + 1 < cap; j++)
		buf[k++] = sc->lower[j] ? (char) (sc->t[j] - 'A' + 'a') : sc->t[j];
	if (cap)
		buf[k] = '\0';
}

/* Letters at sc->i into word; returns false on a too-long word or a placeholder. */
static bool
read_word(scan *sc, char *word, int comp_index, const char *what)
{
	int			start = sc->i,
				k = 0;
	char		written[DT_UNSYM_MAX_WORD + 1];

	while (sc->i < sc->n && dt_ascii_upper(sc->t[sc->i]))
	{
		if (sc->i > start && sc->gap[sc->i])
			return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, sc->i),
								 "a space inside a word");
		if (k >= DT_UNSYM_MAX_WORD)
			return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, start),
								 "word longer than %d letters", DT_UNSYM_MAX_WORD);
		word[k++] = sc->t[sc->i++];
	}
	word[k] = '\0';
	as_written(sc, start, sc->i, written, sizeof(written));
	if (comp_index == 1)
	{
		for (int j = start; j < sc->i; j++)
			if (!sc->lower[j])
				sc->organ_capitals = true;
	}
	else if (is_placeholder(sc, word, start, comp_index))
		return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, start),
							 "\"%s\" is a placeholder in a template, not a series code", written);
	/* series codes are abbreviations */
	if (k > DT_UNSYM_MAX_CODE && strcmp(word, "SUMMARY") != 0)
		return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, start),
							 "\"%s\" is not a series code (at most %d letters)", written, DT_UNSYM_MAX_CODE);
	return true;
}

/* Digits at sc->i into *num / *zeros. */
static bool
read_number(scan *sc, uint32_t *num, uint8_t *zeros, int comp_index, const char *what)
{
	int			start = sc->i,
				nd = 0,
				z = 0;
	uint32_t	v = 0;

	while (sc->i < sc->n && dt_ascii_digit(sc->t[sc->i]))
	{
		if (sc->i > start && sc->gap[sc->i])
			return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, sc->i),
								 "a space inside a number");
		if (++nd > DT_UNSYM_MAX_DIGITS)
			return dt_unsym_fail(sc->err, what, comp_index, pos_at(sc, start),
								 "number longer than %d digits", DT_UNSYM_MAX_DIGITS);
		if (v == 0 && sc->t[sc->i] == '0' && sc->i + 1 < sc->n && dt_ascii_digit(sc->t[sc->i + 1]))
			z++;
		else
			v = v * 10 + (uint32_t) (sc->t[sc->i] - '0');
		sc->i++;
	}
	*num = v;
	*zeros = (uint8_t) z;
	return true;
}

/* True at the end of a component: "/", "(", "*" or the end. */
static bool
at_comp_end(const scan *sc)
{
	return sc->i >= sc->n || sc->t[sc->i] == '/' || sc->t[sc->i] == '(' || sc->t[sc->i] == '*';
}

/* Optional part letter after a number: one letter, then the component ends. */
static bool
read_part_letter(scan *sc, dt_unsym_comp *c, int ci)
{
	if (sc->i < sc->n && dt_ascii_upper(sc->t[sc->i]))
	{
		int			at = sc->i;

		c->part = sc->t[sc->i++];
		if (sc->i < sc->n && dt_ascii_upper(sc->t[sc->i]))
			return dt_unsym_fail(sc->err, "part letter", ci, pos_at(sc, at),
								 "a number can be followed by one part letter only");
	}
	return true;
}

static bool
expect_comp_end(scan *sc, int ci)
{
	if (at_comp_end(sc))
		return true;
	if (sc->t[sc->i] == '.')
		return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, sc->i),
							 "unexpected \".\" (a symbol does not end with a period)");
	return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, sc->i),
						 "unexpected \"%c\"", sc->t[sc->i]);
}

/* One "/"-separated component at sc->i. */
static bool
read_component(scan *sc, dt_unsym_comp *c, int ci)
{
	int			start = sc->i;

	memset(c, 0, sizeof(*c));
	if (sc->i >= sc->n || sc->t[sc->i] == '/' || sc->t[sc->i] == '(' || sc->t[sc->i] == '*')
		return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, start),
							 ci == 1 ? "the symbol must start with an organ or series (A, S, E, ST, ...)"
							 : "empty component");
	if (dt_ascii_digit(sc->t[sc->i]))
	{
		c->shape = DT_SHAPE_NUMBER;
		c->has_num = 1;
		if (!read_number(sc, &c->num, &c->zeros, ci, "number"))
			return false;
		if (!read_part_letter(sc, c, ci))
			return false;
		return expect_comp_end(sc, ci);
	}
	if (!dt_ascii_upper(sc->t[sc->i]))
		return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, start),
							 "unexpected \"%c\"", sc->t[sc->i]);
	if (!read_word(sc, c->word, ci, "component"))
		return false;
	if (sc->i >= sc->n || at_comp_end(sc))
	{
		/* "(" right after a word, digits, ")" and "/": an inner bracket, TD/B/EX(41)/3 */
		if (sc->i < sc->n && sc->t[sc->i] == '(' && sc->i + 1 < sc->n && dt_ascii_digit(sc->t[sc->i + 1]))
		{
			int			j = sc->i + 1;

			while (j < sc->n && dt_ascii_digit(sc->t[j]))
				j++;
			if (j + 1 < sc->n && sc->t[j] == ')' && sc->t[j + 1] == '/')
			{
				sc->i++;
				c->shape = DT_SHAPE_BRACKETED;
				c->has_num = 1;
				if (!read_number(sc, &c->num, &c->zeros, ci, "component"))
					return false;
				sc->i++;		/* ")" */
				return true;
			}
		}
		c->shape = DT_SHAPE_WORD;
		return true;
	}
	if (sc->t[sc->i] == '.')
	{
		sc->i++;
		c->shape = DT_SHAPE_DOTTED;
		if (sc->i < sc->n && dt_ascii_digit(sc->t[sc->i]))
		{
			c->has_num = 1;
			if (!read_number(sc, &c->num, &c->zeros, ci, dt_unsym_word_is_modifier(c->word) ? "modifier" : "component"))
				return false;
			if (!read_part_letter(sc, c, ci))
				return false;
		}
		else if (sc->i < sc->n && dt_ascii_upper(sc->t[sc->i]))
		{
			int			w2 = sc->i;

			if (!read_word(sc, c->word2, ci, "component"))
				return false;
			/* "Summary" is a modifier word, never the series code after a period */
			if (strcmp(c->word2, "SUMMARY") == 0)
				return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, w2),
									 "\"%s\" is not a series code (at most %d letters)",
									 "Summary", DT_UNSYM_MAX_CODE);
		}
		else
			return dt_unsym_fail(sc->err, dt_unsym_word_is_modifier(c->word) ? "modifier" : "component",
								 ci, pos_at(sc, sc->i),
								 "expected a number after \"%s.\"", dt_unsym_word_display(c->word));
		return expect_comp_end(sc, ci);
	}
	if (sc->t[sc->i] == '-')
	{
		if (strcmp(c->word, "S") != 0 && strcmp(c->word, "ES") != 0)
			return dt_unsym_fail(sc->err, "session", ci, pos_at(sc, sc->i),
								 "only S- (special) and ES- (emergency special) sessions take a hyphen");
		sc->i++;
		if (sc->i >= sc->n || !dt_ascii_digit(sc->t[sc->i]))
			return dt_unsym_fail(sc->err, "session", ci, pos_at(sc, sc->i),
								 "expected a session number after \"%s-\"", c->word);
		c->shape = DT_SHAPE_DASHED;
		c->has_num = 1;
		if (!read_number(sc, &c->num, &c->zeros, ci, "session"))
			return false;
		return expect_comp_end(sc, ci);
	}
	if (dt_ascii_digit(sc->t[sc->i]))
		return dt_unsym_fail(sc->err, dt_unsym_word_is_modifier(c->word) ? "modifier" : "component",
							 ci, pos_at(sc, sc->i),
							 "a period must separate \"%s\" from its number",
							 dt_unsym_word_display(c->word));
	return dt_unsym_fail(sc->err, "component", ci, pos_at(sc, sc->i),
						 "unexpected \"%c\"", sc->t[sc->i]);
}

static bool
match_kw(const char *s, int n, const char *kw, int *len)
{
	int			k = (int) strlen(kw);

	if (n >= k && memcmp(s, kw, k) == 0)
	{
		*len = k;
		return true;
	}
	return false;
}

/* Roman numeral s[0..n) (upper case); 0 if not a canonical roman numeral. */
static unsigned
parse_roman(const char *s, int n)
{
	unsigned	v = 0;
	char		buf[24];

	if (n <= 0 || n > 15)
		return 0;
	for (int k = 0; k < n; k++)
	{
		unsigned	cur,
					nxt = 0;

		switch (s[k])
		{
			case 'I': cur = 1; break;
			case 'V': cur = 5; break;
			case 'X': cur = 10; break;
			case 'L': cur = 50; break;
			case 'C': cur = 100; break;
			case 'D': cur = 500; break;
			case 'M': cur = 1000; break;
			default: return 0;
		}
		if (k + 1 < n)
		{
			switch (s[k + 1])
			{
				case 'I': nxt = 1; break;
				case 'V': nxt = 5; break;
				case 'X': nxt = 10; break;
				case 'L': nxt = 50; break;
				case 'C': nxt = 100; break;
				case 'D': nxt = 500; break;
				case 'M': nxt = 1000; break;
				default: return 0;
			}
		}
		if (cur < nxt)
			v -= cur;
		else
			v += cur;
	}
	if (v < 1 || v > 3999)
		return 0;
	/* only the canonical spelling: "IIII" or "IC" are not numerals here */
	if (dt_roman(v, buf, sizeof(buf)) != (size_t) n || memcmp(buf, s, n) != 0)
		return 0;
	return v;
}

static bool
all_digits(const char *s, int n)
{
	if (n <= 0)
		return false;
	for (int k = 0; k < n; k++)
		if (!dt_ascii_digit(s[k]))
			return false;
	return true;
}

static uint32_t
digits_value(const char *s, int n)
{
	uint32_t	v = 0;

	for (int k = 0; k < n; k++)
		v = v * 10 + (uint32_t) (s[k] - '0');
	return v;
}

/* A roman or (for volumes and parts) arabic number. */
static bool
roman_or_arabic(const char *s, int n, uint32_t *v)
{
	if (all_digits(s, n) && n <= 4)
	{
		*v = digits_value(s, n);
		return *v >= 1 && *v <= 3999;	/* printed in Roman numerals */
	}
	*v = parse_roman(s, n);
	return *v != 0;
}

/* One parenthetical; sc->i is at "(". */
static bool
read_paren(scan *sc, dt_unsym_paren *p)
{
	int			open = sc->i,
				start,
				end,
				n,
				k = 0;
	const char *s;

	memset(p, 0, sizeof(*p));
	sc->i++;
	start = sc->i;
	while (sc->i < sc->n && sc->t[sc->i] != ')')
	{
		if (sc->t[sc->i] == '(' || sc->t[sc->i] == '/')
			return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, sc->i),
								 "unexpected \"%c\" inside a parenthetical", sc->t[sc->i]);
		sc->i++;
	}
	if (sc->i >= sc->n)
		return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, open),
							 "unclosed parenthesis");
	end = sc->i;
	sc->i++;					/* ")" */
	s = sc->t + start;
	n = end - start;
	if (n == 0)
		return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, open), "empty parentheses");

	if (all_digits(s, n))
	{
		if (n != 4)
			return dt_unsym_fail(sc->err, "year", 0, pos_at(sc, start),
								 "a year in parentheses has four digits");
		p->kind = DT_PAREN_YEAR;
		p->num = digits_value(s, n);
		if (p->num == 0)
			return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, open), "number out of range");
		return true;
	}
	if (match_kw(s, n, "RESUMPTION", &k))
	{
		if (!all_digits(s + k, n - k) || n - k > 3 || digits_value(s + k, n - k) == 0)
			return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, start + k),
								 "expected a number after \"Resumption\"");
		p->kind = DT_PAREN_RESUMPTION;
		p->num = digits_value(s + k, n - k);
		return true;
	}
	if (n == 6 && memcmp(s, "CLOSED", 6) == 0)
	{
		p->kind = DT_PAREN_CLOSED;
		return true;
	}
	if (match_kw(s, n, "VOLUME", &k) || match_kw(s, n, "VOL", &k) ||
		match_kw(s, n, "PART", &k))
	{
		bool		vol = s[0] == 'V';

		if (k < n && s[k] == 'S')
			return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, start),
								 "several %s are several symbols: write one", vol ? "volumes" : "parts");
		if (k < n && s[k] == '.')
			k++;
		if (!roman_or_arabic(s + k, n - k, &p->num))
			return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, start + k),
								 "expected a %s number (I, II, ...)", vol ? "volume" : "part");
		p->kind = vol ? DT_PAREN_VOL : DT_PAREN_PART;
		return true;
	}
	if (match_kw(s, n, "ES-", &k) || match_kw(s, n, "S-", &k))
	{
		p->special = s[0] == 'E' ? 1 : 2;
		p->num = parse_roman(s + k, n - k);
		if (p->num == 0)
			return dt_unsym_fail(sc->err, "session", 0, pos_at(sc, start + k),
								 "expected a session in Roman numerals after \"%.*s\"", k, s);
		p->kind = DT_PAREN_SESSION;
		return true;
	}
	p->num = parse_roman(s, n);
	if (p->num != 0)
	{
		p->kind = DT_PAREN_SESSION;
		return true;
	}
	return dt_unsym_fail(sc->err, "parenthetical", 0, pos_at(sc, start),
						 "unknown parenthetical \"%.*s\" (expected a year, a Roman session, Vol., Part, Resumption or closed)",
						 n > 40 ? 40 : n, s);
}

bool
dt_unsym_parse(const char *s, size_t len, dt_unsym *out, dt_unsym_error *err)
{
	scan		sc;
	int			comp_start[DT_UNSYM_MAX_COMPS];
	int			paren_start[DT_UNSYM_MAX_PARENS];

	/* components and parentheticals are cleared as they are read */
	out->ncomps = out->nbase = out->nparens = out->is_sc_resolution = 0;
	out->sc_year = out->keylen = 0;
	sc.err = err;
	sc.organ_capitals = false;
	if (!normalise(&sc, s, len))
		return false;

	/* the reissue asterisk(s) at the very end */
	while (sc.n > 0 && sc.t[sc.n - 1] == '*')
		sc.endpos = sc.pos[--sc.n];

	sc.i = 0;
	for (;;)
	{
		int			ci = out->ncomps + 1;

		if (out->ncomps >= DT_UNSYM_MAX_COMPS)
			return dt_unsym_fail(err, "symbol", 0, pos_at(&sc, sc.i),
								 "more than %d components", DT_UNSYM_MAX_COMPS);
		comp_start[out->ncomps] = pos_at(&sc, sc.i);
		if (!read_component(&sc, &out->comps[out->ncomps], ci))
			return false;
		out->ncomps++;
		if (sc.i < sc.n && sc.t[sc.i] == '/')
		{
			sc.i++;
			if (sc.i >= sc.n)
				return dt_unsym_fail(err, "component", ci + 1, pos_at(&sc, sc.i),
									 "the symbol ends with \"/\" (a series, not a document)");
			continue;
		}
		break;
	}
	/* reissue asterisk before the parentheticals */
	while (sc.i < sc.n && sc.t[sc.i] == '*')
		sc.i++;
	while (sc.i < sc.n)
	{
		if (sc.t[sc.i] != '(')
			return dt_unsym_fail(err, "symbol", 0, pos_at(&sc, sc.i),
								 "unexpected \"%c\" after the symbol", sc.t[sc.i]);
		if (out->nparens >= DT_UNSYM_MAX_PARENS)
			return dt_unsym_fail(err, "parenthetical", 0, pos_at(&sc, sc.i),
								 "too many parentheticals");
		paren_start[out->nparens] = pos_at(&sc, sc.i);
		if (!read_paren(&sc, &out->parens[out->nparens]))
			return false;
		for (int k = 0; k < out->nparens; k++)
			if (out->parens[k].kind == out->parens[out->nparens].kind)
				return dt_unsym_fail(err, "parenthetical", 0, paren_start[out->nparens],
									 "the same kind of parenthetical twice");
		out->nparens++;
	}
	return dt_unsym_finish(out, err, comp_start, paren_start, false);
}
