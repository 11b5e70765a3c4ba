/*
 * un_symbols_scan.c: the pass over the text that finds UN document symbols.
 *
 * One left-to-right pass.  Each byte goes through a byte-class table and one
 * step of the generated Aho-Corasick automaton (src/gen/un_symbols_names.c):
 * that finds the "resolution" words of the six official languages, organ and
 * treaty-body names, "general comment" and the titled documents.  The classes
 * of "/" and "_" are the triggers for symbols written out.  At a trigger or a
 * pattern match the scanner looks around for a bounded number of bytes
 * (un_symbols_literal.c, un_symbols_named.c) and, when it reads references,
 * jumps past them.  Candidates are collected as items; at the end of the pass
 * the references whose organ depends on the whole text are resolved, the
 * items are ordered by position, parsed as unsymbol values, and reported with
 * their character positions (counted once, monotonically).
 */
#include "un_symbols_int.h"
#include "un_symbols_skip.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK	65536			/* bytes between interrupt checks */

bool		dt_un_symbols_no_skip = false;

sym_item *
symscan_add_form(dt_symscan *sc, size_t start, size_t end, int form)
{
	sym_item   *it;

	if (sc->nitems == sc->cap)
	{
		sc->cap = sc->cap ? sc->cap * 2 : 64;
		sc->items = dt_realloc(sc->env, sc->items, sc->cap * sizeof(sym_item));
	}
	it = &sc->items[sc->nitems];
	memset(it, 0, sizeof(*it));
	it->start = start;
	it->end = end;
	it->form = (uint8_t) form;
	it->seq = (uint32_t) sc->nitems;
	sc->nitems++;
	return it;
}

sym_item *
symscan_add(dt_symscan *sc, size_t start, size_t end, const char *text, size_t len,
			bool is_named)
{
	sym_item   *it;

	if (sc->alen + len + 1 > sc->acap)
	{
		while (sc->alen + len + 1 > sc->acap)
			sc->acap = sc->acap ? sc->acap * 2 : 1024;
		sc->arena = dt_realloc(sc->env, sc->arena, sc->acap);
	}
	it = symscan_add_form(sc, start, end, FORM_TEXT);
	it->text_off = (uint32_t) sc->alen;
	it->is_named = is_named;
	memcpy(sc->arena + sc->alen, text, len);
	sc->arena[sc->alen + len] = '\0';
	sc->alen += len + 1;
	return it;
}

void
symscan_committee_cue(dt_symscan *sc, int committee, size_t pos)
{
	if (committee <= 0 || committee >= DT_COMMITTEE_COUNT)
		return;
	if (sc->committee_n[committee] == sc->committee_cap[committee])
	{
		sc->committee_cap[committee] = sc->committee_cap[committee] ? sc->committee_cap[committee] * 2 : 16;
		sc->committee_pos[committee] = dt_realloc(sc->env, sc->committee_pos[committee],
												  sc->committee_cap[committee] * sizeof(size_t));
	}
	sc->committee_pos[committee][sc->committee_n[committee]++] = pos;
}

void
symscan_organ_count(dt_symscan *sc, int organ, size_t end)
{
	if (organ > 0 && organ < DT_ORGAN_COUNT)
	{
		sc->organ_count[organ]++;
		if (end > sc->organ_end[organ])
			sc->organ_end[organ] = end;
	}
}

/*
 * Where does pattern pid, whose last byte is t[last], start?  Walks back over
 * the pattern: a space in it stands for any run of white space.  The
 * automaton has matched, so this succeeds; returns (size_t) -1 if not.
 */
static size_t
pattern_start(const dt_symscan *sc, int pid, size_t last)
{
	const dt_symname *p = &dt_symnames_patterns[pid];
	const unsigned char *t = sc->t;
	size_t		pos = last + 1;
	int			k;

	for (k = p->len - 1; k >= 0; k--)
	{
		unsigned char pc = (unsigned char) p->pattern[k];

		if (pc == ' ')
		{
			size_t		w = ws_len_back(t, pos);

			if (w == 0)
				return (size_t) -1;
			while ((w = ws_len_back(t, pos)) > 0)
				pos -= w;
		}
		else
		{
			if (pos == 0 || dt_symnames_class[t[pos - 1]] != dt_symnames_class[pc])
				return (size_t) -1;
			pos--;
		}
	}
	return pos;
}

/* A pattern matched with its last byte at t[last]: act on it.  Returns the
 * position to continue from when references were read past it, else 0. */
