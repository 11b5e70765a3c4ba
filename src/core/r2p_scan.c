/*
 * r2p_scan.c: fold and match in one linear pass.
 *
 * Folding (the same as src/r2p_lexicon.pl does to the lexicon): ASCII letters
 * to lower case, digits kept, every run of whitespace and punctuation to one
 * space, apostrophes (straight or curly) to a space.  A hyphen is a space,
 * except at a line end ("protec-\ntion", "capacity-\nbuilding") or before a
 * single space and a word ("capacity- building", an extraction artefact): there the two halves are joined, and the lexicon carries the
 * closed-up form of its hyphenated words.  Sentence ends ('.', '!', '?', ';'
 * before whitespace) number the sentences.  Non-ASCII characters go through
 * ICU (r2p_fold.c); cp1252 mojibake of UTF-8 ("Ã©", "â€™") is read as the
 * character it stands for.
 *
 * The automaton is a dense table, so each folded byte costs one lookup; in
 * the root state (inside a word no cue starts with) the rest of the word is
 * skipped without lookups.
 */
#include "r2p_scan.h"

#include <string.h>
#include "ascii_simd.h"

#include "r2p_chunk.h"
#include "r2p_fold.h"
#include "r2p_lead.h"
#include "r2p_lexicon.h"

bool		r2p_scan_no_skip = false;

/* Byte classes of ASCII: a symbol of the alphabet, or one of these. */
#define B_SEP		64			/* whitespace, punctuation: a space */
#define B_SENT		65			/* . ! ? ; */
#define B_HYPH		66			/* - */
#define B_HIGH		67			/* >= 0x80 */

static uint8_t byte_class[256];
static uint8_t key_code[256];		/* for word_start */
static uint8_t byte_class_ready;



static void
init_byte_class(void)
{
	int			b;

	for (b = 0; b < 256; b++)
	{
		if (b >= 'a' && b <= 'z')
			byte_class[b] = R2P_SYM_A + (b - 'a');
		else if (b >= 'A' && b <= 'Z')
			byte_class[b] = R2P_SYM_A + (b - 'A');
		else if (b >= '0' && b <= '9')
			byte_class[b] = R2P_SYM_DIGIT0 + (b - '0');
		else if (b == '.' || b == '!' || b == '?' || b == ';')
			byte_class[b] = B_SENT;
		else if (b == '-')
			byte_class[b] = B_HYPH;
		else if (b >= 0x80)
			byte_class[b] = B_HIGH;
		else
			byte_class[b] = B_SEP;
		if (byte_class[b] >= R2P_SYM_A && byte_class[b] < R2P_SYM_OTHER)
			key_code[b] = byte_class[b] - R2P_SYM_A;
		else if (byte_class[b] == B_SEP || byte_class[b] == B_SENT)
			key_code[b] = R2P_WORD_END;
		else
			key_code[b] = 255;
	}
	byte_class_ready = 1;
}

typedef struct part_a
{
	uint32_t	first_word;
	uint32_t	last_word;
	uint32_t	sentence;
	size_t		start;
} part_a;

typedef struct scanner
{
	const dt_env *env;
	r2p_hits   *hits;
	/* per proximity entry and part: the latest chain of parts so far; valid
	 * when its bit is set (no per-call clearing of the whole table) */
	uint8_t		chain_valid[R2P_MAX_CHAINS * (R2P_MAX_PARTS - 1) / 8];
	part_a		chain[R2P_MAX_CHAINS * (R2P_MAX_PARTS - 1)];
	uint32_t	state;
	uint32_t	word;			/* spaces emitted */
	uint32_t	sentence;
	uint8_t		last_space;
	uint8_t		sentence_pending;
	/* a later part of a proximity entry may follow in sentence live_sentence
	 * up to word live_until (the fast path's test for later parts) */
	uint32_t	live_sentence;
	uint32_t	live_until;
#ifdef __SSE2__
	r2p_chunk	chunk;			/* the fast path's masks */
#endif
	/* where word w began, and where the separator after it (space w+1) began:
	 * a cue starts at a word start and (unless a prefix) ends at a separator */
	size_t		word_start[R2P_WORD_RING];
	size_t		space_start[R2P_WORD_RING];
} scanner;

