/*
 * pv_lines.c: line grammar of UN verbatim records (see pv_lines.h).
 */
#include "pv_lines.h"

#include <string.h>

#include "dt_ascii.h"

static bool
starts_with(const char *p, size_t len, const char *lit)
{
	size_t		n = strlen(lit);

	return len >= n && memcmp(p, lit, n) == 0;
}

static bool
ends_with(const char *p, size_t len, const char *lit)
{
	size_t		n = strlen(lit);

	return len >= n && memcmp(p + len - n, lit, n) == 0;
}

/* Does lit occur in the first `limit` bytes of p? (short literals, short lines) */
static bool
contains(const char *p, size_t len, const char *lit, size_t limit)
{
	size_t		n = strlen(lit);

	if (len > limit)
		len = limit;
	for (size_t i = 0; i + n <= len; i++)
		if (p[i] == lit[0] && memcmp(p + i, lit, n) == 0)
			return true;
	return false;
}

/* ---------------------------------------------------------------------
 * Page furniture: a line made of a few tokens of fixed shape
 * --------------------------------------------------------------------- */

typedef enum tok
{
	T_OTHER, T_PAGE, T_PAGE_OF, T_JOB, T_JOB_E, T_DATE, T_PV, T_BARCODE,
	T_RESUMPTION, T_RESUMPTION_N
} tok;

static int
count_digits(const char *p, size_t len, size_t *i)
{
	int			n = 0;

	while (*i < len && dt_ascii_digit(p[*i]))
	{
		(*i)++;
		n++;
	}
	return n;
}

static tok
classify_token(const char *p, size_t len)
{
	size_t		i = 0;
	int			d;

	if (len == 0)
		return T_OTHER;
	if (len == 3 && memcmp(p, "(E)", 3) == 0)
		return T_JOB_E;
	if (len == 11 && memcmp(p, "(Resumption", 11) == 0)
		return T_RESUMPTION;
	if (p[0] == '*')
	{
		i = 1;
		d = count_digits(p, len, &i);
		return (d >= 7 && d <= 8 && i + 1 == len && p[i] == '*') ? T_BARCODE : T_OTHER;
	}
	if ((p[0] == 'A' || p[0] == 'S') && len > 2 && p[1] == '/')
	{
		/* [AS]/(\d+/)?PV\.\d+ */
		i = 2;
		if (dt_ascii_digit(p[i]))
		{
			count_digits(p, len, &i);
			if (i >= len || p[i] != '/')
				return T_OTHER;
			i++;
		}
		if (i + 3 > len || memcmp(p + i, "PV.", 3) != 0)
			return T_OTHER;
		i += 3;
		d = count_digits(p, len, &i);
		return (d >= 1 && i == len) ? T_PV : T_OTHER;
	}
	d = count_digits(p, len, &i);
	if (d == 0)
		return T_OTHER;
	if (i == len)
	{
		if (d <= 3)
			return T_PAGE;
		return T_OTHER;
	}
	if (i + 1 == len && p[i] == ')' && d <= 2)
		return T_RESUMPTION_N;
	if (p[i] == '/' && d <= 3)
	{
		size_t		j = i + 1;
		int			d2 = count_digits(p, len, &j);

		if (d2 >= 1 && d2 <= 3 && j == len)
			return T_PAGE_OF;
		if (d == 2 && d2 == 2 && j < len && p[j] == '/')
		{
			j++;
			if (count_digits(p, len, &j) == 4 && j == len)
				return T_DATE;
		}
		return T_OTHER;
	}
	if (p[i] == '-' && d == 2)
	{
		size_t		j = i + 1;

		if (count_digits(p, len, &j) == 5 && j == len)
			return T_JOB;
	}
	return T_OTHER;
}

/* Two tokens that make a running header or footer: "30/51 15-29431", "29/09/2015 A/70/PV.16" */
static bool
furniture_pair(tok a, tok b)
{
	return (a == T_PAGE_OF && b == T_JOB) || (a == T_JOB && b == T_PAGE_OF) ||
		(a == T_PAGE && b == T_JOB) || (a == T_JOB && b == T_PAGE) ||
		(a == T_DATE && b == T_PV) || (a == T_PV && b == T_DATE);
}

