/*
 * r2p_lead.c: the word filter's tables, from the lexicon's folded patterns.
 *
 * Built on first use (a few thousand hash insertions): the hash functions
 * and the key layout are those of r2p_lead.h, in one place, for the lexicon
 * and the text alike, whatever the machine's byte order.
 */
#include "r2p_lead.h"

static r2p_lead_filter filter;
static int	filter_ready;

/* Up to this many bytes more, a word that may go on is entered every way. */
#define OPEN_SPELLED_OUT 2

/* The key of a folded pattern word of len bytes at w (lower case already). */
static uint64_t
pattern_key(const char *w, size_t len)
{
	unsigned char buf[R2P_LEAD_KEY] = {0};
	uint64_t	k;

	memcpy(buf, w, len < R2P_LEAD_KEY ? len : R2P_LEAD_KEY);
	memcpy(&k, buf, sizeof(k));
	return k;
}

static void
note_length(uint8_t *lengths, uint8_t *n, size_t len)
{
	uint8_t		k;

	for (k = 0; k < *n; k++)
		if (lengths[k] == len)
			return;
	lengths[(*n)++] = (uint8_t) len;
}

/* Set bits in slot a of a table of slots of width bits. */
static void
set_bits(uint64_t *table, unsigned width, unsigned a, uint64_t bits)
{
	unsigned	per = 64 / width;

	table[a / per] |= bits << (width * (a % per));
}

/*
 * Mark hash h with bits in t: in place 0 its slot of table first (and for a
 * chain word, its reach, where t keeps them); in place 1 or 2 its two slots
 * of table pair or three.
 */
static void
mark(r2p_lead_tables *t, int place, uint64_t h, uint64_t bits, unsigned reach)
{
	uint64_t   *table = place == 1 ? t->pair : t->three;
	unsigned	width = place == 1 ? 2 : 1;

	if (place == 0)
	{
		set_bits(t->first, 2, r2p_lead_slot_a(t->slots, h), bits);
		if (t->reach && (bits & R2P_LEAD_CHAIN))
		{
			unsigned	r = r2p_lead_slot_a(R2P_LEAD_REACH_SLOTS, h);

			if (reach > t->reach[r])
				t->reach[r] = (uint8_t) (reach < UINT8_MAX ? reach : UINT8_MAX);
		}
		return;
	}
	set_bits(table, width, r2p_lead_slot_a(t->slots, h), bits);
	set_bits(table, width, r2p_lead_slot_b(t->slots, h), bits);
}

/* How a pattern is used. */
typedef struct pattern_uses
{
	int			first;			/* as an entry's first part (or whole phrase) */
	int			alone;			/* as the whole phrase of an entry of one part */
	int			later;			/* as a later part of a proximity entry */
	unsigned	reach;			/* as a first part: words after it a later part
								 * may begin at, at most */
} pattern_uses;

/* The uses of pattern p (in uses, of entries; NULL: alone and reach unknown). */
static pattern_uses
uses_of(const r2p_pattern *p, const r2p_use *uses, const r2p_entry *entries)
{
	pattern_uses k = {0, 0, 0, 0};
	uint32_t	u;

	for (u = p->use_start; u < p->use_start + p->use_count; u++)
	{
		const r2p_entry *e = entries ? &entries[uses[u].entry] : NULL;

		if (uses[u].part > 0)
			k.later = 1;
		else
		{
			k.first = 1;
			if (e && e->nparts < 2)
				k.alone = 1;
			else if (e && e->gap[0] + 1u > k.reach)
				k.reach = e->gap[0] + 1u;
		}
	}
	return k;
}

int
r2p_lead_later_only(const r2p_pattern *p, const r2p_use *uses)
{
	return !uses_of(p, uses, NULL).first;
}

/*
 * Enter the last looked-at word w[0 .. len) of a cue's beginning: in place
 * place (0: the word itself, key of 8 bytes; 1, 2: a word after it, key of 4)
 * with hash h of the words before it.  open: the word may go on.  reach: for
 * a chain word, where mark() keeps it.
 */
