/*
 * paragraphs.c: layout detection, unwrapping and spans (see paragraphs.h).
 *
 * The input is read as "units": one line, or two lines when an interpretation
 * note (both passes) or a stage direction (pass 2) is wrapped over two lines.
 * Both passes classify lines alike, but pass 1 reads only what the layout
 * needs: next_unit returns before the glued-furniture cut ("2/42 17-29597
 * education ...") and the two-line stage-direction join.  So pass 1 counts a
 * wrapped stage direction as two lines, and a line with furniture glued on at
 * its full length and with no page break before it; pass 2 sees one unit, and
 * the line without the furniture after a page break.
 */
#include "paragraphs.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>

#include "dt_ascii.h"
#include "fix_text.h"
#include "hyphen_words.h"
#include "pv_lines.h"
#include "utf8.h"

/* Most lines of a line-length histogram; longer lines share the last bucket. */
#define LEN_BUCKETS 1024
/* Boilerplate footers run over at most this many lines. */
#define BOILERPLATE_MAX_LINES 8

/* ---------------------------------------------------------------------
 * Lines
 * --------------------------------------------------------------------- */

typedef struct line
{
	size_t		cs,
				ce;				/* content, trimmed: [cs, ce) */
	size_t		next;			/* start of the following line */
	int			indent;			/* leading blanks before the content */
	bool		ff;				/* ended by a form feed (page break) */
	bool		ps;				/* ended by U+2029 (paragraph separator) */
} line;

/* Bytes scanned between two interrupt checks inside one line. */
#define SCAN_CHUNK 65536

/* Read the line starting at pos (pos < len). */
static void
read_line(const dt_env *env, const unsigned char *s, size_t len, size_t pos, line *l)
{
	size_t		i = pos,
				end;
	int			indent = 0;

	l->ff = l->ps = false;
	{
		/* the first LF, CR, FF or U+2028/9 from pos on */
		size_t		k = pos,
					next_check = pos + SCAN_CHUNK;

#ifdef __SSE2__
		const __m128i vlf = _mm_set1_epi8('\n'),
					vcr = _mm_set1_epi8('\r'),
					vff = _mm_set1_epi8('\f'),
					ve2 = _mm_set1_epi8((char) 0xE2);
#endif

		for (;;)
		{
			/* scan at most SCAN_CHUNK bytes between interrupt checks */
			size_t		lim = (len > next_check) ? next_check : len;

#ifdef __SSE2__
			while (k + 16 <= lim)
			{
				__m128i		v = _mm_loadu_si128((const __m128i *) (s + k));
				unsigned	m = (unsigned) _mm_movemask_epi8(
					_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vlf), _mm_cmpeq_epi8(v, vcr)),
								 _mm_or_si128(_mm_cmpeq_epi8(v, vff), _mm_cmpeq_epi8(v, ve2))));

				if (m)
				{
					k += (size_t) __builtin_ctz(m);
					goto found;
				}
				k += 16;
			}
#endif
			while (k < lim && s[k] != '\n' && s[k] != '\r' && s[k] != '\f' && s[k] != 0xE2)
				k++;
			if (k == lim && lim < len)
			{
				dt_check_interrupts(env);
				next_check += SCAN_CHUNK;
				continue;
			}
#ifdef __SSE2__
	found:
#endif
			if (k < len && s[k] == 0xE2 &&
				!(k + 2 < len && s[k + 1] == 0x80 && (s[k + 2] == 0xA8 || s[k + 2] == 0xA9)))
			{
				k++;			/* another character: ’ — “ ... */
				continue;
			}
			break;
		}
		i = k;
	}
	/* i is at LF, CR(LF), FF, U+2028/9, or the end */
	if (i >= len)
	{
		end = len;
		l->next = len;
	}
	else if (s[i] == 0xE2)
	{
		end = i;
		l->ps = (s[i + 2] == 0xA9);
		l->next = i + 3;
	}
	else
	{
		end = i;
		l->next = (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') ? i + 2 : i + 1;
		l->ff = (s[i] == '\f');
	}
	/* trim: blanks, other C0 controls, DEL, NBSP, BOM */
	i = pos;
	while (i < end)
	{
		if (((i - pos) & (SCAN_CHUNK - 1)) == SCAN_CHUNK - 1)
			dt_check_interrupts(env);
		if (s[i] <= 0x20 || s[i] == 0x7F)
		{
			if (dt_ascii_blank(s[i]))
				indent++;
			i++;
		}
		else if (s[i] == 0xC2 && i + 1 < end && s[i + 1] == 0xA0)
			i += 2;
		else if (s[i] == 0xEF && i + 2 < end && s[i + 1] == 0xBB && s[i + 2] == 0xBF)
			i += 3;
		else
			break;
	}
	l->cs = i;
	while (end > i)
	{
		if ((end & (SCAN_CHUNK - 1)) == 0)
			dt_check_interrupts(env);
		if (s[end - 1] <= 0x20 || s[end - 1] == 0x7F)
			end--;
		else if (end - i >= 2 && s[end - 2] == 0xC2 && s[end - 1] == 0xA0)
			end -= 2;
		else
			break;
	}
	l->ce = end;
	l->indent = indent;
}

