/*
 * test_r2p_skip.c: the R2P scanner's fast path (whole words at a time, the
 * lead filter of src/core/r2p_lead.h) changes nothing but speed.
 *
 *  - every pattern of the lexicon passes the lead filter where it begins,
 *    spelled in capitals or not, and the word table finds every cue of one
 *    word (a word that may go on: also when it goes on);
 *  - common words that begin no cue do not pass it;
 *  - the scanner finds the same hits (cue, bytes, words, sentence) with the
 *    fast path on and off (r2p_scan_no_skip), on the seed statement and its
 *    suffixes (every alignment of the 64-byte windows) and on texts built
 *    from cue words, common words, sentence ends, line-end hyphens, curly
 *    apostrophes, accented letters, mojibake and random bytes, short ones
 *    and ones that cross the scanner's 64 kB interrupt-check blocks.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "dt_test.h"
#include "text_gen.h"
#include "r2p_lead.h"
#include "r2p_lexicon.h"
#include "r2p_fold.h"
#include "r2p_scan.h"


/* The hits of text, with the fast path on (skip) or off, as lines. */
static sink
hits_of(const char *text, size_t len, bool skip, size_t *n)
{
	sink		k = {0};
	r2p_hits	h = {0};
	size_t		i;

	r2p_scan_no_skip = !skip;
	r2p_scan(dt_env_malloc(), text, len, &h);
	r2p_scan_no_skip = false;
	put(&k, "", 0);
	for (i = 0; i < h.n; i++)
	{
		char		line[128];
		int			l = snprintf(line, sizeof(line), "%u %zu %zu %u %u %u\n", h.v[i].entry,
								 h.v[i].start, h.v[i].end, h.v[i].first_word,
								 h.v[i].last_word, h.v[i].sentence);

		put(&k, line, (size_t) l);
	}
	*n = h.n;
	r2p_hits_free(dt_env_malloc(), &h);
	return k;
}

static int	n_diff = 0;
static long n_hits = 0;

static void
compare(const char *what, const char *text, size_t len)
{
	size_t		na,
				nb;
	sink		a = hits_of(text, len, true, &na);
	sink		b = hits_of(text, len, false, &nb);

	if (strcmp(a.s, b.s) != 0)
	{
		n_diff++;
		if (n_diff <= 3)
			printf("# %s differs (%zu bytes):\n# fast path:\n%s# byte by byte:\n%s", what, len,
				   a.s, b.s);
	}
	n_hits += (long) nb;
	free(a.s);
	free(b.s);
}


static const char *const tokens[] = {
	"the", "of", "and", "to", "a", "in", "with", "at", "its", "their", "our", "have", "has",
	"should", "must", "States", "State", "Government", "governments", "national", "people",
	"populations", "population", "protect", "protection", "protecting", "responsibility",
	"Responsibility", "RESPONSIBILITY", "international", "community", "Security", "Council",
	"veto", "genocide", "war crimes", "ethnic cleansing", "crimes against humanity",
	"capacity-building", "capacity-\nbuilding", "capacity- building", "protec-\ntion",
	"responsi-\nbility", "assist", "help", "support", "countries", "early warning", "prevention",
	"manifestly failing", "timely and decisive", "Chapter VII", "use of force", "sanctions",
	"International Criminal Court", "pillar", "first pillar", "third", "second", "R2P",
	"act", "action", "failed", "to act", "stalemate", "appoint", "focal points", "refer",
	"capacity", "build", "deadlock", "integrity", "judiciary", "request", "assistance",
	"paragraphs 138 and 139", "World Summit Outcome", "primary responsibility",
	"responsabilité de protéger", "responsabilidad de proteger", "génocide", "genocidio",
	"État", "Estados", "prévention", "Ã©", "â€™", "State’s", "States'", "’", "é", "ñ", "—",
	"“", "”", "‘", "Ã’", "Ã—", "â€”", ".’ ", "-’", "capacity‐\nbuilding", "protec‐\ntion", "…",
	"\xC2\xA0", ".", ". ", ".\n", ";", "; ", "?", "! ", ",", ":", "-", "- ", "-\n", " -", "(",
	")", "\"", "1674", "2005", "60/1", "\t", "\r\n", "\n", "\n\n", " ", "  ", "x", "ab",
	"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789",
};

