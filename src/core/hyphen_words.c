/*
 * hyphen_words.c: lookups in the generated lexicon (see hyphen_words.h).
 */
#include "hyphen_words.h"

#include <string.h>

#include "dt_ascii.h"

#define MAX_WORD 64

bool
dt_word_in(const dt_word_table *table, const char *word, size_t len)
{
	int			lo = 0,
				hi = table->count - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const char *w = table->blob + table->offsets[mid];
		int			c = strncmp(w, word, len);

		if (c == 0)
			c = (w[len] == '\0') ? 0 : 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* Prefixes that UN English hyphenates by habit ("co-operation", "non-aligned"). */
static const char *const hyphen_prefixes[] = {
	"anti", "bi", "co", "counter", "cross", "de", "eco", "ex", "extra", "inter",
	"intra", "macro", "micro", "mid", "mini", "multi", "neo", "non", "over",
	"pan", "post", "pre", "pro", "quasi", "re", "self", "semi", "socio", "sub",
	"super", "trans", "tri", "ultra", "un", "under", "vice", NULL
};

static size_t
lower_copy(char *dst, const char *src, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		char		c = src[i];

		if (dt_ascii_upper(c))
			c = (char) (c - 'A' + 'a');
		else if (!dt_ascii_lower(c))
			return 0;
		dst[i] = c;
	}
	return len;
}

bool
dt_hyphen_is_syllable_split(const char *left, size_t left_len,
							const char *right, size_t right_len)
{
	char		l[MAX_WORD],
				r[MAX_WORD],
				joined[2 * MAX_WORD + 1];

	if (left_len < 2 || right_len < 2 || left_len >= MAX_WORD || right_len >= MAX_WORD)
		return false;
	/* a capital after the hyphen is a name or a compound (Viet-Nam, Indo-China) */
	if (dt_ascii_upper(right[0]))
		return false;
	if (lower_copy(l, left, left_len) == 0 || lower_copy(r, right, right_len) == 0)
		return false;
	for (int i = 0; hyphen_prefixes[i]; i++)
		if (strlen(hyphen_prefixes[i]) == left_len && memcmp(hyphen_prefixes[i], l, left_len) == 0)
			return false;
	memcpy(joined, l, left_len);
	joined[left_len] = '-';
	memcpy(joined + left_len + 1, r, right_len);
	if (dt_word_in(&dt_attested_hyphenated, joined, left_len + 1 + right_len))
		return false;
	memcpy(joined + left_len, r, right_len);
	if (!dt_word_in(&dt_lexicon, joined, left_len + right_len))
		return false;
	/* a half that is a word makes a compound possible (far-sightedness) */
	if (dt_word_in(&dt_lexicon, l, left_len) || dt_word_in(&dt_lexicon, r, right_len))
		return false;
	return true;
}
