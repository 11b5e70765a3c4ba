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

#include <stdlib.h>
#include <string.h>

#define CHUNK	65536			/* bytes between interrupt checks */

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
symscan_organ_count(dt_symscan *sc, int organ)
{
	if (organ > 0 && organ < DT_ORGAN_COUNT)
		sc->organ_count[organ]++;
}

bool
symscan_valid(const char *s, size_t len, dt_unsym *out)
{
	dt_unsym	tmp;

	return dt_unsym_parse(s, len, out ? out : &tmp, NULL);
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
			if (start > 0 && is_alnum(t[start - 1]))
				continue;
			if (start > 0 && t[start] >= 0x80 && t[start - 1] >= 0x80)
				continue;
			if (p->flags & DT_SYMNAME_PREFIX)
			{
				/* a stem: take the inflection (letters, any script) */
				while (end < n && (is_alpha(t[end]) || t[end] >= 0x80) && ws_len(t, n, end) == 0)
					end++;
			}
			else if (end < n && (is_alnum(t[end]) || (t[end - 1] >= 0x80 && t[end] >= 0x80)))
				continue;
		}
		switch (p->kind)
		{
			case DT_SYMNAME_TITLED:
				/* a title is written with a capital (or a digit: "2030 Agenda") */
				if (is_lower(t[start]) && !(p->flags & DT_SYMNAME_LOWEROK))
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
			case DT_SYMNAME_DRAFT:
				sc->draft_end = end;
				break;
			case DT_SYMNAME_ORGAN:
				if (p->arg == DT_ORGAN_COUNCIL && sc->last_cue_end == end)
					break;		/* "Security Council": the specific name counts */
				sc->last_cue_end = end;
				sc->last_cue_organ = p->arg;
				sc->organ_end[p->arg] = end;
				sc->organ_count[p->arg]++;
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
		for (j = i; j-- > 0 && sc->items[j].start + 512 > it->start;)
			if (!sc->items[j].titled && sc->items[j].is_named && sc->items[j].end > it->start)
				it->titled = 2;
		for (j = i + 1; j < sc->nitems && sc->items[j].start < it->end; j++)
			if (!sc->items[j].titled && sc->items[j].is_named)
				it->titled = 2;
		/* "Implementing the responsibility to protect (A/63/677)": the written
		 * symbol is the citation */
		q = skip_ws(sc->t, sc->n, it->end, 8);
		while (q < sc->n && (sc->t[q] == '(' || sc->t[q] == '"' || sc->t[q] == '\''))
			q = skip_ws(sc->t, sc->n, q + 1, 8);
		if (q + 3 <= sc->n && sc->t[q] == 0xE2 && sc->t[q + 1] == 0x80)
			q = skip_ws(sc->t, sc->n, q + 3, 8);	/* a closing quotation mark */
		for (j = i + 1; j < sc->nitems && sc->items[j].start <= q; j++)
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
	const uint16_t *out = dt_symnames_out;
	const size_t nc = (size_t) dt_symnames_nclass;
	size_t		i = 0;
	unsigned	st = 0;
	bool		prev_space = false;
	size_t		reported = 0;
	size_t		k;

	memset(&sc, 0, sizeof(sc));
	sc.env = env;
	sc.t = t;
	sc.n = len;

	while (i < len)
	{
		size_t		stop = len - i > CHUNK ? i + CHUNK : len;

		dt_check_interrupts(env);
		while (i < stop)
		{
			unsigned	c = cls[t[i]];

			if (c < 2)
			{
				/* "/" or "_": a symbol written out? */
				size_t		j = symscan_literal(&sc, i);

				st = 0;
				prev_space = false;
				i = j > i ? j : i + 1;
				continue;
			}
			if (c == 2)
			{
				if (prev_space)
				{
					i++;
					continue;
				}
				prev_space = true;
			}
			else
				prev_space = false;
			st = delta[st * nc + c];
			if (out[st])
			{
				size_t		j = on_match(&sc, (int) st, i);

				if (j > i + 1)
				{
					i = j;
					st = 0;
					prev_space = false;
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
			size_t		b;

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
			for (b = cur_b; b < it->start; b++)
				cur_c += (t[b] & 0xC0) != 0x80;
			cur_b = it->start;
			ref.start_char = cur_c;
			ref.end_char = cur_c;
			for (b = it->start; b < it->end; b++)
				ref.end_char += (t[b] & 0xC0) != 0x80;
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