/* ---------------------------------------------------------------------
 * Units: classified lines
 * --------------------------------------------------------------------- */

typedef enum unit_kind
{
	U_TEXT, U_BLANK, U_SEPARATOR, U_PAGE_BREAK, U_NOTE
} unit_kind;

typedef struct unit
{
	unit_kind	kind;
	line		l[2];			/* one line, or two (wrapped note or stage direction) */
	int			nlines;
	size_t		next;			/* where the following unit starts */
	bool		page_break_after;	/* a form feed ends the unit */
	bool		paragraph_after;	/* U+2029 ends the unit */
	bool		page_break_before;	/* furniture glued before the text */
	/* for U_TEXT */
	bool		turn;
	bool		stage;
	size_t		number_skip;	/* bytes of a "46.\t" paragraph number */
	size_t		number_space_skip;	/* bytes of a "46. " candidate (see dt_paragraphs) */
	int			number;			/* the value of either */
	bool		list_marker;	/* starts "(a) " */
} unit;

typedef struct reader
{
	const dt_env *env;
	const unsigned char *s;
	size_t		len;
	size_t		pos;
	int			boilerplate_left;	/* > 0: inside the boilerplate footer */
	bool		full;			/* false: only what the layout needs (pass 1) */
	/* lines of pass 1, kept for pass 2 while they take little memory */
	struct cached_line *cache;
	size_t		ncache;
	size_t		cache_cap;
	bool		recording;		/* pass 1: append every line read */
	size_t		ci;				/* index of the line starting at pos */
} reader;

typedef struct cached_line
{
	uint32_t	cs,
				ce,
				next;
	uint16_t	indent;
	uint8_t		ff,
				ps;
} cached_line;

/* The line starting at r->pos (not consumed). */
static void
fetch_line(reader *r, line *l)
{
	if (r->cache && !r->recording && r->ci < r->ncache)
	{
		const cached_line *c = &r->cache[r->ci];

		l->cs = c->cs;
		l->ce = c->ce;
		l->next = c->next;
		l->indent = c->indent;
		l->ff = c->ff;
		l->ps = c->ps;
		return;
	}
	read_line(r->env, r->s, r->len, r->pos, l);
	if (r->recording && r->cache && r->ci == r->ncache)
	{
		if (r->ncache == r->cache_cap)
		{
			/* give up the cache when it would outgrow half the input */
			if ((r->cache_cap * 2 + 64) * sizeof(cached_line) > r->len / 2 + 4096)
			{
				dt_free(r->env, r->cache);
				r->cache = NULL;
				return;
			}
			r->cache_cap = r->cache_cap * 2 + 64;
			r->cache = dt_realloc(r->env, r->cache, r->cache_cap * sizeof(cached_line));
		}
		r->cache[r->ncache].cs = (uint32_t) l->cs;
		r->cache[r->ncache].ce = (uint32_t) l->ce;
		r->cache[r->ncache].next = (uint32_t) l->next;
		r->cache[r->ncache].indent = (uint16_t) (l->indent < 65535 ? l->indent : 65535);
		r->cache[r->ncache].ff = l->ff;
		r->cache[r->ncache].ps = l->ps;
		r->ncache++;
	}
}

/* Consume the line just fetched. */
static inline void
consume_line(reader *r, const line *l)
{
	r->pos = l->next;
	r->ci++;
}

/* The unit goes on over the line just fetched (a wrapped note or stage direction). */
static inline void
take_second_line(reader *r, unit *u, const line *l2)
{
	u->l[1] = *l2;
	u->nlines = 2;
	consume_line(r, l2);
	u->next = l2->next;
	u->page_break_after = l2->ff;
	u->paragraph_after = l2->ps;
}

static inline bool
ends_sentence_byte(const unsigned char *s, size_t cs, size_t ce)
{
	unsigned char c;

	if (ce <= cs)
		return false;
	c = s[ce - 1];
	if (c < 0x80)
		return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"' ||
			c == ')' || c == ']' || c == '\'';
	/* ” ’ … » */
	if (ce - cs >= 3 && s[ce - 3] == 0xE2 && s[ce - 2] == 0x80 &&
		(c == 0x9D || c == 0x99 || c == 0xA6))
		return true;
	if (ce - cs >= 2 && s[ce - 2] == 0xC2 && c == 0xBB)
		return true;
	return false;
}

