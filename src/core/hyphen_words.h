/*
 * hyphen_words.h: the lexicon behind line-end hyphen decisions.
 *
 * The tables are generated at build time (src/paragraphs.mk) from Debian's
 * British English word list and from the hyphenated forms attested in the
 * corpus; lookups are binary searches over sorted, lower-case words.
 */
#ifndef DT_HYPHEN_WORDS_H
#define DT_HYPHEN_WORDS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dt_word_table
{
	const char *blob;			/* NUL-separated words, sorted bytewise */
	const unsigned int *offsets;	/* start of each word in blob */
	int			count;
} dt_word_table;

extern const dt_word_table dt_lexicon;
extern const dt_word_table dt_attested_hyphenated;

/* Is the (already lower-case, ASCII) word of length len in the table? */
extern bool dt_word_in(const dt_word_table *table, const char *word, size_t len);

/*
 * Should a line-end hyphen between left and right (ASCII letters, any case)
 * be dropped, i.e. is "left-right" certainly a syllable split of one word?
 * True only when the closed form is a word, the hyphenated form is not
 * attested, the left part is not a common prefix, neither half is a word on
 * its own (then it may be a compound), and the right half is not capitalised.
 */
extern bool dt_hyphen_is_syllable_split(const char *left, size_t left_len,
										const char *right, size_t right_len);

#endif							/* DT_HYPHEN_WORDS_H */