static bool
is_furniture(const char *p, size_t len)
{
	tok			t[5];
	int			nt = 0;
	size_t		i = 0;

	if (len > 60)
		return false;
	while (i < len)
	{
		size_t		s;

		while (i < len && dt_ascii_blank(p[i]))
			i++;
		if (i >= len)
			break;
		s = i;
		while (i < len && !dt_ascii_blank(p[i]))
			i++;
		if (nt == 5)
			return false;
		t[nt] = classify_token(p + s, i - s);
		if (t[nt] == T_OTHER)
			return false;
		nt++;
	}
	/* "(Resumption 1)" after a PV symbol is part of it */
	if (nt >= 3 && t[nt - 2] == T_RESUMPTION && t[nt - 1] == T_RESUMPTION_N)
		nt -= 2;
	switch (nt)
	{
		case 1:
			return t[0] == T_PAGE || t[0] == T_JOB || t[0] == T_PV || t[0] == T_BARCODE;
		case 2:
			return (t[0] == T_JOB && t[1] == T_JOB_E) || furniture_pair(t[0], t[1]);
		case 3:
			/* "17-29597 (E) *1729597*" */
			return t[0] == T_JOB && t[1] == T_JOB_E && t[2] == T_BARCODE;
		default:
			return false;
	}
}

size_t
dt_line_furniture_prefix(const char *p, size_t len)
{
	tok			t[2];
	size_t		i = 0;

	if (len > 0 && !dt_ascii_digit(p[0]) && p[0] != 'A' && p[0] != 'S')
		return 0;
	/* a header/footer pair is short ("29/09/2015 A/70/PV.16"): look at 64 bytes */
	if (len > 64)
		len = 64;
	for (int k = 0; k < 2; k++)
	{
		size_t		s;

		while (i < len && dt_ascii_blank(p[i]))
			i++;
		s = i;
		while (i < len && !dt_ascii_blank(p[i]))
			i++;
		if (i == s)
			return 0;
		t[k] = classify_token(p + s, i - s);
	}
	if (!furniture_pair(t[0], t[1]) || i >= len)
		return 0;
	while (i < len && dt_ascii_blank(p[i]))
		i++;
	return i < len ? i : 0;
}

#define SEPARATOR_MAX 1000

static bool
is_separator(const char *p, size_t len)
{
	char		c = 0;
	int			marks = 0;

	/* a rule line is short; a longer run of marks is text */
	if (len > SEPARATOR_MAX)
		return false;
	for (size_t i = 0; i < len; i++)
	{
		if (dt_ascii_blank(p[i]))
			continue;
		if (!strchr("=-_*~#+", p[i]) || p[i] == '\0')
			return false;
		if (c == 0)
			c = p[i];
		else if (p[i] != c)
			return false;
		marks++;
	}
	return marks >= 3;
}

/* The running header "General Assembly 22nd meeting" / "... 21st plenary meeting" */
static bool
is_meeting_header(const char *p, size_t len)
{
	size_t		i = 17;
	int			d;

	if (len < 27 || len > 48 || !starts_with(p, len, "General Assembly "))
		return false;
	d = count_digits(p, len, &i);
	if (d < 1 || d > 3 || i + 2 >= len)
		return false;
	if (!(starts_with(p + i, len - i, "st ") || starts_with(p + i, len - i, "nd ") ||
		  starts_with(p + i, len - i, "rd ") || starts_with(p + i, len - i, "th ")))
		return false;
	i += 3;
	if (starts_with(p + i, len - i, "plenary "))
		i += 8;
	return len - i == 7 && memcmp(p + i, "meeting", 7) == 0;
}

dt_line_kind
dt_line_classify(const char *p, size_t len)
{
	if (len == 0)
		return DT_LINE_BLANK;
	if (is_separator(p, len))
		return p[0] == '_' ? DT_LINE_FURNITURE : DT_LINE_SEPARATOR;	/* ____ is a footnote rule */
	if ((dt_ascii_digit(p[0]) || p[0] == 'A' || p[0] == 'S' || p[0] == '*') && is_furniture(p, len))
		return DT_LINE_FURNITURE;
	if (p[0] == 'A' && starts_with(p, len, "Accessible document") && contains(p, len, "Please recycle", 60))
		return DT_LINE_FURNITURE;
	if (p[0] == 'G' && is_meeting_header(p, len))
		return DT_LINE_FURNITURE;
	if (p[0] == 'T' && starts_with(p, len, "This record contains the text of speeches delivered in English"))
		return DT_LINE_BOILERPLATE;
	if (p[0] == '(' && (starts_with(p, len, "(spoke in ") || starts_with(p, len, "(interpretation from ") ||
						starts_with(p, len, "(spoke in\t")))
	{
		/* a note alone on its line: nothing after its closing parenthesis */
		const char *close = memchr(p, ')', len < 300 ? len : 300);

		if (close == NULL)
			return len < 120 ? DT_LINE_NOTE_OPEN : DT_LINE_TEXT;
		if (len > 300)
			return DT_LINE_TEXT;
		return (close == p + len - 1) ? DT_LINE_NOTE : DT_LINE_TEXT;
	}
	return DT_LINE_TEXT;
}