static void
add_hit(scanner *sc, uint16_t entry, size_t start, size_t end,
		uint32_t first_word, uint32_t last_word)
{
	r2p_hits   *h = sc->hits;
	r2p_hit    *x;
	size_t		k;

	/* one entry from one start is one cue: keep its longest reach */
	for (k = h->n; k > 0 && k + 8 > h->n; k--)
	{
		x = &h->v[k - 1];
		if (x->entry == entry && x->start == start)
		{
			x->end = end;
			x->last_word = last_word;
			return;
		}
	}
	if (h->n == h->cap)
	{
		h->cap = h->cap ? h->cap * 2 : 16;
		h->v = dt_realloc(sc->env, h->v, h->cap * sizeof(r2p_hit));
	}
	x = &h->v[h->n++];
	x->entry = entry;
	x->suppressed = 0;
	x->used = 0;
	x->first_word = first_word;
	x->last_word = last_word;
	x->sentence = sc->sentence;
	x->start = start;
	x->end = end;
}

/* A proximity chain's next part may begin up to word until, in this sentence. */
static inline void
chain_goes_on(scanner *sc, uint32_t until)
{
	if (sc->live_sentence != sc->sentence)
	{
		sc->live_sentence = sc->sentence;
		sc->live_until = until;
	}
	else if (until > sc->live_until)
		sc->live_until = until;
}

/*
 * Pattern pid ends here (the byte after its last letter); unless it may go
 * on, the separator after it is space sc->word.  Turn it into hits.
 */
static void
report_pattern(scanner *sc, unsigned pid, size_t here)
{
	const r2p_pattern *p = &r2p_patterns[pid];
	uint32_t	nwords = p->nspaces - (p->prefix ? 0 : 1);
	uint32_t	first = sc->word - p->nspaces + 1;
	uint32_t	last = first + nwords - 1;
	size_t		start = sc->word_start[first & (R2P_WORD_RING - 1)];
	size_t		end = p->prefix ? here : sc->space_start[sc->word & (R2P_WORD_RING - 1)];
	uint32_t	u;

	for (u = p->use_start; u < p->use_start + p->use_count; u++)
	{
		const r2p_use *use = &r2p_uses[u];
		const r2p_entry *e = &r2p_entries[use->entry];

		size_t		slot = (size_t) (e->chain < 0 ? 0 : e->chain) * (R2P_MAX_PARTS - 1);

		if (e->nparts == 1)
			add_hit(sc, use->entry, start, end, first, last);
		else if (use->part == 0)
		{
			part_a	   *cur = &sc->chain[slot];

			sc->chain_valid[slot >> 3] |= 1u << (slot & 7);
			cur->first_word = first;
			cur->last_word = last;
			cur->sentence = sc->sentence;
			cur->start = start;
			chain_goes_on(sc, last + e->gap[0] + 1);
		}
		else
		{
			/* the chain so far: parts 0 .. part-1, ending at prev */
			size_t		pslot = slot + use->part - 1;
			part_a	   *prev = &sc->chain[pslot];

			if (!(sc->chain_valid[pslot >> 3] & (1u << (pslot & 7))) ||
				prev->sentence != sc->sentence || first <= prev->last_word ||
				first - prev->last_word - 1 > e->gap[use->part - 1])
				continue;
			if (use->part == e->nparts - 1)
				add_hit(sc, use->entry, prev->start, end, prev->first_word, last);
			else
			{
				size_t		cslot = slot + use->part;
				part_a	   *cur = &sc->chain[cslot];

				sc->chain_valid[cslot >> 3] |= 1u << (cslot & 7);
				cur->first_word = prev->first_word;
				cur->last_word = last;
				cur->sentence = sc->sentence;
				cur->start = prev->start;
				chain_goes_on(sc, last + e->gap[use->part] + 1);
			}
		}
	}
}

/* Patterns end at the current state: turn them into hits. */
static void
report(scanner *sc, size_t here)
{
	uint32_t	k = r2p_ac_out_start[sc->state];
	uint32_t	stop = k + r2p_ac_out_count[sc->state];

	for (; k < stop; k++)
		report_pattern(sc, r2p_ac_out[k], here);
}

/* The first symbol after a space: a new word (and maybe a new sentence). */
static inline void
word_begins(scanner *sc, size_t ostart)
{
	sc->last_space = 0;
	sc->word_start[sc->word & (R2P_WORD_RING - 1)] = ostart;
	if (sc->sentence_pending)
	{
		sc->sentence++;
		sc->sentence_pending = 0;
	}
}