static bool
starts_lower(const unsigned char *s, size_t cs, size_t ce)
{
	int			n;
	int32_t		c;

	if (cs >= ce)
		return false;
	c = dt_utf8_decode(s + cs, ce - cs, &n);
	return c >= 0 && u_islower(c);
}

/* Read the next unit; returns false at the end of the input. */
static bool
next_unit(reader *r, unit *u)
{
	const char *s = (const char *) r->s;
	line	   *l = &u->l[0];
	size_t		n,
				number_skip;
	bool		number_tab;
	dt_line_kind kind;

	if (r->pos >= r->len)
		return false;
	dt_check_interrupts(r->env);
	fetch_line(r, l);
	u->nlines = 1;
	u->next = l->next;
	u->page_break_after = l->ff;
	u->paragraph_after = l->ps;
	u->turn = u->stage = false;
	u->page_break_before = false;
	u->number_skip = u->number_space_skip = 0;
	u->number = 0;
	u->list_marker = false;
	consume_line(r, l);
	n = l->ce - l->cs;

	if (r->boilerplate_left > 0)
	{
		r->boilerplate_left--;
		if (n > 0 && dt_line_ends_boilerplate(s + l->cs, n))
			r->boilerplate_left = 0;
		u->kind = (n == 0) ? U_BLANK : U_PAGE_BREAK;
		return true;
	}
	kind = dt_line_classify(s + l->cs, n);
	switch (kind)
	{
		case DT_LINE_BLANK:
			u->kind = U_BLANK;
			return true;
		case DT_LINE_SEPARATOR:
			u->kind = U_SEPARATOR;
			return true;
		case DT_LINE_FURNITURE:
			u->kind = U_PAGE_BREAK;
			return true;
		case DT_LINE_BOILERPLATE:
			u->kind = U_PAGE_BREAK;
			if (!dt_line_ends_boilerplate(s + l->cs, n))
				r->boilerplate_left = BOILERPLATE_MAX_LINES - 1;
			return true;
		case DT_LINE_NOTE:
			u->kind = U_NOTE;
			return true;
		case DT_LINE_NOTE_OPEN:
			/* dropped only when the next line closes it and is short */
			if (r->pos < r->len)
			{
				line		l2;

				fetch_line(r, &l2);
				if (l2.ce > l2.cs && l2.ce - l2.cs <= 80 && s[l2.ce - 1] == ')' &&
					!l->ff && !l->ps)
				{
					take_second_line(r, u, &l2);
					u->kind = U_NOTE;
					return true;
				}
			}
			break;
		case DT_LINE_TEXT:
			break;
	}
	u->kind = U_TEXT;
	if (!r->full)
		return true;
	if ((n = dt_line_furniture_prefix(s + l->cs, n)) > 0)
	{
		/* "2/42 17-29597 education and ...": the page break is glued on */
		l->cs += n;
		u->page_break_before = true;
	}
	n = l->ce - l->cs;
	u->turn = dt_line_is_turn(s + l->cs, n);
	u->stage = !u->turn && dt_line_is_stage(s + l->cs, n);
	number_skip = dt_line_number_prefix(s + l->cs, n, &u->number, &number_tab);
	if (number_tab)
		u->number_skip = number_skip;
	else
		u->number_space_skip = number_skip;
	u->list_marker = dt_line_list_marker(s + l->cs, n);
	/* a stage direction wrapped over two lines */
	if (!u->turn && !u->stage && !l->ff && !l->ps && r->pos < r->len &&
		!ends_sentence_byte(r->s, l->cs, l->ce) && dt_line_may_start_stage(s + l->cs, n))
	{
		line		l2;

		fetch_line(r, &l2);
		if (l2.ce > l2.cs && l2.ce - l2.cs <= 120)
		{
			char		buf[200];
			size_t		t1 = n < 60 ? n : 60;
			size_t		t2 = l2.ce - l2.cs;

			memcpy(buf, s + l->ce - t1, t1);
			buf[t1] = ' ';
			memcpy(buf + t1 + 1, s + l2.cs, t2);
			/* judged on the joined tail (at most 60 + 1 + 120 bytes); the
			 * head must start like a stage line */
			if (dt_line_ends_stage(buf, t1 + 1 + t2))
			{
				take_second_line(r, u, &l2);
				u->stage = true;
			}
		}
	}
	return true;
}

/* ---------------------------------------------------------------------
 * Pass 1: the layout
 * --------------------------------------------------------------------- */

typedef struct layout_info
{
	dt_layout	layout;
	size_t		width;			/* the usual length of a full line (90th percentile) */
	size_t		median;
	/*
	 * Most blocks of text that a blank line ends (before a line that does not
	 * start in lower case) end a sentence: the blank lines mark paragraphs, so
	 * one after a bare word is more likely a page break in mid-sentence.
	 */
	bool		blank_mid_joins;
	/*
	 * No text line ends a sentence ("para" / "" / "para"): line ends say
	 * nothing, and blank lines are boundaries even before lower case.
	 */
	bool		blank_only;
	/* blocks between blank lines hold several lines (wrapped text), not one */
	bool		blocks_wrapped;
} layout_info;