static size_t
on_match(dt_symscan *sc, int state, size_t last)
{
	const unsigned char *t = sc->t;
	size_t		n = sc->n;
	const int16_t *o = &dt_symnames_outlist[dt_symnames_out[state]];
	size_t		jump = 0;

	for (; *o >= 0; o++)
	{
		int			pid = *o;
		const dt_symname *p = &dt_symnames_patterns[pid];
		size_t		start = pattern_start(sc, pid, last);
		size_t		end = last + 1;

		if (start == (size_t) -1)
			continue;
		if (!(p->flags & DT_SYMNAME_NOBOUND))
		{
			/* whole words: no ASCII letter or digit may touch either end */
			if (start > 0 && dt_ascii_alnum(t[start - 1]))
				continue;
			if (start > 0 && t[start] >= 0x80 && t[start - 1] >= 0x80)
				continue;
			if (p->flags & DT_SYMNAME_PREFIX)
			{
				/* a stem: take the inflection (letters, any script) */
				while (end < n && (dt_ascii_letter(t[end]) || t[end] >= 0x80) && ws_len(t, n, end) == 0)
					end++;
			}
			else if (end < n && (dt_ascii_alnum(t[end]) || (t[end - 1] >= 0x80 && t[end] >= 0x80)))
				continue;
		}
		switch (p->kind)
		{
			case DT_SYMNAME_TITLED:
				/* a title is written with a capital (or a digit: "2030 Agenda") */
				if (dt_ascii_lower(t[start]) && !(p->flags & DT_SYMNAME_LOWEROK))
					break;
				{
					sym_item   *it = symscan_add(sc, start, end, p->symbol, strlen(p->symbol), true);

					it->titled = 1;
				}
				break;
			case DT_SYMNAME_RESWORD:
			case DT_SYMNAME_RESWORD_SC:
				jump = symscan_resolution(sc, start, end, pid);
				if (jump)
					return jump;
				break;
			case DT_SYMNAME_RESWORD_ZH:
				symscan_resolution_zh(sc, start, end);
				break;
			case DT_SYMNAME_DECWORD:
				jump = symscan_decision(sc, start, end);
				if (jump)
					return jump;
				break;
			case DT_SYMNAME_SUPPL:
				symscan_supplement(sc, start, end);
				break;
			case DT_SYMNAME_DRAFT:
				sc->draft_end = end;
				break;
			case DT_SYMNAME_ORGAN:
				if (p->arg == DT_ORGAN_COUNCIL && sc->last_cue_end == end)
					break;		/* "Security Council": the specific name counts */
				sc->last_cue_end = end;
				sc->last_cue_organ = p->arg;
				symscan_organ_count(sc, p->arg, end);
				if (p->arg == DT_ORGAN_SC || p->arg == DT_ORGAN_HRC || p->arg == DT_ORGAN_ECOSOC)
					sc->last_council = p->arg;
				break;
			case DT_SYMNAME_COMMITTEE:
				symscan_committee_cue(sc, p->arg, start);
				break;
			case DT_SYMNAME_GCHEAD:
				jump = symscan_comment(sc, start, end, p->arg);
				if (jump)
					return jump;
				break;
		}
	}
	return 0;
}

/*
 * Without SSE2: inside a word, ASCII letters and digits eight at a time.
 * With SSE2 the 64-byte skip of dt_un_symbols_scan leaves the scanner at the
 * root inside a word so rarely that this loop does not pay.
 */
#ifndef __SSE2__
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR_OK		1
#else
#define SWAR_OK		0			/* byte order unknown: byte by byte only */
#endif
#define HIGH_BITS	UINT64_C(0x8080808080808080)
#define LOW_BITS	UINT64_C(0x0101010101010101)

/* Bit 7 of each byte of w set where that byte is an ASCII letter or digit
 * (bytes are assumed little-endian: byte 0 is the lowest). */
static inline uint64_t
ascii_alnum(uint64_t w)
{
	uint64_t	ascii = ~w & HIGH_BITS;
	uint64_t	x = w & ~HIGH_BITS;
	uint64_t	y = x | (0x20 * LOW_BITS);	/* letters to lower case */
	uint64_t	ge_a = (y + (0x80 - 'a') * LOW_BITS) & HIGH_BITS;
	uint64_t	gt_z = (y + (0x80 - 'z' - 1) * LOW_BITS) & HIGH_BITS;
	uint64_t	ge_0 = (x + (0x80 - '0') * LOW_BITS) & HIGH_BITS;
	uint64_t	gt_9 = (x + (0x80 - '9' - 1) * LOW_BITS) & HIGH_BITS;

	return ascii & ((ge_a & ~gt_z) | (ge_0 & ~gt_9));
}
#endif							/* !__SSE2__ */