static inline void
emit(scanner *sc, int sym, size_t ostart, size_t oend)
{
	uint16_t	t;

	if (sym == R2P_SYM_SPACE)
	{
		if (sc->last_space)
			return;
		sc->last_space = 1;
		sc->word++;
		sc->space_start[sc->word & (R2P_WORD_RING - 1)] = ostart;
	}
	else if (sc->last_space)
		word_begins(sc, ostart);
	t = r2p_ac_next[sc->state][sym];
	sc->state = t & R2P_STATE_MASK;
	if (t & R2P_STATE_OUT)
		report(sc, oend);
}

static inline int
is_hspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* White space after a line-end hyphen, at most: more is no broken word. */
#define HYPHEN_GAP_MAX 4096

/*
 * A hyphen at s[i] after a letter: the index of the next byte to read if
 * the halves are joined, or 0 if the hyphen is a space.  The white space
 * looked at is bounded (the byte loop reads any more, checking interrupts).
 */
static size_t
hyphen_join(const unsigned char *s, size_t len, size_t i)
{
	size_t		j = i + 1;
	size_t		stop = len - i > HYPHEN_GAP_MAX ? i + HYPHEN_GAP_MAX : len;

	while (j < stop && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f' || s[j] == '\v'))
		j++;
	if (j < stop && (s[j] == '\n' || s[j] == '\r'))
	{
		j++;
		while (j < stop && (is_hspace(s[j]) || s[j] == '\n'))
			j++;
		return j < stop ? j : 0;
	}
	if (j == i + 2 && s[i + 1] == ' ' && j < len &&
		((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
		return j;
	return 0;
}

/*
 * The word at s[i] (first symbol c) with no match under way, by its first
 * four letters or digits (a shorter word: all of it).  Returns 0 when the
 * automaton must read it from the start (a hyphen or a non-ASCII character
 * among them, the end of the text); else how many of its bytes are known
 * (1 to 4), with *jump 0 when no cue begins with them (skip the word), or
 * else the state the automaton stands in after them (nothing is found on
 * the way), or -1 to read the word from the start after all.
 */
static inline unsigned
word_start(const unsigned char *s, size_t i, size_t len, int *jump)
{
	unsigned	x1,
				x2,
				x3,
				k,
				h;

	if (i + 3 >= len)
		return 0;
	/* key_code: a-z/0-9 0..35, separators 36 (the word ended), other 255 */
	x1 = key_code[s[i + 1]];
	x2 = x1 == R2P_WORD_END ? R2P_WORD_END : key_code[s[i + 2]];
	x3 = x2 == R2P_WORD_END ? R2P_WORD_END : key_code[s[i + 3]];
	if ((x1 | x2 | x3) & 0x80)	/* some byte is neither a letter, a digit nor a separator */
		return 0;
	/* the first three in a small table (L1), then all four */
	k = (key_code[s[i]] * 37 + x1) * 37 + x2;
	*jump = 0;
	if (r2p_first_word3[k >> 3] & (1u << (k & 7)))
	{
		k = k * 37 + x3;
		if (r2p_first_word[k >> 3] & (1u << (k & 7)))
		{
			*jump = -1;
			for (h = k % R2P_JUMP_PRIME; r2p_jump_key[h] != 0xFFFFFFFFu; h = (h + 1) & (R2P_JUMP_SLOTS - 1))
				if (r2p_jump_key[h] == k)
				{
					*jump = r2p_jump_state[h];
					break;
				}
		}
	}
	/* the letters known to belong to the word */
	return x1 == R2P_WORD_END ? 1 : x2 == R2P_WORD_END ? 2 : x3 == R2P_WORD_END ? 3 : 4;
}

/*
 * The end of the run of ASCII letters and digits at s[i], or stop if it goes
 * on that far.  Sixteen bytes at a time where SSE2 is there: no branch per
 * byte, so no mispredicted branch at the end of every word.
 */
static inline size_t
skip_alnum(const unsigned char *s, size_t i, size_t stop)
{
#ifdef __SSE2__
	while (i + 16 <= stop)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + i));
		unsigned	m = (unsigned) _mm_movemask_epi8(dt_sse_alnum(v));

		if (m != 0xFFFF)
			return i + (size_t) __builtin_ctz(~m);
		i += 16;
	}
#endif
	while (i < stop && byte_class[s[i]] < R2P_NSYM)
		i++;
	return i;
}

/* One non-ASCII character (or mojibake sequence) at s[i]: fold and feed it. */
static size_t
scan_non_ascii(scanner *sc, const unsigned char *s, size_t len, size_t i)
{
	r2p_folded	f;
	size_t		clen = r2p_fold_at(s + i, len - i, &f);
	int			k;

	switch (f.kind)
	{
		case R2P_FOLD_SYMS:
			for (k = 0; k < f.n; k++)
				emit(sc, f.sym[k], i, i + clen);
			break;
		case R2P_FOLD_DROP:
			break;
		case R2P_FOLD_HYPHEN:
			if (!sc->last_space)
			{
				size_t		j = hyphen_join(s, len, i + clen - 1);

				if (j)
					return j;
			}
			emit(sc, R2P_SYM_SPACE, i, i + clen);
			break;
		default:
			emit(sc, R2P_SYM_SPACE, i, i + clen);
			break;
	}
	return i + clen;
}

#ifdef __SSE2__
/*
 * The fast path: whole words at a time, while no cue is under way.
 *
 * The text is classified a chunk at a time into bit masks (r2p_chunk.h).
 * The words of the chunk before the first byte left to the byte loop are
 * looked up, each with the two words after it, in the lead filter
 * (r2p_lead.h), with no branch per byte.  A word the filter rules out only
 * moves the word counter; a cue of one word, or of two (pair_cues), is
 * reported where the automaton would report it; a word that may begin a
 * longer cue goes to the automaton, as does a byte the masks leave to the
 * byte loop.  The sentence counter is brought up to date only there, from
 * the sentence-end mask.  The automaton, at the word-start state after a
 * word that begins no longer cue, has nothing else to report there: so the
 * result is the same as byte by byte (test/unit/test_r2p_skip.c, and the
 * fuzz target, compare).
 */
#define WORD_CUES	8			/* cues of one word (or two) the fast path reports */

/* The byte loop's sentence counter and flag, kept up to chunk position pos. */
typedef struct sentence_cursor
{
	unsigned	pos;
	uint32_t	sentence;
	uint8_t		pending;
} sentence_cursor;

/* The set bits of x (no popcnt instruction in the x86-64 baseline). */
static inline unsigned
popcount64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
	return (unsigned) ((x * 0x0101010101010101ull) >> 56);
}