static size_t
percentile(const size_t *hist, size_t total, int pct)
{
	size_t		want = (total * pct + 99) / 100,
				seen = 0;

	for (int i = 0; i < LEN_BUCKETS; i++)
	{
		seen += hist[i];
		if (seen >= want && seen > 0)
			return (size_t) i;
	}
	return LEN_BUCKETS - 1;
}

static layout_info
measure_layout(const dt_env *env, const char *in, size_t len, reader *pass2)
{
	reader		r;
	unit		u;
	size_t		hist[LEN_BUCKETS] = {0};	/* lengths of one-line text units */
	size_t		n_hist = 0,
				n_text = 0,
				n_sep = 0,
				n_indent = 0,
				n_gaps = 0,
				n_term = 0,
				n_bgaps = 0,
				n_bgaps_term = 0;
	int			blank_run = 0;
	bool		page_in_gap = false,
				sep_in_gap = false,
				prev_term = false;
	layout_info li = {DT_LAYOUT_EMPTY, 0, 0, false, false, false};

	memset(&r, 0, sizeof(r));
	r.env = env;
	r.s = (const unsigned char *) in;
	r.len = len;
	r.full = false;
	r.recording = len <= UINT32_MAX;
	if (r.recording)
	{
		r.cache_cap = 64;
		r.cache = dt_alloc(env, r.cache_cap * sizeof(cached_line));
	}
	while (next_unit(&r, &u))
	{
		switch (u.kind)
		{
			case U_BLANK:
				blank_run++;
				break;
			case U_PAGE_BREAK:
				page_in_gap = true;
				break;
			case U_SEPARATOR:
				n_sep++;
				sep_in_gap = true;
				break;
			case U_NOTE:
				break;
			case U_TEXT:
				{
					size_t		n = u.l[u.nlines - 1].ce - u.l[0].cs;

					if (n_text > 0 && blank_run > 0 && !page_in_gap)
						n_gaps++;
					if (n_text > 0 && blank_run > 0 && !page_in_gap && !sep_in_gap &&
						!starts_lower(r.s, u.l[0].cs, u.l[0].ce))
					{
						n_bgaps++;
						if (prev_term)
							n_bgaps_term++;
					}
					if (n_text > 0 && u.l[0].indent > 0 && u.l[0].indent <= 10)
						n_indent++;
					prev_term = ends_sentence_byte(r.s, u.l[u.nlines - 1].cs, u.l[u.nlines - 1].ce);
					if (prev_term)
						n_term++;
					if (u.nlines == 1)
					{
						hist[n < LEN_BUCKETS ? n : LEN_BUCKETS - 1]++;
						n_hist++;
					}
					n_text++;
					blank_run = 0;
					page_in_gap = sep_in_gap = false;
					break;
				}
		}
		if (u.page_break_after)
			page_in_gap = true;
	}
	if (n_text > 0)
	{
		li.blank_mid_joins = n_bgaps_term * 2 > n_bgaps;
		li.blank_only = n_term == 0 && n_gaps > 0;
		li.blocks_wrapped = n_text >= 2 * (n_gaps + 1);
		li.median = percentile(hist, n_hist, 50);
		li.width = percentile(hist, n_hist, 90);
		if (n_sep > 0)
			li.layout = DT_LAYOUT_SEPARATED;
		else if (li.median >= 120 || n_text == 1 || n_term * 2 > n_text)
			li.layout = DT_LAYOUT_ONE_PER_LINE;
		else if (n_indent >= 2 && n_indent * 40 >= n_text)
			li.layout = DT_LAYOUT_INDENTED;
		else if (n_gaps >= 2 && n_gaps * 15 >= n_text)
			li.layout = DT_LAYOUT_BLANK_LINES;
		else
			li.layout = DT_LAYOUT_WRAPPED;
	}
	/* pass 2 replays the lines read here */
	pass2->cache = r.cache;
	pass2->ncache = r.cache ? r.ncache : 0;
	return li;
}

/* ---------------------------------------------------------------------
 * Pass 2: paragraphs
 * --------------------------------------------------------------------- */

typedef struct builder
{
	const dt_env *env;
	const unsigned char *s;
	size_t		len;
	layout_info li;
	reader	   *r;				/* to look at the line after the current one */
	dt_paragraph_cb cb;
	void	   *arg;
	int			n;
	/* the open paragraph */
	bool		open;
	size_t		start_byte,
				end_byte;
	char	   *buf;
	size_t		buf_len,
				buf_cap;
	/* its last line */
	size_t		last_cs,
				last_ce;
	bool		last_stage;
	int			last_number;	/* of the last numbered paragraph, 0 if none */
	/* what lies between it and the next text line */
	int			gap_blank;
	bool		gap_page;
	bool		gap_break;
	/* byte -> character cursor (spans only grow) */
	size_t		cur_byte,
				cur_char;
} builder;

