/*
 * text_gen.h: texts for the tests that compare a scanner's fast path with its
 * byte loop: a growing string, a seeded generator, texts made of tokens and
 * texts of random bytes from an alphabet.
 */
#ifndef TEXT_GEN_H
#define TEXT_GEN_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
	char	   *s;
	size_t		len;
	size_t		cap;
	long		n;				/* items put, for the caller */
} sink;

static inline void
put(sink *k, const char *s, size_t len)
{
	if (k->len + len + 1 > k->cap)
	{
		while (k->len + len + 1 > k->cap)
			k->cap = k->cap ? k->cap * 2 : 4096;
		k->s = realloc(k->s, k->cap);
	}
	memcpy(k->s + k->len, s, len);
	k->len += len;
	k->s[k->len] = '\0';
}

static uint64_t text_gen_state = 0x9E3779B97F4A7C15u;

/* A number in [0, n), from a fixed seed (xorshift64). */
static inline unsigned
rnd(unsigned n)
{
	text_gen_state ^= text_gen_state << 13;
	text_gen_state ^= text_gen_state >> 7;
	text_gen_state ^= text_gen_state << 17;
	return (unsigned) (text_gen_state % n);
}

/* A text of about len bytes made of tokens[0 .. ntok), mostly separated by a space. */
static inline char *
token_text(const char *const *tokens, size_t ntok, size_t len, size_t *outlen)
{
	sink		k = {0};

	put(&k, "", 0);
	while (k.len < len)
	{
		const char *tok = tokens[rnd((unsigned) ntok)];

		put(&k, tok, strlen(tok));
		if (rnd(4) != 0)
			put(&k, " ", 1);
	}
	*outlen = k.len;
	return k.s;
}

/* len random bytes: one in 16 any byte, the others from alphabet. */
static inline char *
byte_text(const char *alphabet, size_t len)
{
	char	   *s = malloc(len + 1);
	size_t		n = strlen(alphabet),
				i;

	for (i = 0; i < len; i++)
		s[i] = rnd(16) == 0 ? (char) rnd(256) : alphabet[rnd((unsigned) n)];
	s[len] = '\0';
	return s;
}

/* Runs a scanner both ways on one text and counts what differs. */
typedef void (*compare_fn) (const char *what, const char *text, size_t len);

/*
 * The seed statement and its suffixes from 1 to 79 bytes in (so that blocks
 * fall at every alignment), through cmp; false if it cannot be read.
 */
static inline bool
compare_seed(compare_fn cmp)
{
	static char seed[1 << 20];
	FILE	   *f = fopen("../fixtures/seed_statement.txt", "rb");
	size_t		len,
				i;

	if (f == NULL)
		return false;
	len = fread(seed, 1, sizeof(seed) - 1, f);
	fclose(f);
	cmp("seed statement", seed, len);
	for (i = 1; i < 80 && i < len; i++)
		cmp("seed statement suffix", seed + i, len - i);
	return true;
}

/* count texts of tokens through cmp, of min_len + rnd(spread) bytes. */
static inline void
compare_token_texts(compare_fn cmp, const char *const *tokens, size_t ntok, int count,
					size_t min_len, unsigned spread)
{
	int			i;

	for (i = 0; i < count; i++)
	{
		size_t		len;
		char	   *s = token_text(tokens, ntok, min_len + rnd(spread), &len);

		cmp("token text", s, len);
		free(s);
	}
}

/* count texts of random bytes (byte_text) through cmp, of min_len + rnd(spread) bytes. */
static inline void
compare_byte_texts(compare_fn cmp, const char *alphabet, int count, size_t min_len,
				   unsigned spread)
{
	int			i;

	for (i = 0; i < count; i++)
	{
		size_t		len = min_len + rnd(spread);
		char	   *s = byte_text(alphabet, len);

		cmp("byte text", s, len);
		free(s);
	}
}

#endif							/* TEXT_GEN_H */