/*
 * Bring the cursor to x: as the byte loop does, a sentence end (mask
 * sent_end) sets the flag, and the next word start spends it.  All at once,
 * 64 bytes at a time: adding the sentence ends (and the flag, at the cursor)
 * to the bytes that are no letter or digit carries each of them to the next
 * letter or digit, which starts a word; one that is carried to x leaves the
 * flag set.
 */
static void
sentences_to(const r2p_chunk *ch, sentence_cursor *c, unsigned x)
{
	unsigned	pos = c->pos,
				k,
				first = pos >> 6,
				last = x >> 6;
	uint64_t	carry = (uint64_t) c->pending << (pos & 63),
				sum = 0;

	if (x <= pos)
		return;
	for (k = first; k <= last; k++)
	{
		uint64_t	range = ~(uint64_t) 0,
					other,
					ends,
					over;

		if (k == first)
			range &= ~r2p_below(pos & 63);
		if (k == last)
			range &= r2p_below(x & 63);
		other = ~ch->alnum[k] & range;
		ends = ch->sent_end[k] & range;		/* among the other bytes */
		sum = other + ends;
		over = sum < other;
		sum += carry;
		carry = over | (sum < carry);
		c->sentence += popcount64(sum & ch->alnum[k] & range);
	}
	/* the bit of x in the last sum: a carry that no word start took */
	c->pending = (uint8_t) ((sum >> (x & 63)) & 1);
	c->pos = x;
}

/* The sentence of the word that begins at x: the cursor brought there, and
 * the flag spent on it. */
static uint32_t
sentence_at(const r2p_chunk *ch, sentence_cursor *c, unsigned x)
{
	sentences_to(ch, c, x);
	c->sentence += c->pending;
	c->pending = 0;
	return c->sentence;
}

