/*
 * un_symbols_named.c: references by name, resolved to document symbols.
 *
 * Called when the automaton has found a "resolution" word (six languages,
 * and UNSCR/SCR), "general comment"/"general recommendation", or 号决议.  It
 * reads the numbers that follow (bounded), sharing one head over a list:
 * "its resolutions 1160 (1998) of 31 March 1998, 1199 (1998) and 1203 (1998)".
 *
 * Which document a number names (un-symbols.md §12 and the labelling rules):
 *  - "N (YYYY)" where YYYY is the year of Security Council resolution N (the
 *    SC table) is that Council resolution, in any context and language;
 *  - "N (ROMAN)", "N A (ROMAN)": a General Assembly resolution before 1976
 *    (ECOSOC when the Economic and Social Council is named just before);
 *  - "S-8/1", "ES-11/1": special and emergency special session resolutions;
 *  - "S/N" with S a GA or HRC session: GA, or HRC where the Human Rights
 *    Council is the organ named (just before, nearby, or most in the text);
 *    "1996/31" (a year): ECOSOC, or the Commission on Human Rights;
 *  - a bare "N": a Security Council resolution only in a Security Council
 *    context; else one of the pre-1976 GA resolutions the gazetteer knows
 *    ("resolution 1514" is A/RES/1514 (XV)).
 * Drafts ("draft resolution II") and decisions are not resolutions.
 */
#include "un_symbols_int.h"

#include <stdio.h>
#include <string.h>

#define MAXITEMS	200			/* references one head may carry */
#define NO_SPAN		((size_t) -1)	/* read_item: the item's own start */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december",
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre",
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
	"setiembre", "octubre", "noviembre", "diciembre",
	NULL
};

/* Length of a month name at t[q] (any of three languages), or 0. */
static size_t
month_len(const unsigned char *t, size_t n, size_t q)
{
	int			i;

	for (i = 0; months[i]; i++)
	{
		size_t		l = strlen(months[i]);

		if (word_at(t, n, q, months[i]) && !(q + l < n && dt_ascii_letter(t[q + l])))
			return l;
	}
	return 0;
}

/* Skip a date after a reference: "of 31 March 1998", "22 March 1979",
 * "du 22 novembre 1967", "de 20 de julio de 2000", "on April 28, 2006",
 * "in 2014".  Returns the position after it, or q. */
static size_t
skip_date(const unsigned char *t, size_t n, size_t q)
{
	static const char *const lead[] = {"of ", "dated ", "adopted on ", "adopted ", "on ", "du ",
	"de ", "del ", "in ", "en ", NULL};
	size_t		r = skip_ws(t, n, q, 3);
	size_t		s,
				m;
	int			i;
	bool		lead_seen = false;

	if (r < n && t[r] == ',')
		r = skip_ws(t, n, r + 1, 3);
	for (i = 0; lead[i]; i++)
		if (word_at(t, n, r, lead[i]))
		{
			r = skip_ws(t, n, r + strlen(lead[i]), 3);
			lead_seen = true;
			break;
		}
	s = r;
	if (s < n && dt_ascii_digit(t[s]))
	{
		long		d = read_num(t, n, &s, 4);

		if (d >= 1 && d <= 31)
		{
			/* day month [year] */
			s = skip_ws(t, n, s, 3);
			if (word_at(t, n, s, "de "))
				s = skip_ws(t, n, s + 3, 3);
			if ((m = month_len(t, n, s)) == 0)
				return q;
			s += m;
			r = s;
			s = skip_ws(t, n, s, 3);
			if (s < n && t[s] == ',')
				s = skip_ws(t, n, s + 1, 3);
			if (word_at(t, n, s, "de "))
				s = skip_ws(t, n, s + 3, 3);
			if (s + 4 <= n && dt_ascii_digit(t[s]) && read_num(t, n, &s, 4) >= 1900 && !(s < n && dt_ascii_alnum(t[s])))
				return s;
			return r;
		}
		if (d >= 1940 && d <= 2100 && lead_seen && !(s < n && (dt_ascii_alnum(t[s]) || t[s] == '/')))
			return s;			/* "in 2014", "of 2005" */
		return q;
	}
	if ((m = month_len(t, n, s)) > 0)
	{
		/* "April 28, 2006" */
		s = skip_ws(t, n, s + m, 3);
		if (s < n && dt_ascii_digit(t[s]) && read_num(t, n, &s, 2) > 0)
		{
			r = s;
			if (s < n && t[s] == ',')
				s = skip_ws(t, n, s + 1, 3);
			if (s < n && dt_ascii_digit(t[s]) && read_num(t, n, &s, 4) >= 1900)
				return s;
			return r;
		}
	}
	return q;
}

/* A list separator at t[q]: ",", "and", "et", "y", "и", "و", ", and".
 * Returns the position after it (and the white space), or 0. */
