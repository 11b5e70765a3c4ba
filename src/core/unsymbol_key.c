/*
 * unsymbol_key.c: the order-preserving binary key of a parsed symbol.
 *
 * The key is what the PostgreSQL type stores and what comparison and hashing
 * read: memcmp order of two keys is the librarian's order (component by
 * component, numbers as numbers, number before letters), and equal keys mean
 * equal symbols.  Layout, per component:
 *
 *   word       LETTERS (upper case, 0x41..0x5A)
 *   number     0x10+n  n big-endian bytes  [0x07 zeros]  [0x06 LETTER]
 *   separator  0x03 "."   0x04 "-"   0x05 "(n)"
 *   end        0x01
 *
 * then each parenthetical: 0x02 kind [special] [number].  A word needs no
 * tag or terminator: its letters are larger than every tag, and what follows
 * a word is always a tag (end or separator), so "C" < "C.3" < "CN.4" and a
 * number sorts before a word.  The year of a Security Council resolution is
 * not in the key (its identity is its number).
 */
#include <string.h>

#include "unsymbol.h"
#include "unsymbol_internal.h"

typedef struct kbuf
{
	uint8_t    *b;
	int			n;
	int			cap;
	bool		overflow;
} kbuf;

static void
put(kbuf *k, uint8_t byte)
{
	if (k->n < k->cap)
		k->b[k->n++] = byte;
	else
		k->overflow = true;
}

static void
put_num(kbuf *k, uint32_t v, uint8_t zeros)
{
	int			nb = v > 0xFFFFFF ? 4 : v > 0xFFFF ? 3 : v > 0xFF ? 2 : 1;

	put(k, (uint8_t) (K_NUM + nb));
	for (int s = nb - 1; s >= 0; s--)
		put(k, (uint8_t) (v >> (8 * s)));
	if (zeros)
	{
		put(k, K_ZEROS);
		put(k, zeros);
	}
}

static void
put_word(kbuf *k, const char *w)
{
	for (; *w; w++)
		put(k, (uint8_t) *w);
}

bool
dt_unsym_encode(dt_unsym *u)
{
	kbuf		k = {u->key, 0, DT_UNSYM_MAX_KEY, false};

	for (int i = 0; i < u->ncomps; i++)
	{
		const dt_unsym_comp *c = &u->comps[i];

		switch (c->shape)
		{
			case DT_SHAPE_WORD:
				put_word(&k, c->word);
				break;
			case DT_SHAPE_NUMBER:
				put_num(&k, c->num, c->zeros);
				break;
			case DT_SHAPE_DOTTED:
				put_word(&k, c->word);
				put(&k, K_SEP_DOT);
				if (c->has_num)
					put_num(&k, c->num, c->zeros);
				else
					put_word(&k, c->word2);
				break;
			case DT_SHAPE_DASHED:
				put_word(&k, c->word);
				put(&k, K_SEP_DASH);
				put_num(&k, c->num, c->zeros);
				break;
			case DT_SHAPE_BRACKETED:
				put_word(&k, c->word);
				put(&k, K_SEP_BRACKET);
				put_num(&k, c->num, c->zeros);
				break;
		}
		if (c->part)
		{
			put(&k, K_PART);
			put(&k, (uint8_t) c->part);
		}
		put(&k, K_END);
	}
	for (int i = 0; i < u->nparens; i++)
	{
		const dt_unsym_paren *p = &u->parens[i];

		put(&k, K_PAREN);
		put(&k, p->kind);
		if (p->kind == DT_PAREN_SESSION)
			put(&k, p->special);
		if (p->kind != DT_PAREN_CLOSED)
			put_num(&k, p->num, 0);
	}
	u->keylen = (uint16_t) k.n;
	return !k.overflow;
}

int
dt_unsym_key_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
	size_t		n = alen < blen ? alen : blen;
	int			r = n ? memcmp(a, b, n) : 0;

	if (r != 0)
		return r < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen ? 1 : 0;
}

int
dt_unsym_cmp(const dt_unsym *a, const dt_unsym *b)
{
	return dt_unsym_key_cmp(a->key, a->keylen, b->key, b->keylen);
}

/* Decoding, with every byte checked. */
typedef struct kread
{
	const uint8_t *b;
	size_t		n;
	size_t		i;
} kread;

