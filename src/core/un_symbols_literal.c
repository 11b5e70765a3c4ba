/*
 * un_symbols_literal.c: UN document symbols written out in a text.
 *
 * Called at each "/" or "_" of the text.  Looks back (at most 16 letters and a
 * little white space) for the organ or series that opens a symbol, then reads
 * the symbol forwards component by component, the way it is printed:
 *  - stray white space before a "/" or after a "." ("CCPR /C/GC/36",
 *    "ST/PSCA/1/Add.<newline>21"), glued part letters ("32/40B"), the reissue
 *    "*", a parenthetical ("(2006)", "(XV)", "(Vol.I)", "(Vols. I-III)");
 *  - it stops before trailing punctuation and before a word glued to it
 *    ("CAT/C/SR.209Convention");
 *  - URLs (undocs.org/en/..., docs.un.org/..., ?symbol=...) and Digital Library
 *    file names (A_RES_31_59-EN, A_65_L_78_EA);
 *  - after it, elided lists and ranges: "Add.39, 44 and 46", "SR.24-34, 36",
 *    "and Corr.1", "+ Add.1-4", each item one symbol with its own span.
 * The text it builds is then validated by the unsymbol parser; when the whole
 * does not parse, shorter readings are tried (without the parenthetical, then
 * without trailing components).  Look-alikes never pass: the first component
 * must be an organ or series (press-release codes SC/, GA/, SG/SM/ are not),
 * dates and fractions start with digits, "and/or" and "A/B" hold no digit.
 * All look-around is bounded, so the cost per trigger is constant.
 */
#include "un_symbols_int.h"
#include "unsymbol_internal.h"

#include <stdio.h>
#include <string.h>

#define MAXC		16			/* components */
#define MAXTEXT		250			/* bytes of symbol text built */
#define MAXLIST		400			/* symbols one list may expand to */
#define MAXRANGE	100			/* members of one range: hi - lo < MAXRANGE */

/* OCR damage a librarian reads with certainty (un-symbols.md §10). */
static const struct
{
	const char *seen;
	const char *meant;
}			ocr_organs[] = {
	{"STILIB", "ST/LIB"},
	{"NlNF", "A/INF"},
	{NULL, NULL}
};

/*
 * Ranges multiply references ("Add.1-100" is 100 of them).  A text may
 * expand ranges into fewer than 1,000 + (its length / 4) extra references
 * (sc->range_budget, set by dt_un_symbols_scan), so that the output stays
 * proportional to the input whatever the text.
 */
static bool
spend_budget(dt_symscan *sc, long extra)
{
	if ((size_t) extra >= sc->range_budget)
		return false;
	sc->range_budget -= (size_t) extra;
	return true;
}

/* Modifiers and the dotted components whose numbers lists elide. */
static const char *const list_keywords[] = {
	"Add", "Corr", "Rev", "Amend", "SR", "PV", "L", NULL
};
static const char *const modifiers[] = {"Add", "Corr", "Rev", "Amend", NULL};

typedef struct lit
{
	char		buf[MAXTEXT + 40];	/* the symbol text being built */
	size_t		len;
	int			ncomp;
	size_t		comp_len[MAXC];	/* text length after component i */
	size_t		comp_end[MAXC];	/* source position after component i */
	bool		comp_placeholder[MAXC]; /* a word in small letters ("docNum") */
	int			kw_comp;		/* index of a trailing KEYWORD.number component, or -1 */
	char		kw[8];			/* its keyword, canonical spelling */
	size_t		kw_num_start;	/* source position of its number */
	long		range_hi;		/* "Add.14-16": 16, else -1 */
	size_t		range_end;		/* source position after the range */
	char		part;			/* glued part letter */
	size_t		part_end;
} lit;

static bool
append(lit *L, const char *s, size_t len)
{
	if (L->len + len > MAXTEXT)
		return false;
	memcpy(L->buf + L->len, s, len);
	L->len += len;
	L->buf[L->len] = '\0';
	return true;
}