static size_t
skip_sep(const unsigned char *t, size_t n, size_t q)
{
	size_t		r = skip_ws(t, n, q, 3);
	size_t		s;

	if (r < n && t[r] == ',')
	{
		s = skip_ws(t, n, r + 1, 3);
		if (word_at(t, n, s, "and ") || word_at(t, n, s, "et "))
			s = skip_ws(t, n, s + (t[s] == 'a' || t[s] == 'A' ? 3 : 2), 3);
		return s;
	}
	if (r == q)
		return 0;
	if (word_at(t, n, r, "and ") || word_at(t, n, r, "et ") || word_at(t, n, r, "y ") ||
		word_at(t, n, r, "e "))
	{
		s = r;
		while (s < n && dt_ascii_letter(t[s]))
			s++;
		return skip_ws(t, n, s, 3);
	}
	/* Russian и, Arabic و */
	if (r + 2 < n && ((t[r] == 0xD0 && t[r + 1] == 0xB8) || (t[r] == 0xD9 && t[r + 1] == 0x88)) &&
		ws_len(t, n, r + 2))
		return skip_ws(t, n, r + 2, 3);
	return 0;
}

/* "No.", "no", "Nos.", "n°", "nº", "№", "núm.", "number", ":" before a number. */
static size_t
skip_number_word(const unsigned char *t, size_t n, size_t q)
{
	size_t		r = q;

	if (r < n && t[r] == ':')
		return skip_ws(t, n, r + 1, 3);
	if (word_at(t, n, r, "number"))
		r += 6;
	else if (word_at(t, n, r, "nos"))
		r += 3;
	else if (word_at(t, n, r, "no") && !(r + 2 < n && dt_ascii_letter(t[r + 2])))
		r += 2;
	else if (word_at(t, n, r, "núm"))
		r += 4;
	else if (r + 2 < n && (t[r] == 'n' || t[r] == 'N') && t[r + 1] == 0xC2 && (t[r + 2] == 0xB0 || t[r + 2] == 0xBA))
		r += 3;
	else if (r + 2 < n && t[r] == 0xE2 && t[r + 1] == 0x84 && t[r + 2] == 0x96)
		r += 3;
	else
		return q;
	if (r < n && t[r] == '.')
		r++;
	return skip_ws(t, n, r, 3);
}

/* An unqualified "Council" is the council named last (SC, HRC, ECOSOC), if any. */
static int
council_named(const dt_symscan *sc, int organ)
{
	if (organ == DT_ORGAN_COUNCIL && sc->last_council)
		return sc->last_council;
	return organ;
}

/*
 * The organ named just before the word that starts at t[start] ("Security
 * Council resolution", "HRC decision", "the Council's decision", "Council’s
 * resolution"), through council_named; DT_ORGAN_NONE if none.  *before gets
 * where the words before it end (white space and a possessive "'s" skipped).
 */
static int
organ_just_before(const dt_symscan *sc, size_t start, size_t *before)
{
	const unsigned char *t = sc->t;
	size_t		b = skip_ws_back(t, start, start, 6);

	if (b >= 2 && (t[b - 1] == 's' || t[b - 1] == 'S') && t[b - 2] == '\'')
		b -= 2;
	else if (b >= 4 && (t[b - 1] == 's') && t[b - 2] == 0x99 && t[b - 3] == 0x80 && t[b - 4] == 0xE2)
		b -= 4;
	*before = b;
	if (sc->last_cue_end > 0 && b == sc->last_cue_end)
		return council_named(sc, sc->last_cue_organ);
	return DT_ORGAN_NONE;
}

/*
 * The organ of a "resolution" word at t[start] with no organ named just
 * before it (the words before it end at t[b]): the organ last named, if near.
 */
static int
organ_around(const dt_symscan *sc, size_t start, size_t b)
{
	const unsigned char *t = sc->t;

	/* "its resolution", "sa résolution", "su resolución": the text's own organ */
	if ((b >= 3 && word_at(t, sc->n, b - 3, "its") && (b == 3 || !dt_ascii_letter(t[b - 4]))) ||
		(b >= 5 && word_at(t, sc->n, b - 5, "their") && (b == 5 || !dt_ascii_letter(t[b - 6]))) ||
		(b >= 2 && (word_at(t, sc->n, b - 2, "sa") || word_at(t, sc->n, b - 2, "su")) &&
		 (b == 2 || !dt_ascii_letter(t[b - 3]))) ||
		(b >= 3 && (word_at(t, sc->n, b - 3, "ses") || word_at(t, sc->n, b - 3, "sus")) &&
		 (b == 3 || !dt_ascii_letter(t[b - 4]))))
	{
		/* the organ last named, if near */
		if (sc->last_cue_end > 0 && start - sc->last_cue_end <= 300)
			return council_named(sc, sc->last_cue_organ);
		return DT_ORGAN_NONE;
	}
	if (sc->last_cue_end > 0 && start - sc->last_cue_end <= 200)
		return council_named(sc, sc->last_cue_organ);
	return DT_ORGAN_NONE;
}