static void
buf_reserve(builder *b, size_t extra)
{
	if (b->buf_len + extra > b->buf_cap)
	{
		size_t		ncap = b->buf_cap * 2 + extra + 256;

		b->buf = dt_realloc(b->env, b->buf, ncap);
		b->buf_cap = ncap;
	}
}

static size_t
char_pos(builder *b, size_t byte)
{
	while (byte > b->cur_byte)
	{
		/* SCAN_CHUNK bytes at a time, cut at a character start */
		size_t		to = byte;

		if (byte - b->cur_byte > SCAN_CHUNK)
		{
			to = b->cur_byte + SCAN_CHUNK;
			while (to < byte && (b->s[to] & 0xC0) == 0x80)
				to++;
			dt_check_interrupts(b->env);
		}
		b->cur_char += dt_utf8_count_chars((const char *) b->s + b->cur_byte, to - b->cur_byte);
		b->cur_byte = to;
	}
	return b->cur_char + 1;
}

static void
finish_paragraph(builder *b)
{
	char	   *fixed = NULL;
	size_t		fixed_len = 0;
	dt_paragraph p;

	if (!b->open)
		return;
	b->open = false;
	if (dt_fix_text(b->env, b->buf, b->buf_len, &fixed, &fixed_len))
	{
		p.text = fixed;
		p.text_len = fixed_len;
	}
	else
	{
		p.text = b->buf;
		p.text_len = b->buf_len;
	}
	/* trim what the repair may have left at the edges */
	while (p.text_len > 0 && (unsigned char) p.text[0] <= 0x20)
	{
		p.text++;
		p.text_len--;
	}
	while (p.text_len > 0 && (unsigned char) p.text[p.text_len - 1] <= 0x20)
		p.text_len--;
	if (p.text_len > 0)
	{
		p.n = ++b->n;
		p.start_byte = b->start_byte;
		p.end_byte = b->end_byte;
		p.start_char = char_pos(b, b->start_byte);
		p.end_char = char_pos(b, b->end_byte);
		b->cb(b->arg, &p);
	}
	dt_free(b->env, fixed);
}

/* A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character. */
static inline bool
is_word_byte(unsigned char c)
{
	return dt_ascii_letter(c) || dt_ascii_digit(c) || c >= 0x80;
}

/* "word- word": is the word at s[i..end) one that keeps a suspended hyphen? */
static bool
is_suspension_word(const unsigned char *s, size_t i, size_t end)
{
	static const char *const words[] = {"and", "or", "to", "nor", NULL};

	for (int k = 0; words[k]; k++)
	{
		size_t		n = strlen(words[k]);

		if (end - i >= n && memcmp(s + i, words[k], n) == 0 &&
			(end - i == n || !dt_ascii_letter(s[i + n])))
			return true;
	}
	return false;
}

/*
 * No tab, no run of two blanks, no "- " in s[cs..ce): the line can be copied
 * as it is.  Sixteen bytes at a time with SSE2 (the movemask puts byte i at
 * bit i, whatever the byte order), then byte by byte.
 */
static bool
is_plain_chunk(const unsigned char *s, size_t cs, size_t ce, bool *prev_sp_io, bool *prev_dash_io)
{
	size_t		k = cs;
	bool		prev_sp = *prev_sp_io,
				prev_dash = *prev_dash_io;

#ifdef __SSE2__
	{
		const __m128i vsp = _mm_set1_epi8(' '),
					vtab = _mm_set1_epi8('\t'),
					vdash = _mm_set1_epi8('-');

		while (k + 16 <= ce)
		{
			__m128i		v = _mm_loadu_si128((const __m128i *) (s + k));
			unsigned	sp = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, vsp));
			unsigned	dash = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, vdash));

			if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, vtab)))
				return false;
			/* bit i is byte i: a blank after a blank or a hyphen */
			if ((sp | dash) & (sp >> 1))
				return false;
			if ((sp & 1) && (prev_sp || prev_dash))
				return false;
			prev_sp = (sp >> 15) & 1;
			prev_dash = (dash >> 15) & 1;
			k += 16;
		}
	}
#endif
	for (; k < ce; k++)
	{
		if (s[k] == '\t')
			return false;
		if (s[k] == ' ' && (prev_sp || prev_dash))
			return false;
		prev_sp = s[k] == ' ';
		prev_dash = s[k] == '-';
	}
	*prev_sp_io = prev_sp;
	*prev_dash_io = prev_dash;
	return true;
}