/* Order: by start; a longer span first; then as created. */
static int
item_cmp(const void *a, const void *b)
{
	const sym_item *x = a;
	const sym_item *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->seq < y->seq ? -1 : (x->seq > y->seq ? 1 : 0);
}

/* Titled documents: keep the leftmost-longest, drop those a resolution
 * reference already covers and those followed by their written symbol. */
static void
filter_titled(dt_symscan *sc)
{
	size_t		i,
				j;
	size_t		last_titled_end = 0;
	bool		any = false;

	for (i = 0; i < sc->nitems; i++)
	{
		sym_item   *it = &sc->items[i];
		size_t		q;

		if (!it->titled)
			continue;
		if (any && it->start < last_titled_end)
		{
			it->titled = 2;		/* dropped */
			continue;
		}
		/* overlapping references read from words */
		/* (looking at most 64 items each way keeps this linear on any text) */
		for (j = i; j-- > 0 && i - j <= 64 && sc->items[j].start + 512 > it->start;)
			if (!sc->items[j].titled && sc->items[j].is_named && sc->items[j].end > it->start)
				it->titled = 2;
		for (j = i + 1; j < sc->nitems && j - i <= 64 && sc->items[j].start < it->end; j++)
			if (!sc->items[j].titled && sc->items[j].is_named)
				it->titled = 2;
		/* "Implementing the responsibility to protect (A/63/677)": the written
		 * symbol is the citation */
		q = skip_ws(sc->t, sc->n, it->end, 8);
		while (q < sc->n && (sc->t[q] == '(' || sc->t[q] == '"' || sc->t[q] == '\''))
			q = skip_ws(sc->t, sc->n, q + 1, 8);
		if (q + 3 <= sc->n && sc->t[q] == 0xE2 && sc->t[q + 1] == 0x80)
			q = skip_ws(sc->t, sc->n, q + 3, 8);	/* a closing quotation mark */
		for (j = i + 1; j < sc->nitems && j - i <= 64 && sc->items[j].start <= q; j++)
			if (sc->items[j].start == q && !sc->items[j].is_named)
				it->titled = 2;
		if (it->titled == 1)
		{
			any = true;
			last_titled_end = it->end;
		}
	}
}