/* Part letters after a resolution number: "A", " B", "A and B", "A to D",
 * "A-D".  Returns the number of letters written into parts (0 if none) and
 * advances *q. */
static int
read_parts(const unsigned char *t, size_t n, size_t *q, char *parts)
{
	size_t		r = *q;
	size_t		s;
	char		a,
				b;
	int			k = 0;

	if (r < n && t[r] == ' ')
		r++;
	if (!(r < n && t[r] >= 'A' && t[r] <= 'H' && !(r + 1 < n && (dt_ascii_alnum(t[r + 1]) || t[r + 1] == '.' || t[r + 1] == '/'))))
		return 0;
	a = (char) t[r];
	r++;
	parts[k++] = a;
	/* "A and B", "A to D", "A-D", "A, B and C" */
	for (;;)
	{
		size_t		dl;

		s = skip_ws(t, n, r, 2);
		if ((dl = dash_len(t, n, s)) > 0 || word_at(t, n, s, "to ") || word_at(t, n, s, "à "))
		{
			size_t		u = dl ? s + dl : skip_ws(t, n, s + (t[s] == 't' ? 2 : 3), 2);

			if (u < n && t[u] > (unsigned char) a && t[u] <= 'H' && !(u + 1 < n && dt_ascii_alnum(t[u + 1])))
			{
				for (b = (char) (a + 1); b <= (char) t[u] && k < 8; b++)
					parts[k++] = b;
				r = u + 1;
			}
			break;
		}
		if (s < n && t[s] == ',')
			s = skip_ws(t, n, s + 1, 2);
		if (word_at(t, n, s, "and ") || word_at(t, n, s, "et ") || word_at(t, n, s, "y "))
			s = skip_ws(t, n, s + (t[s] == 'a' ? 3 : (t[s] == 'y' ? 1 : 2)), 2);
		else if (s == skip_ws(t, n, r, 2) && !(s > r && t[s - 1] == ' ' && t[r] == ','))
		{
			if (!(r < n && t[r] == ','))
				break;
		}
		if (s > r && s < n && t[s] > (unsigned char) parts[k - 1] && t[s] <= 'H' &&
			!(s + 1 < n && dt_ascii_alnum(t[s + 1])) && k < 8)
		{
			parts[k++] = (char) t[s];
			r = s + 1;
			continue;
		}
		break;
	}
	*q = r;
	return k;
}

/* A session in parentheses at t[q]: "(XV)", "(S-VII)", "(ES-V)".  Writes
 * " (XV)" into out; returns the position after ")", or 0. */
static size_t
read_session(const unsigned char *t, size_t n, size_t q, char *out, size_t cap)
{
	size_t		r = q,
				s,
				e;
	size_t		m = 0;
	size_t		dl;

	r = skip_ws(t, n, r, 3);
	if (r >= n || t[r] != '(')
		return 0;
	s = r + 1;
	if (s + 1 < n && t[s] == 'S' && (dl = dash_len(t, n, s + 1)) > 0)
	{
		memcpy(out, " (S-", 4);
		m = 4;
		s += 1 + dl;
	}
	else if (s + 2 < n && t[s] == 'E' && t[s + 1] == 'S' && (dl = dash_len(t, n, s + 2)) > 0)
	{
		memcpy(out, " (ES-", 5);
		m = 5;
		s += 2 + dl;
	}
	else
	{
		memcpy(out, " (", 2);
		m = 2;
	}
	for (e = s; e < n && e - s < 8 && (t[e] == 'I' || t[e] == 'V' || t[e] == 'X' || t[e] == 'L' || t[e] == 'C'); e++)
		;
	if (e == s || e >= n || t[e] != ')' || m + (e - s) + 2 > cap)
		return 0;
	memcpy(out + m, t + s, e - s);
	m += e - s;
	out[m++] = ')';
	out[m] = '\0';
	return e + 1;
}

/*
 * One reference of a list at t[q]; adds its item(s) with the span
 * [span_start or its own start, end).  Returns the end, or 0.
 */