/*
 * The words of numbers word .. word + nwords - 1 (nwords: 1 or 2), in
 * sentence sentence, are the cues cues[0 .. n) (r2p_lead_words,
 * r2p_lead_pairs): report them where the automaton would, with the words'
 * starts and the separators after them put in the rings as the byte loop
 * would.  The first word is at s[first] (first_len bytes), the last at
 * s[start] (len bytes).
 */
static void
report_cues(scanner *sc, const uint16_t *cues, int n, size_t first, unsigned first_len,
			size_t start, unsigned len, uint32_t word, unsigned nwords, uint32_t sentence)
{
	/* where the last word is in a folded pattern, after its leading space */
	unsigned	off = nwords > 1 ? first_len + 1 : 0;
	int			k;

	sc->sentence = sentence;
	sc->word_start[word & (R2P_WORD_RING - 1)] = first;
	sc->space_start[(word + 1) & (R2P_WORD_RING - 1)] = first + first_len;
	sc->word_start[(word + nwords - 1) & (R2P_WORD_RING - 1)] = start;
	sc->space_start[(word + nwords) & (R2P_WORD_RING - 1)] = start + len;
	for (k = 0; k < n; k++)
	{
		const r2p_pattern *p = &r2p_patterns[cues[k]];

		if (p->prefix)
		{
			sc->word = word + nwords - 1;
			report_pattern(sc, cues[k], start + p->len - 1u - off);
		}
		else
		{
			sc->word = word + nwords;
			report_pattern(sc, cues[k], start + len);
		}
	}
}

/*
 * Word x of the chunk may begin a cue of two words (R2P_LOOK_MORE, and no
 * longer cue may begin there): the cues of two words it begins with the word
 * after it, into out[0 .. WORD_CUES) (r2p_lead_pairs).  -1: the automaton
 * must decide, because the word after it is not complete before the limit
 * (last: the last word before it; last_complete: whether that one is), or
 * holds a cue of one word that may go on, which ends inside it and so comes
 * first, or there are too many.
 */
static int
pair_cues(const r2p_lead_filter *f, const r2p_chunk *ch, const unsigned char *s, unsigned x,
		  unsigned last, int last_complete, int open, uint16_t *out)
{
	const unsigned char *w1 = s + ch->base + ch->wpos[x],
			   *w2 = s + ch->base + ch->wpos[x + 1];
	unsigned	len1 = ch->wend[x] - ch->wpos[x],
				len2 = ch->wend[x + 1] - ch->wpos[x + 1];
	uint16_t	second[WORD_CUES];
	int			n,
				m,
				k;

	if (f->pair_overflow || !(x + 1 < last || (x + 1 == last && last_complete)))
		return -1;
	n = r2p_lead_pairs(f, w1, len1, ch->wkey[x], w2, len2, ch->wkey[x + 1], out, WORD_CUES);
	if (n > WORD_CUES)
		return -1;
	if (n > 0 && (r2p_lead_look(f, ch->wkey[x + 1], ch->wkey[x + 2], 1, open) &
				  (R2P_LOOK_ONE | R2P_LOOK_CHAIN)))
	{
		if (f->word_overflow)
			return -1;
		m = r2p_lead_words(f, w2, len2, ch->wkey[x + 1], second, WORD_CUES);
		for (k = 0; k < m; k++)
			if (k >= WORD_CUES || r2p_patterns[second[k]].prefix)
				return -1;
	}
	return n;
}

/*
 * Word x of the chunk is a cue of one word that is only ever a part of
 * proximity entries, and no chain is live there: it counts only if a later
 * part of one of its entries may begin within its reach (r2p_lead_chain_reach,
 * r2p_lead_linked) after it.  Words not decided (decide: the first of them)
 * may be anything; after the text's end (end_word) there are none.
 */
static inline int
chain_may_go_on(const r2p_lead_filter *f, const r2p_chunk *ch, unsigned x, unsigned decide,
				int end_word, int open)
{
	unsigned	y,
				reach = r2p_lead_chain_reach(f, ch->wkey[x], open);
	int			link = f->link_ok && !open;

	for (y = x + 1; y <= x + reach; y++)
	{
		if (y >= decide)
			return !(end_word && y >= ch->nwords);
		if ((!link || r2p_lead_linked(f, ch->wkey[x], ch->wkey[y])) &&
			r2p_lead_next_part(f, ch->wkey[y], ch->wkey[y + 1], open))
			return 1;
	}
	return 0;
}