#define NTOK (sizeof(tokens) / sizeof(tokens[0]))


/* Random bytes: an alphabet rich in what the fast path decides on. */
static const char alphabet[] = "aeinorstpTHSR0123456789 .;!?,-'\n\t\r\xC3\xA9\xE2\x80\x99";

/*
 * The key of the word at w (up to a space or the end), in a buffer padded so
 * that 8 bytes may be read; *len its length.
 */
static uint64_t
key_at(const r2p_lead_filter *f, const char *w, unsigned *len)
{
	unsigned char buf[64] = {0};
	unsigned	n = 0;

	while (w[n] && w[n] != ' ' && n < 40)
		n++;
	memcpy(buf, w, n);
	*len = n;
	return r2p_lead_key(f, buf, n);
}

static void
test_lead_filter(void)
{
	const r2p_lead_filter *f = r2p_lead();
	int			id,
				missed = 0,
				missed_words = 0,
				ones = 0,
				twos = 0;
	static const char *const plain[] = {"world", "development", "economic", "year", "which",
	"peace", "we", "this", "for", "is"};
	unsigned	k;

	CHECK(!f->word_overflow, "the word table holds every cue of one word (%d)", (int) f->nwords);
	for (id = 0; id < r2p_npatterns; id++)
	{
		const r2p_pattern *p = &r2p_patterns[id];
		char		text[256];
		int			caps;

		for (caps = 0; caps < 2; caps++)
		{
			unsigned	len1,
						len2,
						len3,
						look,
						want,
						nw = 1;
			uint64_t	key1,
						key2,
						key3,
						later = r2p_lead_later_only(p, r2p_uses);
			size_t		n = strlen(p->folded + 1),
						j;
			const char *second,
					   *third;

			/* the pattern's words, then a word that begins no cue */
			snprintf(text, sizeof(text), "%s%s", p->folded + 1, p->prefix ? "ions x" : "x");
			if (caps)
				for (j = 0; j < n; j++)
					text[j] = (char) toupper((unsigned char) text[j]);
			key1 = key_at(f, text, &len1);
			second = strchr(text, ' ') + 1;
			key2 = key_at(f, second, &len2);
			third = strchr(second, ' ') ? strchr(second, ' ') + 1 : "";
			key3 = key_at(f, third, &len3);
			for (j = 0; j < n; j++)
				nw += p->folded[1 + j] == ' ' && p->folded[2 + j] != '\0';
			look = r2p_lead_look(f, key1, key2, later, r2p_lead_has_open(f));
			/* a cue of three words or more: table three decides */
			if ((look & R2P_LOOK_LONGER) && r2p_lead_three(f, key1, key2, key3, later))
				look |= R2P_LOOK_MORE;
			/* a cue of one word: as one that counts by itself, or as a chain word */
			want = nw == 1 ? R2P_LOOK_ONE | R2P_LOOK_CHAIN : R2P_LOOK_MORE;
			if (!(look & want))
			{
				missed++;
				if (missed <= 3)
					printf("# pattern \"%s\" (as \"%s\") does not pass the lead filter\n",
						   p->folded, text);
			}
			if (nw <= 2)
			{
				/* the word table, or the pair table, finds it */
				uint16_t	out[R2P_LEAD_KEY + 2];
				int			m = nw == 1 ?
					r2p_lead_words(f, (const unsigned char *) text, len1, key1, out, R2P_LEAD_KEY + 2) :
					r2p_lead_pairs(f, (const unsigned char *) text, len1, key1,
								   (const unsigned char *) second, len2, key2, out, R2P_LEAD_KEY + 2),
							q;

				for (q = 0; q < m && out[q] != id; q++)
					;
				if (q == m)
				{
					missed_words++;
					if (missed_words <= 3)
						printf("# the %s table misses \"%s\" (as \"%s\")\n", nw == 1 ? "word" : "pair",
							   p->folded, text);
				}
				if (nw == 1)
					ones++;
				else
					twos++;
			}
		}
	}
	CHECK(missed == 0, "every pattern passes the lead filter where it begins (%d patterns, both cases)",
		  r2p_npatterns);
	CHECK(missed_words == 0 && ones > 0 && twos > 0,
		  "the word and pair tables find every cue of one word and of two (%d and %d looks)", ones, twos);
	CHECK(!f->pair_overflow, "the pair table holds every cue of two words (%d)", (int) f->npairs);
	missed = 0;
	for (k = 0; k < sizeof(plain) / sizeof(plain[0]); k++)
	{
		unsigned	len1,
					len2;
		uint64_t	key1 = key_at(f, plain[k], &len1),
					key2 = key_at(f, "year", &len2);

		if (r2p_lead_look(f, key1, key2, 1, r2p_lead_has_open(f)) != 0)
		{
			missed++;
			printf("# \"%s year\" passes the lead filter\n", plain[k]);
		}
	}
	CHECK(missed == 0, "common words that begin no cue do not pass the lead filter");
}