static size_t
read_item(dt_symscan *sc, size_t q, size_t span_start, int organ)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		r = q;
	size_t		a = span_start != NO_SPAN ? span_start : q;
	char		buf[96];
	long		num,
				num2;
	size_t		dl;
	char		parts[8];
	int			np,
				k;

	if (r >= n)
		return 0;
	/* special and emergency special sessions: S-8/1, ES-11/1 */
	if (t[r] == 'S' || (t[r] == 'E' && r + 1 < n && t[r + 1] == 'S'))
	{
		size_t		s = r + (t[r] == 'E' ? 2 : 1);
		bool		es = t[r] == 'E';

		if ((dl = dash_len(t, n, s)) == 0)
			return 0;
		s += dl;
		if ((num = read_num(t, n, &s, 2)) < 1 || s >= n || t[s] != '/')
			return 0;
		s++;
		if ((num2 = read_num(t, n, &s, 4)) < 1 || (s < n && (dt_ascii_alnum(t[s]) || t[s] == '/')))
			return 0;
		snprintf(buf, sizeof(buf), "A/RES/%s-%ld/%ld", es ? "ES" : "S", num, num2);
		symscan_add(sc, a, s, buf, strlen(buf), true);
		return s;
	}
	if (!dt_ascii_digit(t[r]))
		return 0;
	num = read_num(t, n, &r, 5);
	if (num < 1)
		return 0;
	/* not a decimal, a thousands group, a percentage or an ordinal */
	if (r < n && ((t[r] == '.' || t[r] == ',') && r + 1 < n && dt_ascii_digit(t[r + 1])))
		return 0;
	if (r < n && (t[r] == '%' || (dt_ascii_letter(t[r]) && r + 1 < n && dt_ascii_letter(t[r + 1]))))
		return 0;
	if (r < n && t[r] == '/')
	{
		size_t		s = r + 1;

		if (s >= n || !dt_ascii_digit(t[s]))
			return 0;
		num2 = read_num(t, n, &s, 5);
		if (num2 < 1 || (s < n && (t[s] == '/' || (t[s] == '.' && s + 1 < n && dt_ascii_digit(t[s + 1])))))
			return 0;			/* a date: 22/4/2005 */
		r = s;
		np = read_parts(t, n, &r, parts);
		if (np == 0)
		{
			sym_item   *it = symscan_add_form(sc, a, r, FORM_SLASH);

			it->is_named = true;
			it->n1 = (int32_t) num;
			it->n2 = (int32_t) num2;
			it->organ = (uint8_t) organ;
			return r;
		}
		for (k = 0; k < np; k++)
		{
			sym_item   *it = symscan_add_form(sc, a, r, FORM_SLASH);

			it->is_named = true;
			it->n1 = (int32_t) num;
			it->n2 = (int32_t) num2;
			it->part = parts[k];
			it->organ = (uint8_t) organ;
		}
		return r;
	}
	if (r < n && dt_ascii_letter(t[r]) && !(t[r] >= 'A' && t[r] <= 'H'))
		return 0;
	{
		size_t		s = r;
		char		sess[24];
		size_t		e;

		np = read_parts(t, n, &s, parts);
		/* (YYYY) */
		{
			size_t		p = skip_ws(t, n, s, 3);

			if (np == 0 && p + 6 <= n && t[p] == '(' && dt_ascii_digit(t[p + 1]) && t[p + 5] == ')')
			{
				size_t		y0 = p + 1;
				long		year = read_num(t, n, &y0, 4);

				if (y0 == p + 5 && year >= 1946 && year <= 2100)
				{
					if (!dt_sc_resolution_year_ok((int) num, (int) year))
						return 0;
					snprintf(buf, sizeof(buf), "S/RES/%ld (%ld)", num, year);
					symscan_add(sc, a, p + 6, buf, strlen(buf), true);
					return p + 6;
				}
			}
		}
		/* (ROMAN): GA before 1976, or ECOSOC when named */
		e = read_session(t, n, s, sess, sizeof(sess));
		if (e > 0)
		{
			const char *series = organ == DT_ORGAN_ECOSOC ? "E/RES/" : "A/RES/";

			if (np == 0)
			{
				snprintf(buf, sizeof(buf), "%s%ld%s", series, num, sess);
				symscan_add(sc, a, e, buf, strlen(buf), true);
			}
			for (k = 0; k < np; k++)
			{
				snprintf(buf, sizeof(buf), "%s%ld %c%s", series, num, parts[k], sess);
				symscan_add(sc, a, e, buf, strlen(buf), true);
			}
			return e;
		}
		if (np > 0 && organ != DT_ORGAN_SC)
			return 0;
		/* a bare number */
		if (r < n && dt_ascii_letter(t[r]))
			return 0;
		if (month_len(t, n, skip_ws(t, n, r, 3)) > 0)
			return 0;			/* "20 July 1995": a date */
		/*
		 * "resolutions: 2139 in 2014", "resolution 2254 of 2015": the year of
		 * Security Council resolution N, when no other organ is named
		 * ("General Assembly resolution 2 in 1946" is not S/RES/2).  An
		 * unqualified "Council" is still open here: no council named before.
		 */
		if (organ == DT_ORGAN_NONE || organ == DT_ORGAN_SC || organ == DT_ORGAN_COUNCIL)
		{
			size_t		p = skip_ws(t, n, r, 3);

			if (word_at(t, n, p, "in ") || word_at(t, n, p, "of ") || word_at(t, n, p, "de "))
			{
				size_t		y0 = skip_ws(t, n, p + 3, 3);
				size_t		y1 = y0;
				long		year = read_num(t, n, &y1, 4);

				if (y1 == y0 + 4 && !(y1 < n && dt_ascii_alnum(t[y1])) && year >= 1946 && year <= 2100 &&
					dt_sc_resolution_year_ok((int) num, (int) year))
				{
					snprintf(buf, sizeof(buf), "S/RES/%ld (%ld)", num, year);
					symscan_add(sc, a, r, buf, strlen(buf), true);
					return r;
				}
			}
		}
		{
			sym_item   *it = symscan_add_form(sc, a, r, FORM_BARE);

			it->is_named = true;
			it->n1 = (int32_t) num;
			/* a bare number is a Council resolution only near the Council's name */
			if (organ == DT_ORGAN_NONE && sc->organ_end[DT_ORGAN_SC] > 0 && a >= sc->organ_end[DT_ORGAN_SC] &&
				a - sc->organ_end[DT_ORGAN_SC] <= 600)
				organ = DT_ORGAN_SC;
			it->organ = (uint8_t) organ;
		}
		return r;
	}
}