bool
dt_line_ends_boilerplate(const char *p, size_t len)
{
	/* the footer's lines are column lines: look at 1,000 bytes */
	return contains(p, len, "corrigendum.", 1000) || contains(p, len, "documents.un.org)", 1000) ||
		contains(p, len, "verbatimrecords@un.org)", 1000);
}

/* ---------------------------------------------------------------------
 * Speaker turns
 * --------------------------------------------------------------------- */

static const char *const turn_titles[] = {
	"Mr. ", "Mrs. ", "Ms. ", "Miss ", "Mr ", "Mrs ", "Ms ", "Dr. ", "Sir ", "Dame ",
	"Sheikh ", "Sheikha ", "King ", "Queen ", "Prince ", "Princess ", "Crown Prince ",
	"Lord ", "Baron ", "Baroness ", "Archbishop ", "Monsignor ", "Cardinal ",
	"Bishop ", "Judge ", "General ", "Major ", "Chief ", "Nana ", "Datuk ", "Dato ",
	"Dato' ", "Daw ", "U ", "His Excellency ", "Her Excellency ", "His Majesty ",
	"Her Majesty ", "His Royal Highness ", "Her Royal Highness ", "His Highness ",
	"Her Highness ", "President ", "Prime Minister ", "Emir ", "Amir ", NULL
};

/* "The [Acting |Temporary ]President", "The Secretary-General", "The PRESIDENT" */
static size_t
chair_prefix(const char *p, size_t len)
{
	static const char *const chairs[] = {
		"The President", "The Acting President", "The Temporary President",
		"The PRESIDENT", "The ACTING PRESIDENT", "The TEMPORARY PRESIDENT",
		"The Secretary-General", "The SECRETARY-GENERAL", "The Chairman",
		"The CHAIRMAN", "The Acting Chairman", NULL
	};

	if (len < 13 || p[1] != 'h' || p[2] != 'e' || p[3] != ' ')
		return 0;
	for (int i = 0; chairs[i]; i++)
		if (chairs[i][4] == p[4] && starts_with(p, len, chairs[i]))
			return strlen(chairs[i]);
	return 0;
}

/*
 * After the title: a name (capitalised words, initials, particles), then up
 * to two parenthesised notes, then ':' followed by a blank or the line end.
 * Outside parentheses no sentence punctuation may appear.
 */
static bool
turn_rest(const char *p, size_t len, size_t i, bool name_allowed)
{
	size_t		limit = len < 200 ? len : 200;
	int			parens = 0;
	bool		word_start = true;

	while (i < limit)
	{
		char		c = p[i];

		if (c == '(')
		{
			const char *close = memchr(p + i, ')', limit - i);

			if (close == NULL || ++parens > 3)
				return false;
			i = (size_t) (close - p) + 1;
			word_start = false;
			continue;
		}
		if (c == ':')
			return (i + 1 == len || dt_ascii_blank(p[i + 1])) && (i > 0);
		if (dt_ascii_blank(c))
		{
			word_start = true;
			i++;
			continue;
		}
		if (!name_allowed || parens > 0)
			return false;
		if (c == ',' || c == ';' || c == '!' || c == '?' || c == '"')
			return false;
		if (word_start)
		{
			/* a name word: capitalised, or a particle (de, van, bin, al-, ...) */
			if (dt_ascii_lower(c))
			{
				static const char *const particles[] = {
					"de ", "da ", "do ", "dos ", "das ", "del ", "della ", "di ", "du ",
					"van ", "von ", "der ", "den ", "la ", "le ", "bin ", "bint ",
					"ben ", "al-", "el-", "y ", "e ", "ibn ", "ould ", "wa ", NULL
				};
				bool		ok = false;

				for (int k = 0; particles[k]; k++)
					if (starts_with(p + i, len - i, particles[k]))
						ok = true;
				if (!ok)
					return false;
			}
			word_start = false;
		}
		if (c == '.')
		{
			/* only after an initial or a short abbreviation (J., St., Jr.) */
			size_t		j = i;

			while (j > 0 && !dt_ascii_blank(p[j - 1]))
				j--;
			if (i - j > 3 || !dt_ascii_upper(p[j]))
				return false;
		}
		i++;
	}
	return false;
}