/* Does the hit list (hits_of) hold a hit of entry e? */
static int
has_entry(const char *lines, unsigned e)
{
	const char *l;

	for (l = lines; *l; l = strchr(l, '\n') + 1)
		if ((unsigned) strtoul(l, NULL, 10) == e)
			return 1;
	return 0;
}

/*
 * Every proximity entry, its parts as far apart as it allows, and one word
 * further: the fast path, which reports a chain word only where a later part
 * may follow within reach, finds the same hits as the byte loop, the entry
 * at the first distance and not at the second.
 */
static void
test_chain_reach(void)
{
	int			e,
				tried = 0,
				bad = 0,
				extra;

	for (e = 0; e < r2p_nentries; e++)
	{
		const r2p_entry *en = &r2p_entries[e];
		const char *part[R2P_MAX_PARTS] = {NULL, NULL, NULL, NULL};
		int			id,
					k;

		if (en->nparts < 2)
			continue;
		/* a pattern of each part: the first one the lexicon lists */
		for (id = 0; id < r2p_npatterns; id++)
		{
			const r2p_pattern *p = &r2p_patterns[id];
			uint32_t	u;

			for (u = p->use_start; u < p->use_start + p->use_count; u++)
				if (r2p_uses[u].entry == e && part[r2p_uses[u].part] == NULL)
					part[r2p_uses[u].part] = p->folded + 1;
		}
		for (extra = 0; extra < 2; extra++)
		{
			char		text[512];
			size_t		n = 0,
						na,
						nb;
			sink		a,
						b;

			for (k = 0; k < en->nparts; k++)
			{
				int			g;

				/* the filler begins no cue */
				for (g = 0; k > 0 && g < en->gap[k - 1] + (k == 1 ? extra : 0); g++)
					n += (size_t) snprintf(text + n, sizeof(text) - n, "xq ");
				n += (size_t) snprintf(text + n, sizeof(text) - n, "%s%s", part[k],
									   part[k][strlen(part[k]) - 1] == ' ' ? "" : " ");
			}
			n += (size_t) snprintf(text + n, sizeof(text) - n, "xq.");
			a = hits_of(text, n, true, &na);
			b = hits_of(text, n, false, &nb);
			if (strcmp(a.s, b.s) != 0 || has_entry(b.s, (unsigned) e) != (extra == 0))
			{
				bad++;
				if (bad <= 3)
					printf("# entry %d, \"%s\": %s\n", e, text,
						   strcmp(a.s, b.s) != 0 ? "the fast path differs" : "found as it should not be, or not found");
			}
			tried++;
			free(a.s);
			free(b.s);
		}
	}
	CHECK(bad == 0 && tried > 0, "%d texts of proximity entries at the largest gap and one word more: the same hits both ways, the entry found only within its gap",
		  tried);
}

/* The key of the first word of folded pattern p, made longer by "ion" when
 * it is the last word and may go on. */
static uint64_t
pattern_word_key(const r2p_lead_filter *f, const r2p_pattern *p)
{
	char		buf[64];
	unsigned	len;
	size_t		n = strcspn(p->folded + 1, " ");

	snprintf(buf, sizeof(buf), "%.*s%s", (int) n, p->folded + 1,
			 p->prefix && p->folded[1 + n] == '\0' ? "ion" : "");
	return key_at(f, buf, &len);
}