size_t
symscan_resolution(dt_symscan *sc, size_t start, size_t end, int pid)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	const dt_symname *p = &dt_symnames_patterns[pid];
	size_t		q,
				b;
	int			organ;
	int			count = 0;
	size_t		last_end = 0;

	organ = organ_just_before(sc, start, &b);
	/* "draft resolution": drafts are numbered apart */
	if (sc->draft_end > 0 && b == sc->draft_end)
		return 0;
	if (organ == DT_ORGAN_NONE)
		organ = organ_around(sc, start, b);
	if (p->kind == DT_SYMNAME_RESWORD_SC)
		organ = DT_ORGAN_SC;
	q = skip_ws(t, n, end, 4);
	q = skip_number_word(t, n, q);
	while (count < MAXITEMS)
	{
		size_t		e = read_item(sc, q, count == 0 ? start : NO_SPAN, organ);
		size_t		s;

		if (e == 0)
		{
			/* "of 12 March 2002," where a number was lost: skip the date */
			size_t		d = count > 0 ? skip_date(t, n, q) : q;

			if (d > q && (s = skip_sep(t, n, d)) > 0)
			{
				q = s;
				continue;
			}
			break;
		}
		count++;
		last_end = e;
		q = skip_date(t, n, e);
		s = skip_sep(t, n, q);
		if (s == 0)
			break;
		q = s;
	}
	return count > 0 ? last_end : 0;
}

void
symscan_resolution_zh(dt_symscan *sc, size_t start, size_t end)
{
	const unsigned char *t = sc->t;
	size_t		b = start;
	long		year = 0,
				num = 0,
				mul = 1;
	char		buf[48];

	/* backwards: [(YYYY) or （YYYY）] digits 第 */
	if (b >= 1 && t[b - 1] == ')')
		b -= 1;
	else if (b >= 3 && t[b - 3] == 0xEF && t[b - 2] == 0xBC && t[b - 1] == 0x89)
		b -= 3;
	else
		b = 0;
	if (b > 0 && b < start)
	{
		int			d;

		for (d = 0; d < 4 && b > 0 && dt_ascii_digit(t[b - 1]); d++, b--)
			year += (t[b - 1] - '0') * mul, mul *= 10;
		if (d != 4)
			return;
		if (b >= 1 && t[b - 1] == '(')
			b -= 1;
		else if (b >= 3 && t[b - 3] == 0xEF && t[b - 2] == 0xBC && t[b - 1] == 0x88)
			b -= 3;
		else
			return;
	}
	else
		b = start;
	mul = 1;
	{
		int			d;

		for (d = 0; d < 5 && b > 0 && dt_ascii_digit(t[b - 1]); d++, b--)
			num += (t[b - 1] - '0') * mul, mul *= 10;
		if (d == 0 || num < 1)
			return;
	}
	if (!(b >= 3 && t[b - 3] == 0xE7 && t[b - 2] == 0xAC && t[b - 1] == 0xAC))
		return;
	b -= 3;
	if (year > 0)
	{
		if (!dt_sc_resolution_year_ok((int) num, (int) year))
			return;
		snprintf(buf, sizeof(buf), "S/RES/%ld (%ld)", num, year);
		symscan_add(sc, b, end, buf, strlen(buf), true);
	}
	else
	{
		sym_item   *it = symscan_add_form(sc, b, end, FORM_BARE);

		it->is_named = true;
		it->n1 = (int32_t) num;
		it->organ = sc->last_cue_end > 0 && b - sc->last_cue_end <= 40 ? (uint8_t) sc->last_cue_organ : 0;
	}
}