/* How a walk over a chunk ends. */
typedef enum fast_exit
{
	FAST_END,					/* the text's end */
	FAST_CUE,					/* a word that may begin a longer cue */
	FAST_SPECIAL,				/* a byte left to the byte loop, or a word before it */
	FAST_CHUNK					/* the chunk's end */
} fast_exit;

/*
 * At s[i], the first byte of a word (the byte loop calls it there), with the
 * automaton at the word-start state: skip the words that begin no cue of more
 * words (reporting the cues of one word), a chunk at a time, until a chunk
 * ends at or after stop, or the text ends.  Returns where the byte loop goes
 * on; *slow_until is where the fast path may come back: after the word that
 * may begin a cue, after the byte left to the byte loop (the words before it
 * that cannot be decided go to the byte loop too), or at once.
 */
static size_t
skip_words(scanner *sc, const r2p_lead_filter *f, const unsigned char *s, size_t i,
		   size_t stop, size_t len, uint32_t *word, uint32_t *sentence, uint8_t *pending,
		   size_t *slow_until)
{
	r2p_chunk  *ch = &sc->chunk;
	const int	open = r2p_lead_has_open(f);

	for (;;)
	{
		unsigned	n,
					p0,
					limit,
					j,
					x,
					last,
					decide,
					exit_at;
		int			text_end,
					last_complete,
					last_known,
					end_word,
					cue;
		sentence_cursor c;
		uint32_t	wordno = *word,
					later_below;
		fast_exit	how;

		if (!ch->valid || i < ch->base || i >= ch->base + ch->n)
			r2p_chunk_classify(s, len, i, f, ch);
		n = ch->n;
		p0 = (unsigned) (i - ch->base);
		limit = ch->any_special ? r2p_chunk_next(ch->special, p0, n) : n;
		text_end = ch->base + n == len;
		c.pos = p0;
		c.sentence = *sentence;
		c.pending = *pending;
		/* the words that start in [p0, limit): j .. x - 1; s[i] starts one */
		j = r2p_chunk_word_near(ch, p0);
		if (ch->limit_pos != limit)
		{
			ch->limit_pos = limit;
			ch->limit_word = limit == n ? ch->nwords : r2p_chunk_word_at(ch, limit);
		}
		x = ch->limit_word;
		if (x == j)
		{
			/* not at a word after all: the byte loop goes on from here */
			*slow_until = i + 1;
			return i;
		}
		/*
		 * Every word but the last is followed by another: it is complete, and
		 * decided by the next one's key.  The last one is complete if it ends
		 * before the limit (or the text ends with it); the word before the
		 * last is decided only if the last one's first four bytes are known;
		 * the last one only at the text's end (the word after it: key 0,
		 * ch->wkey[ch->nwords]).
		 */
		last = x - 1;
		last_complete = ch->wend[last] < limit || (ch->wend[last] == n && text_end);
		last_known = last_complete ||
			((unsigned) (ch->wend[last] - ch->wpos[last]) >= R2P_LEAD_NEXT &&
			 ch->wpos[last] + (unsigned) R2P_LEAD_NEXT <= limit);
		end_word = last_complete && limit == n && text_end;
		decide = last + (end_word ? 1 : 0);
		if (!last_known && decide > j)
			decide--;
		/* a later part of a proximity entry may count below this word */
		later_below = sc->live_sentence == *sentence ? sc->live_until + 1 : 0;
		cue = 0;
		for (x = j; x < decide; x++)
		{
			uint64_t	later = wordno < later_below;
			unsigned	look;

			if (!later && !open)
			{
				/* the words up to the next that the filter lets through */
				unsigned	y = r2p_lead_next_candidate(f, ch->wkey, x, decide, &look);

				wordno += y - x;
				x = y;
				if (x == decide)
					break;
			}
			else
				look = r2p_lead_look(f, ch->wkey[x], ch->wkey[x + 1], later, open);

			if (look & R2P_LOOK_CHAIN)
			{
				look &= ~(unsigned) R2P_LOOK_CHAIN;
				if (later || chain_may_go_on(f, ch, x, decide, end_word, open))
					look |= R2P_LOOK_ONE;
			}
			if (look)
			{
				uint16_t	cues[WORD_CUES],
							pairs[WORD_CUES];
				int			ncues = 0,
							npairs = 0,
							longer = 0;

				if (look & R2P_LOOK_LONGER)
				{
					/* the third word: known before the last, or at the text's end */
					int			known = x + 2 < last || (x + 2 == last && last_known) ||
						(x + 2 >= ch->nwords && end_word);

					longer = !known || r2p_lead_three(f, ch->wkey[x], ch->wkey[x + 1],
													  x + 2 <= ch->nwords ? ch->wkey[x + 2] : 0, later);
				}
				if ((look & R2P_LOOK_ONE) && !f->word_overflow)
					ncues = r2p_lead_words(f, s + ch->base + ch->wpos[x],
										   ch->wend[x] - ch->wpos[x], ch->wkey[x],
										   cues, WORD_CUES);
				if ((look & R2P_LOOK_MORE) && !longer)
					npairs = pair_cues(f, ch, s, x, last, last_complete, open, pairs);
				if (longer || npairs < 0 ||
					((look & R2P_LOOK_ONE) && (f->word_overflow || ncues > WORD_CUES)))
				{
					cue = 1;
					break;
				}
				if (ncues > 0)
					report_cues(sc, cues, ncues, ch->base + ch->wpos[x], ch->wend[x] - ch->wpos[x],
								ch->base + ch->wpos[x], ch->wend[x] - ch->wpos[x], wordno, 1,
								sentence_at(ch, &c, ch->wpos[x]));
				/* cues of two words are found when the second word ends: in its sentence */
				if (npairs > 0)
					report_cues(sc, pairs, npairs, ch->base + ch->wpos[x], ch->wend[x] - ch->wpos[x],
								ch->base + ch->wpos[x + 1], ch->wend[x + 1] - ch->wpos[x + 1],
								wordno, 2, sentence_at(ch, &c, ch->wpos[x + 1]));
				if (ncues > 0 || npairs > 0)
					later_below = sc->live_sentence == c.sentence ? sc->live_until + 1 : 0;
			}
			/* the word is done: the space after it */
			wordno++;
		}
		if (cue)
		{
			exit_at = ch->wpos[x];
			how = FAST_CUE;
		}
		else if (x == ch->nwords && end_word)
		{
			exit_at = n;
			how = FAST_END;
		}
		else
		{
			/* the first word not decided */
			exit_at = ch->wpos[x];
			how = limit < n ? FAST_SPECIAL : FAST_CHUNK;
		}
		/* at the text's end no cue is left to count sentences for */
		if (how != FAST_END)
			sentences_to(ch, &c, exit_at);
		ch->seen_word = x < ch->nwords ? x : ch->nwords;
		*word = wordno;
		*sentence = c.sentence;
		*pending = c.pending;
		i = ch->base + exit_at;
		*slow_until = i;
		switch (how)
		{
			case FAST_END:
				return i;
			case FAST_CUE:
				*slow_until = i + 1;
				return i;
			case FAST_SPECIAL:
				*slow_until = ch->base + limit + 1;
				return i;
			case FAST_CHUNK:
				if (exit_at == 0)
				{
					/* one or two words fill the chunk: byte by byte */
					*slow_until = i + 1;
					return i;
				}
				if (i >= stop)
					return i;
				/* the next chunk, from the first word not decided */
				ch->valid = 0;
				break;
		}
	}
}
#endif							/* __SSE2__ */