static void
enter(r2p_lead_filter *f, r2p_lead_tables *t, int place, uint64_t h, const char *w,
	  size_t len, int open, uint64_t bits, unsigned reach)
{
	static const char alnum[36] = "abcdefghijklmnopqrstuvwxyz0123456789";
	static const uint64_t mul[3] = {R2P_LEAD_MUL1, R2P_LEAD_MUL2, R2P_LEAD_MUL3};
	size_t		keylen = place == 0 ? R2P_LEAD_KEY : R2P_LEAD_NEXT;
	uint64_t	key = pattern_key(w, len) & f->prefix[keylen];
	size_t		more = open && len < keylen ? keylen - len : 0;
	size_t		extra,
				x,
				j;

	if (more > OPEN_SPELLED_OUT)
	{
		/* looked up cut to its length */
		note_length(f->open[place], &f->nopen[place], len);
		more = 0;
	}
	/* every way to go on by extra = 0 .. more bytes */
	for (extra = 0; extra <= more; extra++)
	{
		size_t		ways = 1;

		for (j = 0; j < extra; j++)
			ways *= 36;
		for (x = 0; x < ways; x++)
		{
			unsigned char buf[R2P_LEAD_KEY];
			uint64_t	k;
			size_t		y = x;

			memcpy(buf, &key, sizeof(buf));
			for (j = 0; j < extra; j++, y /= 36)
				buf[len + j] = (unsigned char) alnum[y % 36];
			memcpy(&k, buf, sizeof(k));
			mark(t, place, h ^ (k * mul[place]), bits, reach);
		}
	}
}

#define WORD_MASK ((1u << R2P_LEAD_WORD_SLOTS) - 1)
#define PAIR_MASK ((1u << R2P_LEAD_PAIR_SLOTS) - 1)

/* The slot of a cue of one word (before: 0) or of two (before: the key of
 * the first word), by the key of its last word. */
static unsigned
cue_slot(int two, uint64_t before, uint64_t key)
{
	if (two)
		return (unsigned) (((key ^ (before * R2P_LEAD_MUL3)) * R2P_LEAD_MUL1) >>
						   (64 - R2P_LEAD_PAIR_SLOTS));
	return (unsigned) ((key * R2P_LEAD_MUL1) >> (64 - R2P_LEAD_WORD_SLOTS));
}

/*
 * A cue of one word (two: 0) or of two words (two: 1, the first one w1[0 ..
 * len1)) into the word or the pair table, by its last word w[0 .. len) (open:
 * it may go on).  A table more than half full leaves the rest to the
 * automaton.
 */
static void
enter_cue(r2p_lead_filter *f, int two, unsigned id, const char *w1, size_t len1,
		  const char *w, size_t len, int open)
{
	r2p_lead_word *table = two ? f->pair_word : f->word;
	unsigned   *n = two ? &f->npairs : &f->nwords;
	unsigned	mask = two ? PAIR_MASK : WORD_MASK;
	uint64_t	before = two ? pattern_key(w1, len1) : 0;
	uint64_t	key = pattern_key(w, len);
	unsigned	h;

	if (*n >= (mask + 1) / 2 || len > 255 || len1 > 255 || id > UINT16_MAX)
	{
		if (two)
			f->pair_overflow = 1;
		else
			f->word_overflow = 1;
		return;
	}
	if (open && len < R2P_LEAD_KEY)
	{
		if (two)
			note_length(f->pair_open, &f->npair_open, len);
		else
			note_length(f->word_open, &f->nword_open, len);
	}
	for (h = cue_slot(two, before, key); table[h].len != 0; h = (h + 1) & mask)
		;
	table[h].key = key;
	table[h].pattern = (uint16_t) id;
	table[h].len = (uint8_t) len;
	table[h].open = (uint8_t) (open != 0);
	if (two)
	{
		f->pair_before[h] = before;
		f->pair_before_len[h] = (uint8_t) len1;
	}
	(*n)++;
}

/*
 * Where cue id ends, from the start of its last word (at off in the folded
 * pattern, after its leading space) of len letters: one that may go on at its
 * last letter, the others at the space after the word.
 */
static unsigned
cue_end(const r2p_lead_filter *f, uint16_t id, unsigned off, unsigned len)
{
	const r2p_pattern *p = &f->patterns[id];

	return p->prefix ? p->len - 1u - off : len + 1;
}

/* Do the bytes of word w past its key match the folded pattern word pw (of len bytes)? */
static int
rest_matches(const unsigned char *w, const char *pw, unsigned len)
{
	unsigned	j;

	for (j = R2P_LEAD_KEY; j < len && (w[j] | 0x20) == (unsigned char) pw[j]; j++)
		;
	return j >= len;
}