/* The treaty body named nearest before pos (within limit bytes), or 0. */
static int
committee_before(const dt_symscan *sc, size_t pos, size_t limit)
{
	int			c,
				best = 0;
	size_t		best_pos = 0;

	for (c = 1; c < DT_COMMITTEE_COUNT; c++)
	{
		size_t		k = sc->committee_n[c];

		while (k > 0 && sc->committee_pos[c][k - 1] > pos)
			k--;
		if (k > 0 && pos - sc->committee_pos[c][k - 1] <= limit &&
			(best == 0 || sc->committee_pos[c][k - 1] > best_pos))
		{
			best = c;
			best_pos = sc->committee_pos[c][k - 1];
		}
	}
	return best;
}

size_t
symscan_comment(dt_symscan *sc, size_t start, size_t end, int gc_kind)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		q = skip_ws(t, n, end, 3);
	size_t		r;
	int			count = 0;
	size_t		last_end = 0;
	int			committee = committee_before(sc, start, 400);

	r = skip_number_word(t, n, q);
	if (r == q)
		return 0;				/* "general comment No." only */
	q = r;
	while (count < 20)
	{
		long		num;
		size_t		e = q;
		sym_item   *it;

		num = read_num(t, n, &e, 3);
		if (num < 1 || (e < n && (dt_ascii_alnum(t[e]) || t[e] == '/')))
			break;
		/* "(2018)" belongs to it; "(16th session)" does not */
		{
			size_t		p = e;

			if (p < n && t[p] == ' ')
				p++;
			if (p + 6 <= n && t[p] == '(' && t[p + 5] == ')' && dt_ascii_digit(t[p + 1]) && dt_ascii_digit(t[p + 4]))
				e = p + 6;
		}
		it = symscan_add_form(sc, count == 0 ? start : q, e, FORM_COMMENT);
		it->is_named = true;
		it->n1 = (int32_t) num;
		it->gc_kind = (uint8_t) gc_kind;
		it->organ = (uint8_t) committee;
		count++;
		last_end = e;
		/* skip a parenthetical such as "(16th session)" */
		r = skip_ws(t, n, e, 2);
		if (r < n && t[r] == '(')
		{
			size_t		c = r;

			while (c < n && c - r < 40 && t[c] != ')')
				c++;
			if (c < n && t[c] == ')')
				r = c + 1;
		}
		q = skip_sep(t, n, r);
		if (q == 0)
			break;
		q = skip_number_word(t, n, q);
	}
	return count > 0 ? last_end : 0;
}

/* The council the text is most about, for an unqualified "the Council". */
static int
main_council(const dt_symscan *sc)
{
	int			best = DT_ORGAN_SC;

	if (sc->organ_count[DT_ORGAN_HRC] > sc->organ_count[best])
		best = DT_ORGAN_HRC;
	if (sc->organ_count[DT_ORGAN_ECOSOC] > sc->organ_count[best])
		best = DT_ORGAN_ECOSOC;
	return sc->organ_count[best] > 0 ? best : DT_ORGAN_NONE;
}