/*
 * The automaton's state, the word and sentence counters and the "last symbol
 * was a space" flag live in locals (registers) in the loop below; they are
 * written back to the scanner only when a cue ends (report) or for the slow
 * paths, which use emit().
 */
#define SYNC_TO_SC() \
	do { sc.state = state; sc.word = word; sc.sentence = sentence; \
		 sc.last_space = last_space; sc.sentence_pending = pending; } while (0)
#define SYNC_FROM_SC() \
	do { state = sc.state; word = sc.word; sentence = sc.sentence; \
		 last_space = sc.last_space; pending = sc.sentence_pending; } while (0)
#define STEP(sym, oend) \
	do { \
		uint16_t	t_ = r2p_ac_next[state][(sym)]; \
		state = t_ & R2P_STATE_MASK; \
		if (t_ & R2P_STATE_OUT) \
		{ \
			SYNC_TO_SC(); \
			report(&sc, (oend)); \
		} \
	} while (0)
#define SPACE_AT(off) \
	do { \
		if (!last_space) \
		{ \
			last_space = 1; \
			word++; \
			sc.space_start[word & (R2P_WORD_RING - 1)] = (off); \
			if (state == 0) \
				state = space_state;	/* no cue is a bare space */ \
			else \
				STEP(R2P_SYM_SPACE, (off)); \
		} \
	} while (0)