/*
 * The cues of one word (two: 0) or of two words (two: 1, the first one
 * w1[0 .. len1) of key key1) whose last word is or begins with the word
 * w[0 .. len) of key key: pattern ids into out[0 .. max), in the order the
 * automaton finds them (by where they end: one that may go on at its last
 * letter, the others at the space after w).  Returns how many there are.
 */
static int
find_cues(const r2p_lead_filter *f, int two, const unsigned char *w1, unsigned len1,
		  uint64_t key1, const unsigned char *w, unsigned len, uint64_t key, uint16_t *out,
		  int max)
{
	const r2p_lead_word *table = two ? f->pair_word : f->word;
	unsigned	mask = two ? PAIR_MASK : WORD_MASK;
	const uint8_t *open = two ? f->pair_open : f->word_open;
	int			nopen = two ? f->npair_open : f->nword_open;
	/* where the last word is in the folded pattern (after its leading space) */
	unsigned	off = two ? len1 + 1 : 0;
	int			n = 0,
				probe,
				k;

	for (probe = -1; probe < nopen; probe++)
	{
		uint64_t	kp = key;
		unsigned	h;

		if (probe >= 0)
		{
			if (len <= open[probe])
				continue;
			kp = key & f->prefix[open[probe]];
		}
		for (h = cue_slot(two, key1, kp); table[h].len != 0; h = (h + 1) & mask)
		{
			const r2p_lead_word *e = &table[h];
			const r2p_pattern *p = &f->patterns[e->pattern];

			if (e->key != kp || (e->open ? len < e->len : len != e->len))
				continue;
			if (two && (f->pair_before[h] != key1 || f->pair_before_len[h] != len1 ||
						!rest_matches(w1, p->folded + 1, len1)))
				continue;
			if (!rest_matches(w, p->folded + 1 + off, e->len))
				continue;
			if (n < max)
			{
				/* insert by where it ends */
				for (k = n; k > 0 && cue_end(f, out[k - 1], off, len) > cue_end(f, e->pattern, off, len); k--)
					out[k] = out[k - 1];
				out[k] = e->pattern;
			}
			n++;
		}
	}
	return n;
}

int
r2p_lead_words(const r2p_lead_filter *f, const unsigned char *w, unsigned len,
			   uint64_t key, uint16_t *out, int max)
{
	return find_cues(f, 0, NULL, 0, 0, w, len, key, out, max);
}

int
r2p_lead_pairs(const r2p_lead_filter *f, const unsigned char *w1, unsigned len1, uint64_t key1,
			   const unsigned char *w2, unsigned len2, uint64_t key2, uint16_t *out, int max)
{
	return find_cues(f, 1, w1, len1, key1, w2, len2, key2, out, max);
}

/* The first three words of folded pattern p (after its leading space): w[],
 * len[]; returns how many (1 to 3), *last_open: the last of them may go on. */
static int
pattern_words(const r2p_pattern *p, const char *w[3], size_t len[3], int *last_open)
{
	int			nw = 0;

	for (w[0] = p->folded + 1; nw < 3; nw++)
	{
		len[nw] = strcspn(w[nw], " ");
		if (w[nw][len[nw]] == '\0' || w[nw][len[nw] + 1] == '\0' || nw == 2)
		{
			nw++;
			break;
		}
		w[nw + 1] = w[nw] + len[nw] + 1;
	}
	/* the word that may go on is the pattern's last */
	*last_open = w[nw - 1][len[nw - 1]] == '\0';
	return nw;
}

/* Enter how pattern p begins into t; a cue of one word with bits one (and
 * for a chain word, its reach). */
static void
enter_pattern(r2p_lead_filter *f, r2p_lead_tables *t, const r2p_pattern *p, uint64_t one,
			  unsigned reach)
{
	const char *w[3];
	size_t		len[3];
	int			last_open;
	int			nw = pattern_words(p, w, len, &last_open);
	uint64_t	h = pattern_key(w[0], len[0]) * R2P_LEAD_MUL1;

	if (nw == 1)
		enter(f, t, 0, 0, w[0], len[0], last_open, one, reach);
	else if (nw == 2)
		enter(f, t, 1, h, w[1], len[1], last_open, R2P_LEAD_TWO, 0);
	else
	{
		/* the first two words (neither of them may go on), then the third */
		h ^= (pattern_key(w[1], len[1]) & f->prefix[R2P_LEAD_NEXT]) * R2P_LEAD_MUL2;
		mark(t, 1, h, R2P_LEAD_LONGER, 0);
		enter(f, t, 2, h, w[2], len[2], last_open, 1, 0);
	}
}