static bool
get_num(kread *r, uint32_t *v, uint8_t *zeros)
{
	int			nb;

	if (r->i >= r->n || r->b[r->i] <= K_NUM || r->b[r->i] > K_NUM + 4)
		return false;
	nb = r->b[r->i++] - K_NUM;
	if (r->i + nb > r->n)
		return false;
	*v = 0;
	for (int s = 0; s < nb; s++)
		*v = (*v << 8) | r->b[r->i++];
	if (nb > 1 && (*v >> (8 * (nb - 1))) == 0)
		return false;			/* not the shortest encoding */
	*zeros = 0;
	if (r->i < r->n && r->b[r->i] == K_ZEROS)
	{
		if (r->i + 1 >= r->n || r->b[r->i + 1] == 0 || r->b[r->i + 1] > DT_UNSYM_MAX_DIGITS)
			return false;
		*zeros = r->b[r->i + 1];
		r->i += 2;
	}
	return true;
}

static bool
get_word(kread *r, char *w)
{
	int			k = 0;

	while (r->i < r->n && r->b[r->i] >= 'A' && r->b[r->i] <= 'Z')
	{
		if (k >= DT_UNSYM_MAX_WORD)
			return false;
		w[k++] = (char) r->b[r->i++];
	}
	w[k] = '\0';
	return k > 0;
}

bool
dt_unsym_from_key(const uint8_t *key, size_t keylen, uint16_t sc_year, dt_unsym *out)
{
	kread		r = {key, keylen, 0};

	memset(out, 0, sizeof(*out));
	if (keylen > DT_UNSYM_MAX_KEY)
		return false;
	while (r.i < r.n && r.b[r.i] != K_PAREN)
	{
		dt_unsym_comp *c;

		if (out->ncomps >= DT_UNSYM_MAX_COMPS)
			return false;
		c = &out->comps[out->ncomps++];
		if (r.b[r.i] >= 'A' && r.b[r.i] <= 'Z')
		{
			if (!get_word(&r, c->word))
				return false;
			if (r.i < r.n && r.b[r.i] == K_SEP_DOT)
			{
				r.i++;
				c->shape = DT_SHAPE_DOTTED;
				if (r.i < r.n && r.b[r.i] >= 'A' && r.b[r.i] <= 'Z')
				{
					if (!get_word(&r, c->word2))
						return false;
				}
				else
				{
					if (!get_num(&r, &c->num, &c->zeros))
						return false;
					c->has_num = 1;
				}
			}
			else if (r.i < r.n && (r.b[r.i] == K_SEP_DASH || r.b[r.i] == K_SEP_BRACKET))
			{
				c->shape = r.b[r.i] == K_SEP_DASH ? DT_SHAPE_DASHED : DT_SHAPE_BRACKETED;
				r.i++;
				if (!get_num(&r, &c->num, &c->zeros))
					return false;
				c->has_num = 1;
			}
			else
				c->shape = DT_SHAPE_WORD;
		}
		else
		{
			c->shape = DT_SHAPE_NUMBER;
			if (!get_num(&r, &c->num, &c->zeros))
				return false;
			c->has_num = 1;
		}
		if (r.i < r.n && r.b[r.i] == K_PART)
		{
			if (r.i + 1 >= r.n || r.b[r.i + 1] < 'A' || r.b[r.i + 1] > 'Z' || !c->has_num)
				return false;
			c->part = (char) r.b[r.i + 1];
			r.i += 2;
		}
		if (r.i >= r.n || r.b[r.i] != K_END)
			return false;
		r.i++;
	}
	while (r.i < r.n)
	{
		dt_unsym_paren *p;
		uint8_t		zeros;

		if (r.b[r.i] != K_PAREN || r.i + 1 >= r.n || out->nparens >= DT_UNSYM_MAX_PARENS)
			return false;
		p = &out->parens[out->nparens++];
		p->kind = r.b[r.i + 1];
		r.i += 2;
		if (p->kind < DT_PAREN_YEAR || p->kind > DT_PAREN_CLOSED)
			return false;
		if (p->kind == DT_PAREN_SESSION)
		{
			if (r.i >= r.n || r.b[r.i] > 2)
				return false;
			p->special = r.b[r.i++];
		}
		if (p->kind != DT_PAREN_CLOSED)
		{
			if (!get_num(&r, &p->num, &zeros) || zeros)
				return false;
		}
	}
	/* the year of an SC resolution travels beside the key */
	if (sc_year)
	{
		if (out->nparens >= DT_UNSYM_MAX_PARENS)
			return false;
		out->parens[out->nparens].kind = DT_PAREN_YEAR;
		out->parens[out->nparens].special = 0;
		out->parens[out->nparens].num = sc_year;
		out->nparens++;
	}
	if (!dt_unsym_finish(out, NULL, NULL, NULL, true))
		return false;
	/* the structure re-encodes to the very same bytes, or it was not a key */
	return out->keylen == keylen && memcmp(out->key, key, keylen) == 0;
}