/*
 * Table link: every chain word of the lexicon (a cue of one word that is only
 * ever a part of proximity entries) is linked to how every second part of its
 * entries begins; a second part of another entry is not ("developing
 * countries": "developing ~1 capacity" and "help ~2 countries").
 */
static void
test_links(void)
{
	const r2p_lead_filter *f = r2p_lead();
	int			id,
				q,
				tried = 0,
				missed = 0;
	unsigned	len;
	uint32_t	u,
				v;

	for (id = 0; id < r2p_npatterns; id++)
	{
		const r2p_pattern *p = &r2p_patterns[id];
		uint64_t	key = pattern_word_key(f, p);
		size_t		n = strcspn(p->folded + 1, " ");

		if (p->folded[1 + n] != '\0' && p->folded[2 + n] != '\0')
			continue;			/* more than one word */
		if (!(r2p_lead_look(f, key, 0, 0, 0) & R2P_LOOK_CHAIN))
			continue;
		for (u = p->use_start; u < p->use_start + p->use_count; u++)
		{
			if (r2p_uses[u].part != 0)
				continue;
			for (q = 0; q < r2p_npatterns; q++)
				for (v = r2p_patterns[q].use_start; v < r2p_patterns[q].use_start + r2p_patterns[q].use_count; v++)
					if (r2p_uses[v].entry == r2p_uses[u].entry && r2p_uses[v].part == 1)
					{
						tried++;
						if (!r2p_lead_linked(f, key, pattern_word_key(f, &r2p_patterns[q])))
						{
							missed++;
							if (missed <= 3)
								printf("# \"%s\" is not linked to \"%s\"\n", p->folded,
									   r2p_patterns[q].folded);
						}
					}
		}
	}
	CHECK(f->link_ok && tried > 100 && missed == 0,
		  "%d chain words and second parts of their entries are linked", tried);
	CHECK(!r2p_lead_linked(f, key_at(f, "developing", &len), key_at(f, "countries", &len)),
		  "a chain word is not linked to a second part of another entry");
}

/*
 * The separators outside ASCII that the fast path reads itself (’ ‘ “ ” —):
 * the byte loop folds each to a space, three bytes at a time.
 */
static void
test_common_separators(void)
{
	static const char *const seps[] = {"’", "‘", "“", "”", "—"};
	unsigned	k;
	int			bad = 0;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
	{
		r2p_folded	f;
		size_t		used = r2p_fold_at((const unsigned char *) seps[k], strlen(seps[k]), &f);

		bad += used != 3 || f.kind != R2P_FOLD_SPACE;
	}
	CHECK(bad == 0, "the separators the fast path reads outside ASCII fold to a space (%d)",
		  (int) (sizeof(seps) / sizeof(seps[0])));
}

/*
 * Words that may go on and are too short to be entered every way: the
 * shipped lexicon has none, so a small lexicon of its own builds a filter.
 */