/*
 * Chain word w[0 .. len) of pattern p (open: it may go on): enter into table
 * link how the second parts of its entries begin.
 */
static void
enter_links(r2p_lead_filter *f, const r2p_pattern *patterns, int npatterns, const r2p_use *uses,
			const r2p_pattern *p, const char *w, size_t len, int open)
{
	uint64_t	h = (pattern_key(w, len) & f->prefix[R2P_LEAD_NEXT]) * R2P_LEAD_MUL1;
	uint32_t	u,
				v;
	int			q;

	if (open && len < R2P_LEAD_NEXT)
		f->link_ok = 0;			/* its first four bytes are not known */
	for (u = p->use_start; u < p->use_start + p->use_count; u++)
	{
		if (uses[u].part != 0)
			continue;
		for (q = 0; q < npatterns; q++)
			for (v = patterns[q].use_start; v < patterns[q].use_start + patterns[q].use_count; v++)
				if (uses[v].entry == uses[u].entry && uses[v].part == 1)
				{
					const char *qw[3];
					size_t		qlen[3];
					int			qopen,
								nq = pattern_words(&patterns[q], qw, qlen, &qopen);

					enter(f, &f->link, 1, h, qw[0], qlen[0], nq == 1 && qopen, R2P_LEAD_TWO, 0);
				}
	}
}

static void
set_tables(r2p_lead_tables *t, uint64_t *first, uint64_t *pair, uint64_t *three, uint8_t *reach,
		   unsigned slots)
{
	t->first = first;
	t->reach = reach;
	t->pair = pair;
	t->three = three;
	t->slots = slots;
}

void
r2p_lead_build(r2p_lead_filter *f, const r2p_pattern *patterns, int npatterns,
			   const r2p_use *uses, const r2p_entry *entries)
{
	int			n,
				id;

	memset(f, 0, sizeof(*f));
	f->patterns = patterns;
	set_tables(&f->any, f->any_first, f->any_pair, f->any_three, f->any_reach, R2P_LEAD_ANY_SLOTS);
	set_tables(&f->later, f->later_first, f->later_pair, f->later_three, NULL, R2P_LEAD_LATER_SLOTS);
	set_tables(&f->next, f->next_first, f->next_pair, f->next_three, NULL, R2P_LEAD_LATER_SLOTS);
	set_tables(&f->link, NULL, f->link_pair, NULL, NULL, R2P_LEAD_LATER_SLOTS);
	f->link_ok = 1;
	for (n = 0; n <= R2P_LEAD_KEY; n++)
	{
		unsigned char bytes[R2P_LEAD_KEY] = {0};

		memset(bytes, 0xFF, (size_t) n);
		memcpy(&f->prefix[n], bytes, sizeof(uint64_t));
	}
	for (id = 0; id < npatterns; id++)
	{
		const r2p_pattern *p = &patterns[id];
		const char *w[3];
		size_t		len[3];
		int			last_open,
					nw;
		pattern_uses k = uses_of(p, uses, entries);
		/* only ever a part of proximity entries, some time the first */
		int			chain = k.first && !k.alone;

		enter_pattern(f, k.first ? &f->any : &f->later, p,
					  chain ? R2P_LEAD_CHAIN : R2P_LEAD_WORD, chain ? k.reach : 0);
		if (k.later)
			enter_pattern(f, &f->next, p, R2P_LEAD_WORD, 0);
		nw = pattern_words(p, w, len, &last_open);
		if (nw == 1)
		{
			enter_cue(f, 0, (unsigned) id, NULL, 0, w[0], len[0], last_open);
			if (chain && k.reach > f->chain_reach)
				f->chain_reach = k.reach;
			if (chain)
				enter_links(f, patterns, npatterns, uses, p, w[0], len[0], last_open);
		}
		else if (nw == 2)
			enter_cue(f, 1, (unsigned) id, w[0], len[0], w[1], len[1], last_open);
	}
}

unsigned
r2p_lead_look_later(const r2p_lead_filter *f, uint64_t key, uint64_t next)
{
	return r2p_lead_look_in(f, &f->later, R2P_LEAD_LATER_SLOTS, key, next, r2p_lead_has_open(f));
}

const r2p_lead_filter *
r2p_lead(void)
{
	if (!filter_ready)
	{
		r2p_lead_build(&filter, r2p_patterns, r2p_npatterns, r2p_uses, r2p_entries);
		filter_ready = 1;
	}
	return &filter;
}