/* is_plain_chunk over a whole line, SCAN_CHUNK bytes between interrupt checks */
static bool
is_plain_line(const dt_env *env, const unsigned char *s, size_t cs, size_t ce)
{
	bool		prev_sp = false,
				prev_dash = false;

	while (ce - cs > SCAN_CHUNK)
	{
		if (!is_plain_chunk(s, cs, cs + SCAN_CHUNK, &prev_sp, &prev_dash))
			return false;
		cs += SCAN_CHUNK;
		dt_check_interrupts(env);
	}
	return is_plain_chunk(s, cs, ce, &prev_sp, &prev_dash);
}

/*
 * Copy line content s[cs..ce) into the buffer: runs of blanks become one
 * space, and "word- word" is closed to "word-word" unless the next word is
 * and/or/to/nor.
 */
static void
copy_content(builder *b, size_t cs, size_t ce)
{
	const unsigned char *s = b->s;
	size_t		i = cs,
				next_check = cs + SCAN_CHUNK;
	char	   *out;
	bool		plain = true;

	buf_reserve(b, ce - cs);
	out = b->buf + b->buf_len;
	/* the common case: single spaces and no "- ", copied in one go */
	plain = is_plain_line(b->env, s, cs, ce);
	if (plain)
	{
		memcpy(out, s + cs, ce - cs);
		b->buf_len += ce - cs;
		return;
	}
	while (i < ce)
	{
		unsigned char c = s[i];

		if (i >= next_check)
		{
			dt_check_interrupts(b->env);
			next_check = i + SCAN_CHUNK;
		}
		if (!dt_ascii_blank(c))
		{
			*out++ = (char) c;
			i++;
			continue;
		}
		/* a run of blanks */
		{
			size_t		j = i;

			while (j < ce && dt_ascii_blank(s[j]))
			{
				if (j >= next_check)
				{
					dt_check_interrupts(b->env);
					next_check = j + SCAN_CHUNK;
				}
				j++;
			}
			if (j < ce && i >= cs + 2 && s[i - 1] == '-' && is_word_byte(s[i - 2]) &&
				dt_ascii_lower(s[j]) && !is_suspension_word(s, j, ce))
			{
				/* "self- determination" -> "self-determination" */
			}
			else
				*out++ = ' ';
			i = j;
		}
	}
	b->buf_len = (size_t) (out - b->buf);
}

/* Join the next line s[cs..ce) onto the open paragraph. */
static void
join_line(builder *b, size_t cs, size_t ce)
{
	const unsigned char *s = b->s;
	char	   *buf = b->buf;
	size_t		n = b->buf_len;

	if (n >= 2 && buf[n - 1] == '-' && is_word_byte((unsigned char) buf[n - 2]) &&
		cs < ce && is_word_byte(s[cs]))
	{
		size_t		rl = 0,
					ll = 0;

		while (cs + rl < ce && dt_ascii_letter(s[cs + rl]))
			rl++;
		if (is_suspension_word(s, cs, ce))
		{
			/* "medium-\nand long-term": a suspended hyphen */
			buf_reserve(b, 1);
			b->buf[b->buf_len++] = ' ';
		}
		else
		{
			while (ll < n - 1 && ll < 64 && dt_ascii_letter((unsigned char) buf[n - 2 - ll]))
				ll++;
			/* "technolo-\ngies" -> "technologies", only when certain */
			if (rl > 0 && ll > 0 && (n - 1 - ll == 0 || !is_word_byte((unsigned char) buf[n - 2 - ll])) &&
				dt_hyphen_is_syllable_split(buf + n - 1 - ll, ll, (const char *) s + cs, rl))
				b->buf_len--;
			/* otherwise keep the compound hyphen: "self-\ndetermination" */
		}
	}
	else if (n >= 2 && (unsigned char) buf[n - 2] == 0xC2 && (unsigned char) buf[n - 1] == 0xAD)
		b->buf_len -= 2;		/* a soft hyphen at the line end */
	else
	{
		buf_reserve(b, 1);
		b->buf[b->buf_len++] = ' ';
	}
	copy_content(b, cs, ce);
}

static void
start_paragraph(builder *b, const unit *u)
{
	b->open = true;
	b->buf_len = 0;
	b->start_byte = u->l[0].cs;
	copy_content(b, u->l[0].cs + u->number_skip, u->l[0].ce);
	if (u->nlines == 2)
		join_line(b, u->l[1].cs, u->l[1].ce);
}

/*
 * A line of len bytes, a blank and the first word of s[cs .. ce) (measured up
 * to a column's worth: LEN_BUCKETS > width) stay under 85% of the column: the
 * word would have fit on the line.
 */