size_t
symscan_resolve(dt_symscan *sc, const sym_item *it, char *buf, size_t cap)
{
	int			organ = it->organ;
	int			len = 0;
	char		part[3] = {0, 0, 0};

	if (it->part)
	{
		part[0] = ' ';
		part[1] = it->part;
	}
	if (organ == DT_ORGAN_COUNCIL)
		organ = main_council(sc);
	switch (it->form)
	{
		case FORM_BARE:
			if (organ == DT_ORGAN_SC)
			{
				if (it->n1 > dt_sc_resolution_table_last_number() + 200)
					return 0;
				len = snprintf(buf, cap, "S/RES/%d", (int) it->n1);
			}
			else if (organ == DT_ORGAN_NONE || organ == DT_ORGAN_GA)
			{
				int			i;

				for (i = 0; i < dt_symnames_noldga; i++)
					if (dt_symnames_oldga[i].number == it->n1)
						len = snprintf(buf, cap, "%s", dt_symnames_oldga[i].symbol);
			}
			break;
		case FORM_SLASH:
			if (it->n1 >= 1946 && it->n1 <= 2100)
			{
				if (organ != DT_ORGAN_CHR && organ != DT_ORGAN_ECOSOC)
					organ = sc->organ_count[DT_ORGAN_CHR] > 0 &&
						sc->organ_count[DT_ORGAN_CHR] >= sc->organ_count[DT_ORGAN_ECOSOC] ?
						DT_ORGAN_CHR : DT_ORGAN_ECOSOC;
				len = snprintf(buf, cap, "%s%d/%d%s", organ == DT_ORGAN_CHR ? "E/CN.4/RES/" : "E/RES/",
							   (int) it->n1, (int) it->n2, part);
			}
			else if (it->n1 >= 1 && it->n1 <= 99)
			{
				if (organ != DT_ORGAN_HRC && organ != DT_ORGAN_GA)
				{
					if (sc->organ_count[DT_ORGAN_HRC] > sc->organ_count[DT_ORGAN_GA])
						organ = DT_ORGAN_HRC;
					else if (it->n1 >= 31)
						organ = DT_ORGAN_GA;
					else
						organ = sc->organ_count[DT_ORGAN_HRC] > 0 ? DT_ORGAN_HRC : DT_ORGAN_NONE;
				}
				if (organ == DT_ORGAN_HRC && it->n1 > 70)
					organ = DT_ORGAN_GA;
				if (organ == DT_ORGAN_GA && it->n1 >= 31)
					len = snprintf(buf, cap, "A/RES/%d/%d%s", (int) it->n1, (int) it->n2, part);
				else if (organ == DT_ORGAN_HRC)
					len = snprintf(buf, cap, "A/HRC/RES/%d/%d%s", (int) it->n1, (int) it->n2, part);
			}
			break;
		case FORM_COMMENT:
			{
				int			c = organ;

				if (c == 0)
				{
					/* the treaty body named nearest, before or after */
					size_t		best = (size_t) -1;
					int			k;

					for (k = 1; k < DT_COMMITTEE_COUNT; k++)
					{
						/* positions are in text order: binary search the first after */
						size_t		lo = 0,
									hi = sc->committee_n[k],
									j;

						while (lo < hi)
						{
							size_t		mid = lo + (hi - lo) / 2;

							if (sc->committee_pos[k][mid] <= it->start)
								lo = mid + 1;
							else
								hi = mid;
						}
						for (j = lo > 0 ? lo - 1 : lo; j <= lo && j < sc->committee_n[k]; j++)
						{
							size_t		p = sc->committee_pos[k][j];
							size_t		d = p > it->start ? p - it->start : it->start - p;

							if (d < best)
							{
								best = d;
								c = k;
							}
						}
					}
				}
				if (it->gc_kind == 2)
				{
					/* general recommendations: CEDAW's have symbols from No. 27 */
					if (c == DT_COMMITTEE_CEDAW && it->n1 >= 27)
						len = snprintf(buf, cap, "CEDAW/C/GC/%d", (int) it->n1);
				}
				else if (c == DT_COMMITTEE_CCPR && it->n1 >= 32)
					len = snprintf(buf, cap, "CCPR/C/GC/%d", (int) it->n1);
				else if (c == DT_COMMITTEE_CRC && it->n1 >= 7)
					len = snprintf(buf, cap, "CRC/C/GC/%d", (int) it->n1);
				else if (c == DT_COMMITTEE_CESCR && it->n1 >= 17)
					len = snprintf(buf, cap, "E/C.12/GC/%d", (int) it->n1);
			}
			break;
	}
	if (len <= 0 || (size_t) len >= cap)
		return 0;
	return (size_t) len;
}

/*
 * A resolution heading: "61/244." or "2005/54." at the start of a line (or
 * after the dot leaders of a table of contents), followed by a title.  The
 * "/" is at t[i].  Returns the position after the number, or 0.
 */
size_t
symscan_heading(dt_symscan *sc, size_t i)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		k = i,
				b,
				s;
	long		n1,
				n2;
	sym_item   *it;

	while (k > 0 && dt_ascii_digit(t[k - 1]) && i - k < 5)
		k--;
	if (k == i)
		return 0;
	if (k >= 2 && t[k - 1] == '-' && t[k - 2] == 'S')
	{
		/* "S-26/2.", "ES-10/2.": special and emergency special sessions */
		size_t		h = k - 2;
		long		ss,
					nn;
		size_t		r = k,
					e;
		char		buf[96];
		bool		es = h > 0 && t[h - 1] == 'E';

		if (es)
			h--;
		if (h > 0 && dt_ascii_alnum(t[h - 1]))
			return 0;
		b = h;
		while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
			b--;
		if (!(b == 0 || t[b - 1] == '\n' || t[b - 1] == '\r'))
			return 0;
		ss = read_num(t, n, &r, 2);
		e = i + 1;
		nn = read_num(t, n, &e, 4);
		if (ss < 1 || nn < 1 || e + 2 >= n || t[e] != '.' || t[e + 1] != ' ' || !dt_ascii_upper(t[e + 2]))
			return 0;
		snprintf(buf, sizeof(buf), "A/RES/%s-%ld/%ld", es ? "ES" : "S", ss, nn);
		symscan_add(sc, h, e, buf, strlen(buf), true);
		return e;
	}
	if (k > 0 && (dt_ascii_alnum(t[k - 1]) || t[k - 1] == '/' || t[k - 1] == '.'))
		return 0;
	b = k;
	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	if (!(b == 0 || t[b - 1] == '\n' || t[b - 1] == '\r' ||
		  (b < k && b >= 3 && t[b - 1] == '.' && t[b - 2] == '.' && t[b - 3] == '.')))
		return 0;
	s = k;
	n1 = read_num(t, n, &s, 4);
	s = i + 1;
	n2 = read_num(t, n, &s, 4);
	if (n1 < 1 || n2 < 1 || s + 2 >= n || t[s] != '.' || t[s + 1] != ' ' || !dt_ascii_upper(t[s + 2]))
		return 0;
	if (!((n1 >= 31 && n1 <= 99) || (n1 >= 1978 && n1 <= 2100)))
		return 0;
	it = symscan_add_form(sc, k, s, FORM_SLASH);
	it->is_named = true;
	it->n1 = (int32_t) n1;
	it->n2 = (int32_t) n2;
	return s;
}