#define WORD_AT(off) \
	do { \
		last_space = 0; \
		sc.word_start[word & (R2P_WORD_RING - 1)] = (off); \
		if (pending) \
		{ \
			sentence++; \
			pending = 0; \
		} \
	} while (0)

void
r2p_scan(const dt_env *env, const char *text, size_t len, r2p_hits *hits)
{
	const unsigned char *s = (const unsigned char *) text;
	scanner		sc;
	size_t		i = 0;
	uint16_t	space_state;
	uint32_t	state,
				word,
				sentence;
	uint8_t		last_space,
				pending;
#ifdef __SSE2__
	const r2p_lead_filter *lead = r2p_lead();
	size_t		slow_until = 0;
#endif

	if (!byte_class_ready)
		init_byte_class();
	space_state = r2p_ac_next[0][R2P_SYM_SPACE] & R2P_STATE_MASK;
	/* the rings and chains need no clearing: only what was written is read */
	sc.env = env;
	sc.hits = hits;
	sc.state = 0;
	sc.word = 0;
	sc.sentence = 0;
	sc.last_space = 0;
	sc.sentence_pending = 0;
	sc.live_sentence = UINT32_MAX;
	sc.live_until = 0;
#ifdef __SSE2__
	sc.chunk.valid = 0;
#endif
	memset(sc.chain_valid, 0, sizeof(sc.chain_valid));
	emit(&sc, R2P_SYM_SPACE, 0, 0);		/* every pattern starts with a space */
	SYNC_FROM_SC();

	while (i < len)
	{
		/* blocks of 64 kB between interrupt checks */
		size_t		end = len - i > 65536 ? i + 65536 : len;

		dt_check_interrupts(env);
		while (i < end)
		{
			int			c = byte_class[s[i]];

			if (c < R2P_NSYM)
			{
				if (last_space)
				{
					/*
					 * A word begins with no match under way: if no cue
					 * begins with its first four letters, skip it without
					 * the automaton; if some do, jump over those letters.
					 */
					unsigned	known;
					int			jump;

#ifdef __SSE2__
					if (state == space_state && i >= slow_until && !r2p_scan_no_skip)
					{
						i = skip_words(&sc, lead, s, i, end, len, &word, &sentence, &pending, &slow_until);
						continue;
					}
#endif
					WORD_AT(i);
					if (state == space_state && (known = word_start(s, i, len, &jump)) > 0 && jump >= 0)
					{
						if (jump == 0)
						{
							state = 0;
							i = skip_alnum(s, i + known, end);
							continue;
						}
						state = (uint32_t) jump;
						i += known;
						if (i >= end || (c = byte_class[s[i]]) >= R2P_NSYM)
							continue;
					}
				}
				/* the letters of the word, while a cue may still start in it */
				for (;;)
				{
					STEP(c, i + 1);
					i++;
					/* No cue starts inside this word: skip the rest of it. */
					if (state == 0)
					{
						i = skip_alnum(s, i, end);
						break;
					}
					if (i >= end || (c = byte_class[s[i]]) >= R2P_NSYM)
						break;
				}
				continue;
			}
			switch (c)
			{
				case B_SEP:
					SPACE_AT(i);
					i++;
					break;
				case B_SENT:
					SPACE_AT(i);
					i++;
					if (i >= len || is_hspace(s[i]) || s[i] == '\n')
						pending = 1;
					break;
				case B_HYPH:
					{
						size_t		j = last_space ? 0 : hyphen_join(s, len, i);

						if (j)
							i = j;
						else
						{
							SPACE_AT(i);
							i++;
						}
						break;
					}
				default:		/* non-ASCII: the slow path */
					SYNC_TO_SC();
					i = scan_non_ascii(&sc, s, len, i);
					SYNC_FROM_SC();
					break;
			}
		}
	}
	SYNC_TO_SC();
	emit(&sc, R2P_SYM_SPACE, len, len);
}

void
r2p_hits_free(const dt_env *env, r2p_hits *hits)
{
	dt_free(env, hits->v);
	hits->v = NULL;
	hits->n = hits->cap = 0;
}