static bool
next_word_fits(const builder *b, size_t len, size_t cs, size_t ce)
{
	const unsigned char *s = b->s;
	size_t		w = 0;

	while (cs + w < ce && w < LEN_BUCKETS && !dt_ascii_blank(s[cs + w]))
		w++;
	return (len + 1 + w) * 100 < b->li.width * 85;
}

static bool
is_short_line(const builder *b, const unit *u, bool by_width)
{
	size_t		alen = b->last_ce - b->last_cs;

	/* the next line's first word would have fit on this one */
	if (by_width && next_word_fits(b, alen, u->l[0].cs, u->l[0].ce))
		return true;
	/* a whole paragraph on one line inside wrapped text */
	if (alen * 2 > b->li.width * 3 && b->li.width >= 20)
		return true;
	return false;
}

/*
 * The first line of a paragraph, its indent lost: it does not end a sentence,
 * yet the first word of the line after it would have fit on it (PDF
 * paragraphs start with a first-line indent).
 */
static bool
is_indented_first_line(builder *b, const unit *u)
{
	const unsigned char *s = b->s;
	line		c;

	if (u->nlines != 1 || u->page_break_after || u->paragraph_after ||
		ends_sentence_byte(s, u->l[0].cs, u->l[0].ce) || b->r->pos >= b->len)
		return false;
	fetch_line(b->r, &c);
	if (c.ce <= c.cs || c.indent > 0 || dt_line_classify((const char *) s + c.cs, c.ce - c.cs) != DT_LINE_TEXT)
		return false;
	return next_word_fits(b, u->l[0].ce - u->l[0].cs, c.cs, c.ce);
}

static inline bool
ends_comma(const builder *b)
{
	return b->last_ce > b->last_cs && b->s[b->last_ce - 1] == ',';
}

/*
 * The last line ends in a hyphen or in a word that cannot end a paragraph
 * (an article, preposition, conjunction, auxiliary, possessive): the sentence
 * runs on ("on behalf of the" / "" / "Bolivarian Republic ...").
 */
static bool
ends_open(const builder *b)
{
	static const char *const words[] = {
		"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
		"upon", "between", "among", "and", "or", "nor", "but", "than", "that", "which", "whose",
		"who", "its", "their", "our", "his", "her", "my", "your", "this", "these", "those",
		"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
		"shall", "should", "can", "could", "may", "must", "not", "as", "all", "each", "such",
		"very", "more", "most", NULL
	};
	const unsigned char *s = b->s;
	size_t		ce = b->last_ce,
				w = ce;

	if (ce <= b->last_cs)
		return false;
	if (s[ce - 1] == '-')
		return true;
	while (w > b->last_cs && ce - w < 8 && dt_ascii_letter(s[w - 1]))
		w--;
	if (w == ce || (w > b->last_cs && is_word_byte(s[w - 1])))
		return false;
	for (int k = 0; words[k]; k++)
	{
		size_t		n = strlen(words[k]);

		/* matched case-insensitively in the first letter only ("The" ends no paragraph either) */
		if (n == ce - w && (s[w] | 0x20) == words[k][0] && memcmp(s + w + 1, words[k] + 1, n - 1) == 0)
			return true;
	}
	return false;
}

/*
 * A blank line after text that does not end a sentence, before a line that
 * is not a paragraph number.  Page breaks leave such blank lines in
 * mid-sentence ("2005 World Summit" / "" / "Outcome document"), but blank
 * lines also separate clause-per-paragraph texts ("The General Assembly," /
 * "" / "Recalling ...,") and paragraphs without final punctuation.  Joined:
 * around page furniture, where separator lines mark the paragraphs.  Then, in
 * this order: joined after a hyphen or a word that ends no paragraph ("of
 * the"); a break in a text where no line ends a sentence (even before a
 * lower-case line); joined before a lower-case line; a break before a list
 * item "(a) ".  Otherwise the document decides: where most blocks before a
 * blank line end a sentence, or each line is a paragraph (its end is the
 * mark), this one is a page break (join); where each block is one line, blank
 * lines are the paragraph marks (break); in wrapped text a full line cut by a
 * blank line is a page break, a short one ends its paragraph.
 */
static bool
blank_gap_breaks(builder *b, const unit *u)
{
	if (b->gap_blank == 0 || b->gap_page || b->li.layout == DT_LAYOUT_SEPARATED)
		return false;
	if (ends_open(b))
		return false;
	if (b->li.blank_only)
		return true;
	if (starts_lower(b->s, u->l[0].cs, u->l[0].ce))
		return false;
	if (u->list_marker)
		return true;
	/* one paragraph per line: the line end is the mark, and this one is mid-sentence */
	if (b->li.blank_mid_joins || b->li.layout == DT_LAYOUT_ONE_PER_LINE)
		return false;
	if (!b->li.blocks_wrapped)
		return true;
	return is_short_line(b, u, true);
}