bool
dt_line_is_turn(const char *p, size_t len)
{
	size_t		k;

	if (len < 4)
		return false;
	if (p[0] == 'T' && (k = chair_prefix(p, len)) > 0)
		return turn_rest(p, len, k, false);
	if (!dt_ascii_upper(p[0]))
		return false;
	for (int i = 0; turn_titles[i]; i++)
		if (turn_titles[i][0] == p[0] && starts_with(p, len, turn_titles[i]))
		{
			k = strlen(turn_titles[i]);
			/* a title must be followed by a name */
			if (k >= len || !dt_ascii_upper(p[k]))
				return false;
			return turn_rest(p, len, k, true);
		}
	return false;
}

/* ---------------------------------------------------------------------
 * Stage directions and procedural lines
 * --------------------------------------------------------------------- */

static bool
stage_end(const char *p, size_t len)
{
	return ends_with(p, len, "the Chair.") || ends_with(p, len, "Assembly Hall.") ||
		ends_with(p, len, "the Hall.") || ends_with(p, len, "rostrum.");
}

bool
dt_line_is_stage(const char *p, size_t len)
{
	if (len < 8 || len > 300)
		return false;
	if (p[0] == '[' && starts_with(p, len, "[The speaker "))
		return true;
	if (p[0] == 'T' && (starts_with(p, len, "The meeting was ") || starts_with(p, len, "The meeting rose") ||
						starts_with(p, len, "The meeting resumed") ||
						starts_with(p, len, "The meeting is ")) &&
		p[len - 1] == '.' && len < 160)
		return true;
	if ((len == 18 && memcmp(p, "It was so decided.", 18) == 0) ||
		(len == 23 && memcmp(p, "The agenda was adopted.", 23) == 0))
		return true;
	return dt_ascii_upper(p[0]) && dt_line_ends_stage(p, len);
}

bool
dt_line_ends_stage(const char *p, size_t len)
{
	if (!stage_end(p, len))
		return false;
	/* "X (Country), Vice-President, took the Chair." / "The President returned to the Chair." */
	return contains(p, len, "took the Chair.", len) || contains(p, len, "returned to the Chair.", len) ||
		contains(p, len, "resumed the Chair.", len) || contains(p, len, " was escorted ", len);
}

bool
dt_line_may_start_stage(const char *p, size_t len)
{
	if (len == 0 || len > 200 || !dt_ascii_upper(p[0]))
		return false;
	if (starts_with(p, len, "In the absence of the President"))
		return true;
	if (starts_with(p, len, "The President ") || starts_with(p, len, "The meeting "))
		return true;
	for (int i = 0; turn_titles[i]; i++)
		if (turn_titles[i][0] == p[0] && starts_with(p, len, turn_titles[i]))
			return true;
	return false;
}

size_t
dt_line_number_prefix(const char *p, size_t len, int *number, bool *tab)
{
	size_t		i = 0;
	int			d,
				v = 0;

	*number = 0;
	*tab = false;
	/* "46." then a blank: at most 4 digits are looked at */
	d = count_digits(p, len < 4 ? len : 4, &i);
	if (d < 1 || d > 3 || i + 1 >= len || p[i] != '.' || !dt_ascii_blank(p[i + 1]))
		return 0;
	for (size_t k = 0; k < i; k++)
		v = v * 10 + (p[k] - '0');
	*number = v;
	*tab = (p[i + 1] == '\t');
	i += 2;
	/* a paragraph number is followed by a tab or a few blanks */
	while (i < len && i < 16 && dt_ascii_blank(p[i]))
		i++;
	if (i >= len || dt_ascii_blank(p[i]))
		return 0;
	if (*tab)
		return i;
	/* "3. Never before ...": the text starts with a capital or an opening mark */
	if (dt_ascii_upper(p[i]) || p[i] == '"' || p[i] == '\'' || (unsigned char) p[i] >= 0x80)
		return i;
	return 0;
}

bool
dt_line_list_marker(const char *p, size_t len)
{
	/* "(a) ", "(iv) ", "(12) " */
	size_t		i = 1;

	if (len < 4 || p[0] != '(')
		return false;
	while (i < len && i < 6 && (dt_ascii_lower(p[i]) || dt_ascii_digit(p[i])))
		i++;
	return i > 1 && i + 1 < len && p[i] == ')' && dt_ascii_blank(p[i + 1]);
}