static bool
append_num(lit *L, long v)
{
	char		d[24];
	int			k = 0;
	char		o[24];
	int			m = 0;

	if (v < 0)
		return false;
	do
	{
		d[k++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (k > 0)
		o[m++] = d[--k];
	return append(L, o, m);
}

/* Is t[a..b) (letters) one of words, case-insensitively?  Returns its index. */
static int
word_in(const unsigned char *t, size_t a, size_t b, const char *const *words)
{
	int			i;

	for (i = 0; words[i]; i++)
	{
		size_t		k;
		size_t		wl = strlen(words[i]);

		if (wl != b - a)
			continue;
		for (k = 0; k < wl; k++)
			if (dt_ascii_toupper(t[a + k]) != dt_ascii_toupper((unsigned char) words[i][k]))
				break;
		if (k == wl)
			return i;
	}
	return -1;
}

/* Exact (case-sensitive) membership. */
static bool
word_is(const unsigned char *t, size_t a, size_t b, const char *w)
{
	return strlen(w) == b - a && memcmp(t + a, w, b - a) == 0;
}

/*
 * A range after the number lo that ends at t[at]: "-16" after "Add.14".  The
 * range's last number, with *end just past it, when a dash and a number
 * greater than lo follow and the range has at most MAXRANGE members; else -1.
 */
static long
range_after(const unsigned char *t, size_t n, size_t at, long lo, size_t *end)
{
	size_t		dl = dash_len(t, n, at);
	size_t		r = at + dl;
	long		hi;

	if (dl == 0 || r >= n || !dt_ascii_digit(t[r]))
		return -1;
	hi = read_num(t, n, &r, 5);
	if (hi <= lo || hi - lo >= MAXRANGE)
		return -1;
	*end = r;
	return hi;
}

/* Does s[0..len) end in a subsidiary body with its number ("E/CN.4", "A/C.3",
 * dt_unsym_body_name)?  That is a series, not a document. */
static bool
ends_in_body(const char *s, size_t len)
{
	size_t		p = len,
				d;

	while (p > 0 && dt_ascii_digit((unsigned char) s[p - 1]))
		p--;
	if (p == len || p == 0 || s[p - 1] != '.')
		return false;
	d = p - 1;
	while (d > 0 && s[d - 1] != '/')
		d--;
	return dt_unsym_body_name(s + d, p - 1 - d) != NULL;
}

static bool
has_digit(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (dt_ascii_digit((unsigned char) s[i]))
			return true;
	return false;
}

/*
 * Read one "/"-component at t[q] into L.  Returns the position after it, or
 * 0 when there is no component.
 */
static size_t
lex_comp(const unsigned char *t, size_t n, size_t q, lit *L)
{
	size_t		a = q;

	L->kw_comp = -1;
	L->range_hi = -1;
	if (q < n && dt_ascii_letter(t[q]))
	{
		size_t		w;
		size_t		dl;

		while (q < n && dt_ascii_letter(t[q]) && q - a < 16)
			q++;
		if (q < n && dt_ascii_letter(t[q]))
			return 0;
		w = q;
		/* special and emergency special sessions: S-26, ES-10 */
		dl = dash_len(t, n, q);
		if (dl && (word_is(t, a, w, "S") || word_is(t, a, w, "ES")) && q + dl < n && dt_ascii_digit(t[q + dl]))
		{
			size_t		r = q + dl;
			long		v = read_num(t, n, &r, 4);

			if (v < 0 || !append(L, (const char *) t + a, w - a) || !append(L, "-", 1) || !append_num(L, v))
				return 0;
			return r;
		}
		if (q < n && t[q] == '.')
		{
			size_t		r = q + 1;

			if (r < n && !dt_ascii_digit(t[r]) && ws_len(t, n, r))
			{
				/* "Add. 21", "R. 36", "Add.<newline>21" */
				size_t		r2 = skip_ws(t, n, r, 3);

				if (r2 < n && dt_ascii_digit(t[r2]))
					r = r2;
			}
			if (r < n && dt_ascii_digit(t[r]))
			{
				size_t		numstart = r;
				long		v = read_num(t, n, &r, 9);
				int			kw;

				if (v < 0)
					return 0;
				if (!append(L, (const char *) t + a, w - a) || !append(L, ".", 1) || !append_num(L, v))
					return 0;
				kw = word_in(t, a, w, list_keywords);
				if (kw >= 0)
				{
					size_t		r2;
					long		hi;

					L->kw_comp = L->ncomp;
					strcpy(L->kw, list_keywords[kw]);
					L->kw_num_start = numstart;
					/* a range "Add.14-16" */
					hi = range_after(t, n, r, v, &r2);
					if (hi >= 0 && !(r2 < n && (dt_ascii_letter(t[r2]) || t[r2] == '/')))
					{
						L->range_hi = hi;
						L->range_end = r2;
					}
				}
				return r;
			}
			if (r == q + 1 && r < n && dt_ascii_letter(t[r]))
			{
				/* "SER.B" */
				size_t		b = r;

				while (r < n && dt_ascii_letter(t[r]) && r - b < 16)
					r++;
				if (r < n && dt_ascii_alnum(t[r]))
					return 0;
				if (!append(L, (const char *) t + a, w - a) || !append(L, ".", 1) ||
					!append(L, (const char *) t + b, r - b))
					return 0;
				return r;
			}
		}
		if (q + 2 < n && t[q] == '(' && dt_ascii_digit(t[q + 1]))
		{
			/* an executive session inside the symbol: "TD/B/EX(41)/3" */
			size_t		r = q + 1;
			long		v = read_num(t, n, &r, 3);

			if (v >= 0 && r + 1 < n && t[r] == ')' && t[r + 1] == '/')
			{
				if (!append(L, (const char *) t + a, r + 1 - a))
					return 0;
				return r + 1;
			}
		}
		if (!append(L, (const char *) t + a, w - a))
			return 0;
		/* a word in small letters is a placeholder ("docNum", "session") */
		{
			size_t		k;
			bool		lower = false;

			for (k = a; k < w; k++)
				if (dt_ascii_lower(t[k]))
					lower = true;
			L->comp_placeholder[L->ncomp] = lower && !dt_unsym_is_keyword((const char *) t + a, w - a);
		}
		return w;
	}
	if (q < n && dt_ascii_digit(t[q]))
	{
		long		v = read_num(t, n, &q, 9);

		if (v < 0)
			return 0;
		if (!append(L, (const char *) t + a, q - a))	/* keep leading zeros */
			return 0;
		/* a glued part letter: "32/40B", "59/113A" */
		if (q < n && dt_ascii_upper(t[q]) && !(q + 1 < n && dt_ascii_alnum(t[q + 1])))
		{
			L->part = (char) t[q];
			L->part_end = q + 1;
		}
		return q;
	}
	return 0;
}

/* Roman numeral at t[*q] (I, V, X, L, C); returns its length. */
static size_t
roman_len(const unsigned char *t, size_t n, size_t q)
{
	size_t		r = q;

	while (r < n && (t[r] == 'I' || t[r] == 'V' || t[r] == 'X' || t[r] == 'L' || t[r] == 'C'))
		r++;
	if (r < n && dt_ascii_alnum(t[r]))
		return 0;
	return r - q;
}

/*
 * A parenthetical at t[q] ("(2006)", "(XV)", "(S-VI)", "(Vol. I)", "(Part II)",
 * "(Resumption 1)", "(Vols. I-III)", "(Parts I and II)").  Fills texts with one
 * normalised parenthetical per member (more than one for a range or list) and
 * returns the position after ")", or 0.
 */
#define MAXPAREN 12
static size_t
lex_paren(const unsigned char *t, size_t n, size_t q, char texts[][40], int *count)
{
	size_t		r,
				close;
	size_t		lim;

	*count = 0;
	if (q >= n || t[q] != '(')
		return 0;
	lim = q + 40 < n ? q + 40 : n;
	for (close = q + 1; close < lim && t[close] != ')' && t[close] != '('; close++)
		;
	if (close >= lim || t[close] != ')')
		return 0;
	r = q + 1;
	if (close - r == 4 && dt_ascii_digit(t[r]) && dt_ascii_digit(t[r + 1]) && dt_ascii_digit(t[r + 2]) && dt_ascii_digit(t[r + 3]))
	{
		memcpy(texts[0], t + q, 6);
		texts[0][6] = '\0';
		*count = 1;
		return close + 1;
	}
	{
		/* session: (XV), (S-VI), (ES-V) */
		size_t		s = r;
		size_t		dl;

		if (s + 1 < close && t[s] == 'S' && (dl = dash_len(t, n, s + 1)) > 0)
			s += 1 + dl;
		else if (s + 2 < close && t[s] == 'E' && t[s + 1] == 'S' && (dl = dash_len(t, n, s + 2)) > 0)
			s += 2 + dl;
		if (roman_len(t, n, s) == close - s && close > s)
		{
			size_t		m = 0;

			texts[0][m++] = '(';
			if (s > r)
			{
				if (t[r] == 'E')
					texts[0][m++] = 'E';
				texts[0][m++] = 'S';
				texts[0][m++] = '-';
			}
			memcpy(texts[0] + m, t + s, close - s);
			m += close - s;
			texts[0][m++] = ')';
			texts[0][m] = '\0';
			*count = 1;
			return close + 1;
		}
	}
	{
		/* Vol./Vols./Part/Parts with a numeral, a range or "and" */
		const char *word = NULL;
		size_t		s = r;
		size_t		l1,
					l2;

		if (word_at(t, close, s, "vols"))
			word = "Vol.", s += 4;
		else if (word_at(t, close, s, "vol"))
			word = "Vol.", s += 3;
		else if (word_at(t, close, s, "parts"))
			word = "Part", s += 5;
		else if (word_at(t, close, s, "part"))
			word = "Part", s += 4;
		else if (word_at(t, close, s, "closed") && close == s + 6)
		{
			strcpy(texts[0], "(closed)");
			*count = 1;
			return close + 1;
		}
		else if (word_at(t, close, s, "resumption"))
		{
			s = skip_ws(t, close, s + 10, 2);
			if (s < close && dt_ascii_digit(t[s]))
			{
				long		v = read_num(t, close, &s, 2);

				if (v > 0 && s == close)
				{
					memcpy(texts[0], "(Resumption ", 12);
					texts[0][12] = (char) ('0' + v / 10);
					if (v >= 10)
					{
						texts[0][13] = (char) ('0' + v % 10);
						texts[0][14] = ')';
						texts[0][15] = '\0';
					}
					else
					{
						texts[0][12] = (char) ('0' + v);
						texts[0][13] = ')';
						texts[0][14] = '\0';
					}
					*count = 1;
					return close + 1;
				}
			}
			return 0;
		}
		if (!word)
			return 0;
		if (s < close && t[s] == '.')
			s++;
		s = skip_ws(t, close, s, 2);
		l1 = roman_len(t, close, s);
		if (l1 == 0 || l1 > 6)
			return 0;
		{
			static const char *const romans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", NULL};
			int			lo = word_in(t, s, s + l1, romans),
						hi = lo;
			size_t		e = s + l1;
			size_t		dl;
			int			k;

			if (lo < 0)
				return 0;
			if ((dl = dash_len(t, close, e)) > 0 && (l2 = roman_len(t, close, e + dl)) > 0)
			{
				hi = word_in(t, e + dl, e + dl + l2, romans);
				e += dl + l2;
			}
			else if (skip_ws(t, close, e, 2) > e && word_at(t, close, skip_ws(t, close, e, 2), "and"))
			{
				size_t		a2 = skip_ws(t, close, skip_ws(t, close, e, 2) + 3, 2);

				l2 = roman_len(t, close, a2);
				if (l2 == 0)
					return 0;
				hi = word_in(t, a2, a2 + l2, romans);
				e = a2 + l2;
				if (hi < 0)
					return 0;
				/* "Parts I and II": two members, not a range */
				snprintf(texts[0], 40, "(%s %s)", word, romans[lo]);
				snprintf(texts[1], 40, "(%s %s)", word, romans[hi]);
				*count = 2;
				return e == close ? close + 1 : 0;
			}
			if (hi < lo || e != close || hi - lo >= MAXPAREN)
				return 0;
			for (k = lo; k <= hi; k++)
				snprintf(texts[k - lo], 40, "(%s %s)", word, romans[k]);
			*count = hi - lo + 1;
			return close + 1;
		}
	}
}

/* May a symbol start at t[k], judging by the byte before it? */
static bool
start_ok(const unsigned char *t, size_t k)
{
	unsigned char c;

	if (k == 0)
		return true;
	c = t[k - 1];
	if (dt_ascii_alnum(c) || c == '_' || c == '-' || c == '.' || c == '@')
	{
		/* "-": joint symbols ("A/72/884-S/2018/525") are fine, words are not */
		if (c == '-' && k >= 2 && dt_ascii_digit(t[k - 2]))
			return true;
		return false;
	}
	if (c == '/')
	{
		/* inside a URL path: ".org/", "/en/", or "[TD]/" (a part not printed) */
		if (k >= 2 && t[k - 2] == ']')
			return true;
		if (k >= 5 && t[k - 4] == 'o' && t[k - 3] == 'r' && t[k - 2] == 'g' && t[k - 5] == '.')
			return true;
		if (k >= 4 && t[k - 4] == '/' && dt_ascii_lower(t[k - 3]) && dt_ascii_lower(t[k - 2]))
			return true;
		return false;
	}
	return true;
}

/* Add the items of symbol text s with the span [a, b). */
static void
add_literal(dt_symscan *sc, size_t a, size_t b, const char *s, size_t len)
{
	symscan_add(sc, a, b, s, len, false);
	/* context for references by name: which organ, which treaty body */
	if (len >= 2 && s[0] == 'S' && s[1] == '/')
		symscan_organ_count(sc, DT_ORGAN_SC, b);
	else if (len >= 6 && memcmp(s, "A/HRC/", 6) == 0)
		symscan_organ_count(sc, DT_ORGAN_HRC, b);
	else if (len >= 2 && s[0] == 'A' && s[1] == '/')
		symscan_organ_count(sc, DT_ORGAN_GA, b);
	else if (len >= 7 && memcmp(s, "E/C.12/", 7) == 0)
		symscan_committee_cue(sc, DT_COMMITTEE_CESCR, a);
	else if (len >= 7 && memcmp(s, "E/CN.4/", 7) == 0)
		symscan_organ_count(sc, DT_ORGAN_CHR, b);
	else if (len >= 2 && s[0] == 'E' && s[1] == '/')
		symscan_organ_count(sc, DT_ORGAN_ECOSOC, b);
	else if (len >= 5 && memcmp(s, "CCPR/", 5) == 0)
		symscan_committee_cue(sc, DT_COMMITTEE_CCPR, a);
	else if (len >= 4 && memcmp(s, "CRC/", 4) == 0)
		symscan_committee_cue(sc, DT_COMMITTEE_CRC, a);
	else if (len >= 6 && memcmp(s, "CEDAW/", 6) == 0)
		symscan_committee_cue(sc, DT_COMMITTEE_CEDAW, a);
}

/*
 * The members of the range in L ("Add.14-16": from the number at
 * t[L->kw_num_start] to L->range_hi), each L->buf[0 .. upto) up to its last
 * "." and the member's number, all with the span [L->kw_num_start, end).  At
 * most room of them, and only the first when the text has expanded enough
 * (spend_budget).  Returns how many were added.
 */
static int
add_range(dt_symscan *sc, const lit *L, size_t upto, size_t end, int room)
{
	size_t		p = upto;
	size_t		r = L->kw_num_start;
	long		from = read_num(sc->t, sc->n, &r, 9);
	long		to = L->range_hi;
	int			added = 0;

	while (p > 0 && L->buf[p - 1] != '.')
		p--;
	if (to > from && !spend_budget(sc, to - from))
		to = from;
	for (long v = from; v <= to && added < room; v++)
	{
		lit			M;

		memset(&M, 0, sizeof(M));
		append(&M, L->buf, p);
		append_num(&M, v);
		add_literal(sc, L->kw_num_start, end, M.buf, M.len);
		added++;
	}
	return added;
}

/*
 * After a symbol: elided lists and ranges.  head is the symbol without its
 * trailing modifiers; prefix the symbol without its last component; kw the
 * keyword of its last component when that is KEYWORD.number.
 */
static size_t
lex_list(dt_symscan *sc, size_t q, const char *head, size_t headlen,
		 const char *prefix, size_t prefixlen, const char *kw0)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	char		kw[8];
	char		pre[MAXTEXT + 40];
	size_t		prelen = prefixlen;
	int			emitted = 0;
	size_t		done = q;

	kw[0] = '\0';
	if (kw0)
		strcpy(kw, kw0);
	memcpy(pre, prefix, prefixlen);
	while (emitted < MAXLIST)
	{
		size_t		r = skip_ws(t, n, q, 3);
		size_t		s;
		lit			L;
		long		lo;
		size_t		a,
					numend;
		bool		explicit_kw;

		/* a separator */
		if (r < n && (t[r] == ',' || t[r] == '+' || t[r] == '&'))
			r++;
		else if (r > q && (word_at(t, n, r, "and") || word_at(t, n, r, "et")))
			r += t[r] == 'a' || t[r] == 'A' ? 3 : 2;
		else if (r > q && r + 1 < n && t[r] == 'y' && ws_len(t, n, r + 1))
			r += 1;
		else
			break;
		s = skip_ws(t, n, r, 3);
		if (s == r && t[r - 1] != ',' && t[r - 1] != '+')
			break;				/* "and" needs a space after it */
		if (s < n && t[s] == 'a' && word_at(t, n, s, "and") && t[r - 1] == ',')
			s = skip_ws(t, n, s + 3, 3);	/* ", and" */
		a = s;
		memset(&L, 0, sizeof(L));
		explicit_kw = s < n && dt_ascii_letter(t[s]);
		if (explicit_kw)
		{
			/* "and Corr.1", "+ Add.1-4", "+ Add.1/Corr.1": a modifier of the head */
			size_t		w = s;
			int			mi;

			while (w < n && dt_ascii_letter(t[w]) && w - s < 8)
				w++;
			mi = word_in(t, s, w, modifiers);
			if (mi < 0 || w >= n || t[w] != '.' || w + 1 >= n || !dt_ascii_digit(t[w + 1]))
				break;
			if (!append(&L, head, headlen) || !append(&L, "/", 1))
				break;
			numend = lex_comp(t, n, s, &L);
			if (numend == 0)
				break;
			memcpy(pre, head, headlen);
			prelen = headlen;
			strcpy(kw, modifiers[mi]);
		}
		else if (s < n && dt_ascii_digit(t[s]) && kw[0])
		{
			/* "44" after "Add.39, ": the same keyword, another number */
			size_t		r2 = s;

			lo = read_num(t, n, &r2, 5);
			if (lo < 0)
				break;
			if (!append(&L, pre, prelen) || !append(&L, "/", 1) || !append(&L, kw, strlen(kw)) ||
				!append(&L, ".", 1))
				break;
			numend = lex_comp(t, n, s, &L);
			if (numend == 0)
				break;
			/* the range is set by lex_comp only for KEYWORD.n: redo it here */
			L.range_hi = range_after(t, n, numend, lo, &L.range_end);
			L.kw_comp = 0;
			L.kw_num_start = s;
		}
		else
			break;
		if (L.part)
			break;
		{
			/* the item's end, with a chain "42/Rev.1" */
			size_t		e = L.range_hi >= 0 ? L.range_end : numend;
			size_t		f;
			size_t		base_len = L.len;

			while (e < n && t[e] == '/' && e + 1 < n && dt_ascii_letter(t[e + 1]))
			{
				size_t		w = e + 1;
				size_t		e2;

				while (w < n && dt_ascii_letter(t[w]) && w - e < 9)
					w++;
				if (word_in(t, e + 1, w, modifiers) < 0)
					break;
				if (L.range_hi >= 0 || !append(&L, "/", 1))
					break;
				e2 = lex_comp(t, n, e + 1, &L);
				if (e2 == 0)
					break;
				e = e2;
			}
			/* what may follow a list item: punctuation, a separator, a bracket */
			f = skip_ws(t, n, e, 3);
			if (!explicit_kw && !(e >= n || t[e] == ',' || t[e] == ';' || t[e] == ')' || t[e] == ']' || t[e] == '.' ||
				  t[e] == '+' || f >= n || t[f] == '(' || t[f] == '+' || t[f] == ',' || t[f] == ';' ||
				  (f > e && (word_at(t, n, f, "and ") || word_at(t, n, f, "et ") || word_at(t, n, f, "y ")))))
				break;
			if (e < n && (t[e] == '.' || t[e] == '-') && e + 1 < n && dt_ascii_alnum(t[e + 1]))
				break;
			if (e < n && dt_ascii_alnum(t[e]))
				break;
			if (L.range_hi < 0)
			{
				add_literal(sc, a, e, L.buf, L.len);
				emitted++;
			}
			else				/* every member of the range shares its span */
				emitted += add_range(sc, &L, base_len, e, MAXLIST - emitted);
			done = e;
			q = e;
		}
	}
	return done;
}

/* Digital Library file names: A_RES_31_59-EN, A_65_L_78_EA. */
static size_t
lex_filename(dt_symscan *sc, size_t k, size_t w)
{
	static const char *const dotted[] = {
		"L", "PV", "SR", "C", "CN", "AC", "CONF", "Add", "Rev", "Corr", "Amend", "Sub", "WP", "CRP", NULL
	};
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		q = w;
	size_t		ca[MAXC],
				cb[MAXC];
	int			nc = 0,
				i;
	lit			L;
	size_t		end;
	dt_unsym	sym;			/* the parse, only to check the name */

	ca[nc] = k;
	cb[nc] = w;
	nc++;
	while (q < n && t[q] == '_' && nc < MAXC)
	{
		size_t		a = q + 1,
					b = a;

		while (b < n && dt_ascii_alnum(t[b]) && b - a < 16)
			b++;
		if (b == a || (b < n && dt_ascii_alnum(t[b])))
			return 0;
		ca[nc] = a;
		cb[nc] = b;
		nc++;
		q = b;
	}
	if (nc < 3 || (q < n && t[q] == '_'))
		return 0;
	end = q;
	/* a language suffix: -EN, -FR, ... */
	if (q + 3 <= n && t[q] == '-' && dt_ascii_letter(t[q + 1]) && dt_ascii_letter(t[q + 2]) && !(q + 3 < n && dt_ascii_alnum(t[q + 3])))
		end = q + 3;
	/* trailing letters only ("_EA", "_E") are a language code */
	while (nc > 2)
	{
		size_t		j;
		bool		letters = true;

		for (j = ca[nc - 1]; j < cb[nc - 1]; j++)
			if (!dt_ascii_letter(t[j]))
				letters = false;
		if (!letters || cb[nc - 1] - ca[nc - 1] > 2)
			break;
		nc--;
	}
	memset(&L, 0, sizeof(L));
	for (i = 0; i < nc; i++)
	{
		bool		ok;

		if (i > 0)
		{
			bool		dot = word_in(t, ca[i - 1], cb[i - 1], dotted) >= 0 && dt_ascii_digit(t[ca[i]]);

			if (i > 1 && word_in(t, ca[i - 2], cb[i - 2], dotted) >= 0 && dt_ascii_digit(t[ca[i - 1]]))
				dot = false;
			ok = append(&L, dot ? "." : "/", 1);
			if (!ok)
				return 0;
		}
		if (!append(&L, (const char *) t + ca[i], cb[i] - ca[i]))
			return 0;
	}
	if (!has_digit(L.buf, L.len))
		return 0;
	/* the whole name, else without trailing components */
	while (L.len > 0)
	{
		if (dt_unsym_parse(L.buf, L.len, &sym, NULL))
		{
			add_literal(sc, k, end, L.buf, L.len);
			return end;
		}
		while (L.len > 0 && L.buf[L.len - 1] != '/')
			L.len--;
		if (L.len > 0)
			L.len--;
		L.buf[L.len] = '\0';
		if (!has_digit(L.buf, L.len) || strchr(L.buf, '/') == NULL)
			break;
	}
	return 0;
}

size_t
symscan_literal(dt_symscan *sc, size_t i)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	size_t		j = i;
	size_t		k;
	size_t		q;
	lit			L;
	int			o;
	const char *ocr = NULL;
	dt_unsym	sym;			/* the parses, only to check the names */

	if (t[i] == '/' && i > 0 && dt_ascii_digit(t[i - 1]))
		return symscan_heading(sc, i);
	/* the organ: letters before the trigger, maybe a stray space before "/" */
	if (t[i] == '/')
		while (j > 0 && j + 3 > i && ws_len_back(t, j) == 1)
			j--;
	k = j;
	while (k > 0 && dt_ascii_letter(t[k - 1]) && j - k < 16)
		k--;
	if (k == j || (k > 0 && dt_ascii_letter(t[k - 1])) || !start_ok(t, k))
		return 0;
	for (o = 0; ocr_organs[o].seen; o++)
		if (word_is(t, k, j, ocr_organs[o].seen))
			ocr = ocr_organs[o].meant;
	if (!ocr)
	{
		/* organs and series that open a symbol (dt_unsym_is_known_organ); the
		 * parser checks the rest */
		char		organ[8];

		if (j - k >= sizeof(organ))
			return 0;
		memcpy(organ, t + k, j - k);
		organ[j - k] = '\0';
		if (!dt_unsym_is_known_organ(organ))
			return 0;
	}
	if (t[i] == '_')
		return lex_filename(sc, k, j);

	memset(&L, 0, sizeof(L));
	L.kw_comp = -1;
	if (ocr)
		append(&L, ocr, strlen(ocr));
	else
		append(&L, (const char *) t + k, j - k);
	L.comp_len[0] = L.len;
	L.comp_end[0] = j;
	L.ncomp = 1;
	q = j;
	/* components */
	while (L.ncomp < MAXC && !L.part)
	{
		size_t		r;
		size_t		e;

		if (q < n && t[q] == '/')
			r = q + 1;
		else
		{
			size_t		s = skip_ws(t, n, q, 3);

			/* "CCPR /C/GC/36", "S/RES /1019", "FCCC<newline>/CP" */
			if (s == q || s >= n || t[s] != '/')
				break;
			r = s + 1;
		}
		if (r < n && ws_len(t, n, r))
		{
			/* "Add.9/ Rev.2": only before a word */
			size_t		s = skip_ws(t, n, r, 3);

			if (s >= n || !dt_ascii_upper(t[s]))
				break;
			r = s;
		}
		if (!append(&L, "/", 1))
			break;
		e = lex_comp(t, n, r, &L);
		if (e == 0)
		{
			L.len = L.comp_len[L.ncomp - 1];
			L.buf[L.len] = '\0';
			break;
		}
		L.comp_len[L.ncomp] = L.len;
		L.comp_end[L.ncomp] = L.part ? L.part_end : e;
		L.ncomp++;
		q = e;
	}
	if (L.ncomp < 2 || !has_digit(L.buf, L.len))
		return 0;
	/* "E/CN.4/", "A/59/565-S/2004/…": a series or a cut symbol */
	if (q < n && t[q] == '/' && !(q + 1 < n && dt_ascii_alnum(t[q + 1])))
		return 0;
	{
		/* "A/session/53": a placeholder, not a symbol */
		int			c;

		for (c = 1; c < L.ncomp; c++)
			if (L.comp_placeholder[c])
				return 0;
	}

	{
		int			nc = L.ncomp;
		char		parens[MAXPAREN][40];
		int			nparen = 0;
		size_t		after_paren = 0;
		size_t		end = L.comp_end[nc - 1];
		size_t		r;
		bool		res = strstr(L.buf, "/RES/") != NULL;

		/* part letter: glued ("32/40B") or after a space ("69/274 A") */
		if (L.part)
		{
			char		pl[3] = {' ', L.part, '\0'};

			if (!res)
			{
				/* not a resolution: the letter is a word glued on; stop before it */
				L.part = 0;
				end = L.part_end - 1;
				L.comp_end[nc - 1] = end;
			}
			else
				append(&L, pl, 2);
		}
		else if (res && end + 2 <= n && t[end] == ' ' && dt_ascii_upper(t[end + 1]) && t[end + 1] <= 'H' &&
				 (end + 2 == n || ws_len(t, n, end + 2) || (t[end + 2] != 0 && strchr(",;:)]", t[end + 2]) != NULL) ||
				  (t[end + 2] == '.' && (end + 3 == n || !dt_ascii_alnum(t[end + 3])))))
		{
			char		pl[3] = {' ', (char) t[end + 1], '\0'};

			append(&L, pl, 2);
			end += 2;
		}
		/* parenthetical */
		r = end;
		if (r < n && t[r] == ' ')
			r++;
		if (r < n && t[r] == '(')
			after_paren = lex_paren(t, n, r, parens, &nparen);

		/* validate: with the parenthetical, without it, then shorter */
		{
			size_t		base_len = L.len;
			int			c;
			bool		found = false;
			char		tmp[MAXTEXT + 80];
			size_t		tl = 0;

			if (nparen > 0)
			{
				tl = base_len;
				memcpy(tmp, L.buf, base_len);
				tmp[tl++] = ' ';
				strcpy(tmp + tl, parens[0]);
				tl += strlen(parens[0]);
				if (dt_unsym_parse(tmp, tl, &sym, NULL))
				{
					found = true;
					end = after_paren;
				}
			}
			if (!found)
			{
				nparen = 0;
				for (c = nc; c >= 2; c--)
				{
					size_t		cl = c == nc ? base_len : L.comp_len[c - 1];

					if (c < nc && L.comp_placeholder[c])
						break;	/* "A/62/docNum": a pattern, not a symbol */
					if (!has_digit(L.buf, cl) || ends_in_body(L.buf, cl))
						break;
					if (dt_unsym_parse(L.buf, cl, &sym, NULL))
					{
						found = true;
						if (c < nc)
						{
							L.len = cl;
							L.buf[cl] = '\0';
							end = L.comp_end[c - 1];
							L.kw_comp = -1;
							L.range_hi = -1;
						}
						break;
					}
				}
			}
			if (!found)
				return 0;
			/* the reissue "*" (not a footnote "**" or a barcode "*0539263*") */
			if (end < n && t[end] == '*' && !(end + 1 < n && (t[end + 1] == '*' || dt_ascii_digit(t[end + 1]))))
				end++;
			if (nparen > 0)
			{
				int			pi;

				for (pi = 0; pi < nparen; pi++)
				{
					size_t		pl;

					memcpy(tmp, L.buf, base_len);
					tl = base_len;
					tmp[tl++] = ' ';
					pl = strlen(parens[pi]);
					memcpy(tmp + tl, parens[pi], pl);
					tl += pl;
					if (pi == 0 || dt_unsym_parse(tmp, tl, &sym, NULL))
						add_literal(sc, k, end, tmp, tl);
				}
				return end;
			}
			if (L.range_hi >= 0 && L.kw_comp == nc - 1 && !L.part)
			{
				/* "S/11185/Add.14-16": every member shares the span */
				end = L.range_end;
				(void) add_range(sc, &L, L.len, end, MAXRANGE);
			}
			else
				add_literal(sc, k, end, L.buf, L.len);
		}
		/* elided lists after it */
		if (!L.part && nparen == 0)
		{
			size_t		headlen = L.len;
			size_t		prefixlen = L.ncomp >= 2 ? L.comp_len[L.ncomp - 2] : L.len;
			int			c;
			const char *kw = L.kw_comp == L.ncomp - 1 ? L.kw : NULL;
			size_t		e2;

			if (L.len != L.comp_len[L.ncomp - 1])
			{
				/* shortened: recompute the last component */
				for (c = 0; c < L.ncomp && L.comp_len[c] != L.len; c++)
					;
				prefixlen = c >= 1 ? L.comp_len[c - 1] : L.len;
				kw = NULL;
			}
			/* the head: the symbol without its trailing modifiers */
			for (c = L.ncomp - 1; c >= 1; c--)
			{
				size_t		a = L.comp_len[c - 1] + 1;
				size_t		w = a;

				if (L.comp_len[c] > L.len)
					continue;
				while (w < L.comp_len[c] && dt_ascii_letter((unsigned char) L.buf[w]))
					w++;
				if (word_in((const unsigned char *) L.buf, a, w, modifiers) < 0 || w >= L.comp_len[c] ||
					L.buf[w] != '.')
					break;
				headlen = L.comp_len[c - 1];
			}
			e2 = lex_list(sc, end, L.buf, headlen, L.buf, prefixlen, kw);
			if (e2 > end)
				end = e2;
		}
		return end;
	}
}