/*
 * "46. " (not "46.\t") is a paragraph number only on evidence, since a wrapped
 * sentence may end in a number ("rose to" / "185. This ..."): it opens the
 * text, or follows a blank line or separator after a sentence end, a comma
 * or in a document whose blank lines are boundaries, or it follows a sentence
 * end and continues the numbering.
 */
static bool
accept_number_space(const builder *b, const unit *u)
{
	bool		term;

	if (b->n == 0 && !b->open)
		return true;
	term = ends_sentence_byte(b->s, b->last_cs, b->last_ce);
	if (b->gap_break || (b->gap_blank > 0 && !b->gap_page))
	{
		if (term || ends_comma(b) || !b->li.blank_mid_joins || !b->li.blocks_wrapped)
			return true;
	}
	return term && b->last_number > 0 && u->number == b->last_number + 1;
}

static bool
is_boundary(builder *b, const unit *u)
{
	const unsigned char *s = b->s;
	bool		mid;

	if (b->gap_break)
		return true;
	if (u->turn || u->stage || b->last_stage)
		return true;
	mid = !ends_sentence_byte(s, b->last_cs, b->last_ce) ||
		starts_lower(s, u->l[0].cs + u->number_skip, u->l[0].ce);
	/* a paragraph number is a boundary, unless the sentence runs on through it */
	if (u->number_skip > 0)
		return !(mid && starts_lower(s, u->l[0].cs + u->number_skip, u->l[0].ce));
	if (mid)
		return blank_gap_breaks(b, u);
	switch (b->li.layout)
	{
		case DT_LAYOUT_SEPARATED:
			return b->gap_blank > 0 && !b->gap_page;
		case DT_LAYOUT_ONE_PER_LINE:
		case DT_LAYOUT_EMPTY:
			return true;
		case DT_LAYOUT_INDENTED:
			if (u->l[0].indent > 0 && u->l[0].indent <= 10)
				return true;
			return (b->gap_blank > 0 && !b->gap_page) || is_short_line(b, u, true);
		case DT_LAYOUT_WRAPPED:
			return (b->gap_blank > 0 && !b->gap_page) || is_short_line(b, u, true) ||
				is_indented_first_line(b, u);
		case DT_LAYOUT_BLANK_LINES:
			/* blank lines are the evidence, except around a page break */
			if (b->gap_page)
				return is_short_line(b, u, true);
			return b->gap_blank > 0 || is_short_line(b, u, false);
	}
	return true;
}

dt_layout
dt_paragraphs(const dt_env *env, const char *in, size_t len, dt_paragraph_cb cb, void *arg)
{
	builder		b;
	reader		r;
	unit		u;

	memset(&r, 0, sizeof(r));
	r.env = env;
	r.s = (const unsigned char *) in;
	r.len = len;
	r.full = true;
	memset(&b, 0, sizeof(b));
	b.env = env;
	b.s = (const unsigned char *) in;
	b.len = len;
	b.cb = cb;
	b.arg = arg;
	b.r = &r;
	b.li = measure_layout(env, in, len, &r);
	if (b.li.layout == DT_LAYOUT_EMPTY)
	{
		dt_free(env, r.cache);
		return DT_LAYOUT_EMPTY;
	}

	while (next_unit(&r, &u))
	{
		switch (u.kind)
		{
			case U_BLANK:
				b.gap_blank++;
				break;
			case U_SEPARATOR:
				b.gap_break = true;
				break;
			case U_PAGE_BREAK:
				b.gap_page = true;
				break;
			case U_NOTE:
				break;
			case U_TEXT:
				if (u.page_break_before)
					b.gap_page = true;
				if (u.number_space_skip > 0 && accept_number_space(&b, &u))
					u.number_skip = u.number_space_skip;
				if (u.number_skip > 0)
					b.last_number = u.number;
				if (b.open && is_boundary(&b, &u))
					finish_paragraph(&b);
				if (!b.open)
					start_paragraph(&b, &u);
				else
				{
					join_line(&b, u.l[0].cs + u.number_skip, u.l[0].ce);
					if (u.nlines == 2)
						join_line(&b, u.l[1].cs, u.l[1].ce);
				}
				b.end_byte = u.l[u.nlines - 1].ce;
				b.last_cs = u.l[u.nlines - 1].cs;
				b.last_ce = u.l[u.nlines - 1].ce;
				if (u.nlines == 2)
					b.last_cs = u.l[0].cs;
				b.last_stage = u.stage;
				b.gap_blank = 0;
				b.gap_page = b.gap_break = false;
				break;
		}
		if (u.page_break_after)
			b.gap_page = true;
		if (u.paragraph_after)
			b.gap_break = true;
	}
	finish_paragraph(&b);
	dt_free(env, b.buf);
	dt_free(env, r.cache);
	return b.li.layout;
}