/*
 * "decision 12/118" after the Human Rights Council is named: A/HRC/DEC/12/118.
 * Other decisions (GA, ECOSOC, COP, boards) have no symbol and are skipped.
 */
size_t
symscan_decision(dt_symscan *sc, size_t start, size_t end)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		q,
				last_end = 0,
				b;
	int			count = 0;

	/* the organ must be named just before: "Human Rights Council decision",
	 * "HRC decision", "Council decision" or "the Council's decision" in a
	 * Human Rights Council text */
	if (organ_just_before(sc, start, &b) != DT_ORGAN_HRC)
		return 0;
	q = skip_number_word(t, n, skip_ws(t, n, end, 3));
	while (count < MAXITEMS)
	{
		size_t		r = q;
		long		s1,
					s2;
		char		buf[96];

		s1 = read_num(t, n, &r, 2);
		if (s1 < 1 || r >= n || t[r] != '/')
			break;
		r++;
		s2 = read_num(t, n, &r, 4);
		if (s2 < 1 || (r < n && (dt_ascii_alnum(t[r]) || t[r] == '/')))
			break;
		snprintf(buf, sizeof(buf), "A/HRC/DEC/%ld/%ld", s1, s2);
		symscan_add(sc, count == 0 ? start : q, r, buf, strlen(buf), true);
		count++;
		last_end = r;
		q = skip_sep(t, n, skip_date(t, n, r));
		if (q == 0)
			break;
	}
	return count > 0 ? last_end : 0;
}

/* An English ordinal in t[a..b) ("Sixty-eighth", "THIRTY-FIRST", "tenth"), or 0. */
static int
ordinal_value(const unsigned char *t, size_t a, size_t b)
{
	static const char *const units[] = {"first", "second", "third", "fourth", "fifth", "sixth",
	"seventh", "eighth", "ninth", NULL};
	static const char *const teens[] = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
	"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", NULL};
	static const char *const tens[] = {"twent", "thirt", "fort", "fift", "sixt", "sevent", "eight",
	"ninet", NULL};
	int			value = 0;
	size_t		p = a;
	int			i;

	for (i = 0; tens[i]; i++)
	{
		size_t		l = strlen(tens[i]);

		if (b - p > l && word_at(t, b, p, tens[i]))
		{
			if (b - p == l + 4 && word_at(t, b, p + l, "ieth"))
				return (i + 2) * 10;	/* "twentieth" */
			if (p + l < b && (t[p + l] == 'y' || t[p + l] == 'Y') && p + l + 1 < b && t[p + l + 1] == '-')
			{
				value = (i + 2) * 10;
				p += l + 2;
			}
			break;
		}
	}
	for (i = 0; units[i]; i++)
		if (b - p == strlen(units[i]) && word_at(t, b, p, units[i]))
			return value + i + 1;
	if (value == 0)
		for (i = 0; teens[i]; i++)
			if (b - p == strlen(teens[i]) && word_at(t, b, p, teens[i]))
				return i + 10;
	return 0;
}

void
symscan_supplement(dt_symscan *sc, size_t start, size_t end)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		q = end,
				b = start,
				w,
				sp,
				a;
	long		num;
	int			session;
	char		buf[48];
	sym_item   *it;

	/* "Supplement No. 53", "SUPPLEMENT.No.3" */
	if (q < n && t[q] == '.')
		q++;
	q = skip_ws(t, n, q, 3);
	w = skip_number_word(t, n, q);
	if (w == q)
		return;
	num = read_num(t, n, &w, 3);
	if (num < 1 || (w < n && dt_ascii_alnum(t[w])))
		return;
	/* backwards: "<ordinal> Session, " */
	while (b > 0 && start - b < 6 && ((sp = ws_len_back(t, b)) > 0 || t[b - 1] == ','))
		b -= sp > 0 ? sp : 1;
	if (b < 7 || !word_at(t, n, b - 7, "session"))
		return;
	b = skip_ws_back(t, b - 7, start, 24);
	a = b;
	while (a > 0 && (dt_ascii_letter(t[a - 1]) || t[a - 1] == '-') && b - a < 20)
		a--;
	session = ordinal_value(t, a, b);
	if (session < 1 || session > 99)
		return;
	snprintf(buf, sizeof(buf), "A/%d/%ld", session, num);
	it = symscan_add(sc, a, w, buf, strlen(buf), true);
	it->titled = 1;				/* dropped when the symbol is written after it */
}