static void
test_open_words(void)
{
	static const r2p_use uses[] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 1}};
	static const r2p_pattern pats[] = {
		{4, 1, 1, 0, 1, " pro"},
		{5, 2, 1, 1, 1, " ab r"},
		{8, 3, 1, 2, 1, " ab cd e"},
		{6, 1, 1, 3, 1, " genoc"},
		{8, 1, 1, 4, 1, " protect"},
		{5, 2, 1, 5, 1, " xy q"},
	};
	static r2p_lead_filter f;
	static const struct
	{
		const char *text;
		uint64_t	later;
		unsigned	want;		/* look bits, R2P_LOOK_MORE from table three too */
		int			cues;		/* cues of one word found */
	}			cases[] = {
		{"protection x", 0, R2P_LOOK_ONE, 2},
		{"Pro x", 0, R2P_LOOK_ONE, 1},
		{"prx x", 0, 0, 0},
		{"genocidal x", 0, R2P_LOOK_ONE, 1},
		{"genoa x", 0, 0, 0},
		{"ab rx y", 0, R2P_LOOK_MORE, 0},
		{"ab x y", 0, 0, 0},
		{"ab cd ef", 0, R2P_LOOK_MORE, 0},
		{"ab cd x", 0, 0, 0},
		{"xy qz", 1, R2P_LOOK_MORE, 0},
		{"xy qz", 0, 0, 0},
	};
	unsigned	k;
	int			bad = 0;

	r2p_lead_build(&f, pats, (int) (sizeof(pats) / sizeof(pats[0])), uses, r2p_entries);
	CHECK(r2p_lead_has_open(&f) && f.nopen[2] > 0 && f.nword_open > 0,
		  "a lexicon with short words that may go on uses the cut look-ups (%d %d %d, %d)",
		  f.nopen[0], f.nopen[1], f.nopen[2], f.nword_open);
	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		const char *t = cases[k].text;
		const char *t2 = strchr(t, ' ') + 1;
		const char *t3 = strchr(t2, ' ') ? strchr(t2, ' ') + 1 : "";
		unsigned	len1,
					len2,
					len3,
					look;
		uint64_t	key1 = key_at(&f, t, &len1),
					key2 = key_at(&f, t2, &len2),
					key3 = key_at(&f, t3, &len3);
		uint16_t	out[8];
		int			n;

		look = r2p_lead_look(&f, key1, key2, cases[k].later, 1);
		if ((look & R2P_LOOK_LONGER) && r2p_lead_three(&f, key1, key2, key3, cases[k].later))
			look |= R2P_LOOK_MORE;
		look &= R2P_LOOK_ONE | R2P_LOOK_MORE;
		n = (look & R2P_LOOK_ONE) ? r2p_lead_words(&f, (const unsigned char *) t, len1, key1, out, 8) : 0;
		if (look != cases[k].want || n != cases[k].cues ||
			(n == 2 && (out[0] != 0 || out[1] != 4)))
		{
			bad++;
			printf("# \"%s\" (later %d): look %u, %d cues; want %u, %d\n", t, (int) cases[k].later,
				   look, n, cases[k].want, cases[k].cues);
		}
	}
	CHECK(bad == 0, "short words that may go on: %d texts looked up as they should be (cues in the order they end)",
		  (int) (sizeof(cases) / sizeof(cases[0])));
	{
		unsigned	l1,
					l2,
					l3;
		uint64_t	ab = key_at(&f, "ab", &l1),
					rx = key_at(&f, "rxyz", &l2),
					x = key_at(&f, "x", &l3);
		uint16_t	out[4];
		int			n1 = r2p_lead_pairs(&f, (const unsigned char *) "ab", l1, ab,
										(const unsigned char *) "rxyz", l2, rx, out, 4),
					n2 = r2p_lead_pairs(&f, (const unsigned char *) "ab", l1, ab,
										(const unsigned char *) "x", l3, x, out + 1, 3);

		CHECK(n1 == 1 && out[0] == 1 && n2 == 0 && f.npair_open == 1,
			  "a cue of two words whose second word may go on: found by the pair table cut short (%d, %d)",
			  n1, n2);
	}
}

int
main(void)
{
	test_lead_filter();
	test_open_words();
	test_chain_reach();
	test_links();
	test_common_separators();

	n_diff = 0;
	n_hits = 0;
	CHECK(compare_seed(compare), "seed statement opens");
	CHECK(n_diff == 0 && n_hits > 0, "seed statement (and 79 suffixes): same %ld hits with and without the fast path", n_hits);

	n_diff = 0;
	n_hits = 0;
	compare_token_texts(compare, tokens, NTOK, 2000, 0, 300);
	compare_token_texts(compare, tokens, NTOK, 1000, 0, 3000);
	CHECK(n_diff == 0 && n_hits > 0, "3000 texts of cue words, common words and odd bytes: same %ld hits with and without the fast path", n_hits);

	n_diff = 0;
	compare_byte_texts(compare, alphabet, 900, 0, 200);
	compare_byte_texts(compare, alphabet, 100, 0, 2000);
	CHECK(n_diff == 0, "1000 texts of random bytes: same hits with and without the fast path");

	n_diff = 0;
	n_hits = 0;
	compare_token_texts(compare, tokens, NTOK, 1, 200000, 1);
	CHECK(n_diff == 0 && n_hits > 1000, "a text of 200 kB (across interrupt-check blocks): same %ld hits", n_hits);
	return dt_test_done();
}