size_t
dt_un_symbols_scan(const dt_env *env, const char *text, size_t len,
				   dt_symref_fn emit, void *arg)
{
	dt_symscan	sc;
	const unsigned char *t = (const unsigned char *) text;
	const unsigned char *cls = dt_symnames_class;
	const uint16_t *delta = dt_symnames_delta;
	const unsigned char *skip = dt_symnames_root_skip;
	size_t		i = 0;
	unsigned	st;
	unsigned	word_start;		/* the state after a word boundary */
	const unsigned char *start3 = dt_symnames_start3;
	size_t		reported = 0;
	size_t		k;

#ifdef __SSE2__
	symskip_blk blk = {(size_t) -1 - SYMSKIP_BLOCK, 0, 0, 0};	/* none yet */
#endif

	memset(&sc, 0, sizeof(sc));
	sc.env = env;
	sc.t = t;
	sc.n = len;
	sc.range_budget = 1000 + len / 4;	/* extra references ranges may add */
	/* the text starts at a word boundary */
	word_start = delta[2] & ~DT_SYMNAMES_HAS_OUT;
	st = word_start;

	while (i < len)
	{
		size_t		stop = len - i > CHUNK ? i + CHUNK : len;

		dt_check_interrupts(env);
		while (i < stop)
		{
			unsigned	c;

#ifdef __SSE2__
			if ((st == 0 || st == word_start) && !dt_un_symbols_no_skip)
			{
				/* at the root or a word start: 64 bytes at a time up to the
				 * first byte the automaton or a trigger needs; a block stays
				 * classified while the scanner works inside it */
				bool		at_ws = st == word_start;

				for (;;)
				{
					if (i >= blk.base && i < blk.base + SYMSKIP_BLOCK)
						i = symskip_next(t, &blk, i, &at_ws);
					else if (i + SYMSKIP_BLOCK + 2 <= stop)
					{
						symskip_classify(t, i, &blk);
						i = symskip_next(t, &blk, i, &at_ws);
					}
					else
						break;
					if (i < blk.base + SYMSKIP_BLOCK)
						break;
				}
				st = at_ws ? word_start : 0;
			}
#endif
			if (st == 0)
			{
				/* inside a word at the root: nothing can start here; ASCII
				 * letters and digits eight at a time (without SSE2), the rest
				 * by table */
#ifndef __SSE2__
				while (SWAR_OK && i + 8 <= stop)
				{
					uint64_t	w,
								m;

					memcpy(&w, t + i, 8);
					m = ascii_alnum(w);
					if (m != HIGH_BITS)
					{
						i += (size_t) __builtin_ctzll(~m & HIGH_BITS) >> 3;
						break;
					}
					i += 8;
				}
#endif
				while (i < stop && skip[t[i]])
					i++;
				if (i == stop)
					break;
			}
			c = cls[t[i]];
			if (st == word_start && c > 2 && i + 2 < stop)
			{
				/* a word starts: can a pattern start with its first three bytes? */
				unsigned	h = DT_SYMNAMES_START3(c, cls[t[i + 1]], cls[t[i + 2]]);

				if (!(start3[h >> 3] & (1u << (h & 7))))
				{
					st = 0;
					continue;
				}
			}
			if (c == 2 && (st == 0 || st == word_start))
			{
				/* a word boundary where no pattern is under way: the state is
				 * known without a table step */
				st = word_start;
				i++;
				continue;
			}
			if (c < 2)
			{
				/* "/" or "_": a symbol written out? */
				size_t		j = symscan_literal(&sc, i);

				st = 0;
				i = j > i ? j : i + 1;
				continue;
			}
			st = delta[(st << DT_SYMNAMES_ROW_SHIFT) + c];
			if (st & DT_SYMNAMES_HAS_OUT)
			{
				size_t		j;

				st &= ~DT_SYMNAMES_HAS_OUT;
				j = on_match(&sc, (int) st, i);
				if (j > i + 1)
				{
					i = j;
					st = 0;
					continue;
				}
			}
			i++;
		}
	}

	if (sc.nitems > 0)
	{
		char		buf[DT_UNSYM_CANON_CAP];
		dt_unsym	u;
		size_t		cur_b = 0;
		int64_t		cur_c = 0;
		size_t		prev_start = (size_t) -1,
					prev_end = 0;
		uint8_t		prev_key[DT_UNSYM_MAX_KEY];
		size_t		prev_keylen = 0;
		bool		prev_named = false;

		qsort(sc.items, sc.nitems, sizeof(sym_item), item_cmp);
		filter_titled(&sc);
		for (k = 0; k < sc.nitems; k++)
		{
			sym_item   *it = &sc.items[k];
			const char *s;
			size_t		slen;
			dt_symref	ref;

			if ((k & 1023) == 0)
				dt_check_interrupts(env);
			if (it->titled == 2)
				continue;
			if (it->form == FORM_TEXT)
			{
				s = sc.arena + it->text_off;
				slen = strlen(s);
			}
			else
			{
				slen = symscan_resolve(&sc, it, buf, sizeof(buf));
				if (slen == 0)
					continue;
				s = buf;
			}
			if (!dt_unsym_parse(s, slen, &u, NULL))
				continue;
			/* the same symbol at the same span once (a title inside a list head) */
			if (it->start == prev_start && it->end == prev_end && (bool) it->is_named == prev_named &&
				u.keylen == prev_keylen && memcmp(u.key, prev_key, prev_keylen) == 0)
				continue;
			prev_start = it->start;
			prev_end = it->end;
			prev_named = it->is_named;
			prev_keylen = u.keylen;
			memcpy(prev_key, u.key, u.keylen);

			/* character positions: one monotone cursor over the starts */
			cur_c += (int64_t) dt_utf8_count_chars((const char *) t + cur_b, it->start - cur_b);
			cur_b = it->start;
			ref.start_char = cur_c;
			ref.end_char = cur_c + (int64_t) dt_utf8_count_chars((const char *) t + it->start, it->end - it->start);
			ref.sym = &u;
			ref.text = s;
			ref.is_named = it->is_named;
			ref.start_byte = it->start;
			ref.end_byte = it->end;
			emit(arg, &ref);
			reported++;
		}
	}
	dt_free(env, sc.items);
	dt_free(env, sc.arena);
	for (k = 0; k < DT_COMMITTEE_COUNT; k++)
		dt_free(env, sc.committee_pos[k]);
	return reported;
}
