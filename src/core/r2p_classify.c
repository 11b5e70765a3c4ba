/*
 * r2p_classify.c: the coding rules, applied to the cues of one passage.
 *
 *  1. Hard negatives (lexicon classes not-*): a negative frame suppresses the
 *     cues of its target class that overlap it (scope span), share its
 *     sentence (scope sentence) or the passage.  "Responsibility to protect
 *     the environment" is not R2P; the Council's "primary responsibility for
 *     the maintenance of international peace and security" is not pillar 1;
 *     the veto in a Council-reform sentence is not pillar 3; capacity-building
 *     for climate or counter-terrorism is not pillar 2; manifest failure used
 *     as a trigger makes pillar-1 wording in its sentence part of the pillar-3
 *     claim (rule 4.1.5).
 *     Frames over a sentence or the passage outweigh weak cues (weight < 1)
 *     only: an explicit formula stays a separate claim.
 *  2. Who acts (rule 4.1.2): actor-bound pillar wording ("protect their
 *     populations") that follows an outside actor or a pillar-2 cue in the
 *     same sentence describes what outsiders help with: it does not count.
 *  3. Relevance gate (rule 4.1.1): a cue of weight >= 1 (R2P named, paras
 *     138-139, an SG report, a pillar formula); or atrocity-crime cues that,
 *     with the other cues of the passage, add up to 1 (each cue counted
 *     once); or the collective-response frame spelt out with its tools (in one
 *     sentence, pillar-3 cues of at least three entries, none nested in
 *     another, adding up to 1.2); or, with context, any cue.
 *  4. Pillars: in a relevant passage, a pillar whose cues add up to 0.5.
 *     Otherwise the passage is general.
 */
#include "r2p_classify.h"

#include <string.h>

#include "r2p_lexicon.h"
#include "r2p_scan.h"
#include "r2p_fold.h"
#include "utf8.h"

#define PILLAR_THRESHOLD 0.5f
/* the collective-response frame spelt out: so many pillar-3 entries, so much weight */
#define P3_FRAME_ENTRIES 3
#define P3_FRAME_SUM 1.2f
#define P3_FRAME_SCAN 16			/* distinct cues of one sentence looked at */
#define EPS 1e-4f

static int
hit_class(const r2p_hit *h)
{
	return r2p_entries[h->entry].cls;
}

static float
hit_weight(const r2p_hit *h)
{
	return r2p_entries[h->entry].weight;
}

/* The class a not-* class suppresses, or -1. */
static int
target_class(int cls)
{
	switch (cls)
	{
		case R2P_CLASS_NOT_R2P: return R2P_CLASS_R2P;
		case R2P_CLASS_NOT_P1: return R2P_CLASS_P1;
		case R2P_CLASS_NOT_P2: return R2P_CLASS_P2;
		case R2P_CLASS_NOT_P3: return R2P_CLASS_P3;
		default: return -1;
	}
}

/* Whether a frame of class neg suppresses a cue of class cls: "not R2P at
 * all" frames take every reading of the words they cover. */
static int
targets(int neg, int cls)
{
	if (neg == R2P_CLASS_NOT_R2P)
		return cls <= R2P_CLASS_P3;
	return target_class(neg) == cls;
}

static int
class_pillar(int cls)
{
	switch (cls)
	{
		case R2P_CLASS_P1: case R2P_CLASS_NOT_P1: return 1;
		case R2P_CLASS_P2: case R2P_CLASS_NOT_P2: return 2;
		case R2P_CLASS_P3: case R2P_CLASS_NOT_P3: return 3;
		default: return 0;
	}
}

static int
is_positive(int cls)
{
	return cls <= R2P_CLASS_P3;
}

static void
suppress(r2p_hit *neg, r2p_hit *h)
{
	if (!h->suppressed)
	{
		h->suppressed = 1;
		neg->used = 1;
	}
}

/* Rule 1, scope span: cues overlapping the frame (hits are ordered by end). */
static void
apply_span_negatives(const dt_env *env, r2p_hits *hits)
{
	size_t		i;

	for (i = 0; i < hits->n; i++)
	{
		r2p_hit    *n = &hits->v[i];
		int			target = target_class(hit_class(n));
		size_t		j;

		if (target < 0 || r2p_entries[n->entry].scope != R2P_SCOPE_SPAN)
			continue;
		dt_check_interrupts(env);
		for (j = i; j-- > 0;)
		{
			r2p_hit    *h = &hits->v[j];

			if (h->last_word + r2p_max_span_words < n->first_word)
				break;
			if (targets(hit_class(n), hit_class(h)) && h->last_word >= n->first_word && h->first_word <= n->last_word)
				suppress(n, h);
		}
		for (j = i + 1; j < hits->n; j++)
		{
			r2p_hit    *h = &hits->v[j];

			if (h->last_word > n->last_word + r2p_max_span_words)
				break;
			if (targets(hit_class(n), hit_class(h)) && h->first_word <= n->last_word && h->last_word >= n->first_word)
				suppress(n, h);
		}
	}
}

/* Rules 1 (scope sentence or passage) and 2, for hits[a .. b). */
static void
apply_group_rules(r2p_hits *hits, size_t a, size_t b, int scope)
{
	r2p_hit    *first_neg[4] = {NULL, NULL, NULL, NULL};	/* by target pillar, 0 = r2p */
	uint32_t	outsider = UINT32_MAX;	/* first word of an outside actor */
	size_t		i;
	int			p;

	/* One pass per group, whatever the number of frames: linear. */
	for (i = a; i < b; i++)
	{
		r2p_hit    *h = &hits->v[i];
		int			cls = hit_class(h);

		if (target_class(cls) >= 0 && r2p_entries[h->entry].scope == scope &&
			!first_neg[class_pillar(cls)])
			first_neg[class_pillar(cls)] = h;
	}
	for (i = a; i < b; i++)
	{
		r2p_hit    *x = &hits->v[i];
		int			cls = hit_class(x);

		/* a frame over a sentence or more outweighs the weak cues only */
		if (hit_weight(x) >= 1.0f - EPS)
			continue;
		for (p = 0; p < 4; p++)
			if (first_neg[p] && targets(hit_class(first_neg[p]), cls))
				suppress(first_neg[p], x);
	}
	/* the other frames of a class share the credit */
	for (i = a; i < b; i++)
	{
		r2p_hit    *h = &hits->v[i];
		int			cls = hit_class(h);

		if (target_class(cls) >= 0 && r2p_entries[h->entry].scope == scope &&
			first_neg[class_pillar(cls)]->used)
			h->used = 1;
	}
	if (scope != R2P_SCOPE_SENTENCE)
		return;
	for (i = a; i < b; i++)
	{
		r2p_hit    *h = &hits->v[i];
		int			cls = hit_class(h);

		if (!h->suppressed && (cls == R2P_CLASS_ACTOR || cls == R2P_CLASS_P2) && h->first_word < outsider)
			outsider = h->first_word;
	}
	for (i = a; i < b; i++)
	{
		r2p_hit    *h = &hits->v[i];

		if (!h->suppressed && r2p_entries[h->entry].scope == R2P_SCOPE_ACTOR_BOUND &&
			h->first_word > outsider)
			h->suppressed = 1;
	}
}

static void
apply_rules(const dt_env *env, r2p_hits *hits)
{
	size_t		a = 0;

	apply_span_negatives(env, hits);
	while (a < hits->n)
	{
		size_t		b = a + 1;

		dt_check_interrupts(env);
		while (b < hits->n && hits->v[b].sentence == hits->v[a].sentence)
			b++;
		apply_group_rules(hits, a, b, R2P_SCOPE_SENTENCE);
		a = b;
	}
	apply_group_rules(hits, 0, hits->n, R2P_SCOPE_PASSAGE);
}

/*
 * The collective-response frame spelt out with its tools, without R2P or the
 * crimes named: in one sentence, pillar-3 cues of at least P3_FRAME_ENTRIES
 * different entries, none nested in another, adding up to P3_FRAME_SUM.
 */
static int
response_frame(const dt_env *env, const r2p_hits *hits)
{
	size_t		a = 0;

	while (a < hits->n)
	{
		size_t		b = a,
					i,
					j;
		int			entries[P3_FRAME_SCAN];
		int			n = 0;
		float		sum = 0;

		dt_check_interrupts(env);
		while (b < hits->n && hits->v[b].sentence == hits->v[a].sentence)
			b++;
		/* a bounded look per sentence: linear whatever the input */
		for (i = a; i < b && i < a + 4 * P3_FRAME_SCAN && n < P3_FRAME_SCAN; i++)
		{
			const r2p_hit *h = &hits->v[i];
			int			nested = 0,
						k,
						dup = 0;
			size_t		lo = i > a + P3_FRAME_SCAN ? i - P3_FRAME_SCAN : a,
						hi = i + P3_FRAME_SCAN < b ? i + P3_FRAME_SCAN : b;

			if (h->suppressed || hit_class(h) != R2P_CLASS_P3)
				continue;
			/* a cue that contains h ends near it in the order of ends */
			for (j = lo; j < hi && !nested; j++)
			{
				const r2p_hit *o = &hits->v[j];

				nested = j != i && !o->suppressed && hit_class(o) == R2P_CLASS_P3 &&
					o->start <= h->start && o->end >= h->end &&
					(o->start < h->start || o->end > h->end);
			}
			for (k = 0; k < n; k++)
				dup |= entries[k] == h->entry;
			if (nested || dup)
				continue;
			entries[n++] = h->entry;
			sum += hit_weight(h);
		}
		if (n >= P3_FRAME_ENTRIES && sum >= P3_FRAME_SUM - EPS)
			return 1;
		a = b;
	}
	return 0;
}

/* Extend an end offset over the rest of its word (prefix cues: "protect*"). */
static size_t
word_end(const char *text, size_t len, size_t end)
{
	const unsigned char *s = (const unsigned char *) text;

	while (end < len)
	{
		unsigned char c = s[end];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			end++;
		else if (c >= 0x80)
		{
			r2p_folded	f;
			size_t		clen = r2p_fold_at(s + end, len - end, &f);

			if (f.kind != R2P_FOLD_SYMS && f.kind != R2P_FOLD_DROP)
				break;
			end += clen;
		}
		else
			break;
	}
	return end;
}

static int
cue_order(const r2p_cue *x, const r2p_cue *y)
{
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->entry - y->entry;
}

/* Insertion sort: evidence lists are short and nearly ordered already. */
static void
sort_cues(const dt_env *env, r2p_cue *v, size_t n)
{
	size_t		i;

	for (i = 1; i < n; i++)
	{
		r2p_cue		x = v[i];
		size_t		j = i;

		if ((i & 1023) == 0)
			dt_check_interrupts(env);
		while (j > 0 && cue_order(&v[j - 1], &x) > 0)
		{
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

static void
collect_cues(const dt_env *env, const char *text, size_t len, const r2p_hits *hits, r2p_result *res)
{
	size_t		i,
				n = 0;
	size_t		cursor = 0;
	int64_t		cursor_pos = 1;

	res->cues = dt_alloc(env, sizeof(r2p_cue) * hits->n);
	for (i = 0; i < hits->n; i++)
	{
		const r2p_hit *h = &hits->v[i];
		int			cls = hit_class(h);
		int			p = class_pillar(cls);
		r2p_cue    *c;

		if (target_class(cls) >= 0)
		{
			if (!h->used)
				continue;
		}
		else if (!is_positive(cls) || h->suppressed || !res->relevant)
			continue;
		else if (p && !(res->pillars & (1u << p)))
			continue;
		c = &res->cues[n++];
		c->pillar = p;
		c->entry = h->entry;
		c->weight = hit_weight(h);
		c->start = h->start;
		c->end = word_end(text, len, h->end);
	}
	sort_cues(env, res->cues, n);
	/* drop repeats of one entry on one span */
	if (n > 1)
	{
		size_t		k = 1;

		for (i = 1; i < n; i++)
			if (cue_order(&res->cues[i], &res->cues[k - 1]) != 0)
				res->cues[k++] = res->cues[i];
		n = k;
	}
	for (i = 0; i < n; i++)
	{
		r2p_cue    *c = &res->cues[i];

		cursor_pos += (int64_t) dt_utf8_count_chars(text + cursor, c->start - cursor);
		cursor = c->start;
		c->start_pos = cursor_pos;
		c->end_pos = cursor_pos + (int64_t) dt_utf8_count_chars(text + c->start, c->end - c->start);
	}
	res->ncues = n;
}

void
r2p_classify(const dt_env *env, const char *text, size_t len, int context, int want_cues,
			 r2p_result *res)
{
	r2p_hits	hits = {NULL, 0, 0};
	float		pillar_sum[4] = {0, 0, 0, 0};
	float		crime_sum = 0,
				other_sum = 0;
	int			strong = 0,
				any = 0,
				rules = 0,
				p3 = 0;
	uint8_t		seen[R2P_MAX_ENTRIES / 8];
	size_t		i;
	int			p;

	memset(res, 0, sizeof(*res));
	r2p_scan(env, text, len, &hits);
	if (hits.n == 0)
		return;					/* most passages: no cue, not relevant */
	/* rules 1 and 2 act only where there is a frame or an actor-bound cue */
	for (i = 0; i < hits.n && !rules; i++)
		rules = target_class(hit_class(&hits.v[i])) >= 0 ||
			r2p_entries[hits.v[i].entry].scope == R2P_SCOPE_ACTOR_BOUND;
	if (rules)
		apply_rules(env, &hits);
	memset(seen, 0, sizeof(seen));

	for (i = 0; i < hits.n; i++)
	{
		const r2p_hit *h = &hits.v[i];
		int			cls = hit_class(h);
		float		w = hit_weight(h);

		if (h->suppressed || !is_positive(cls))
			continue;

		any = 1;
		if (w >= 1.0f - EPS)
			strong = 1;
		/* for the gate, a cue named twice is still one cue */
		if (!(seen[h->entry >> 3] & (1u << (h->entry & 7))))
		{
			if (cls == R2P_CLASS_CRIME)
				crime_sum += w;
			else
				other_sum += w;
		}
		seen[h->entry >> 3] |= 1u << (h->entry & 7);
		if (class_pillar(cls))
			pillar_sum[class_pillar(cls)] += w;
		p3 += cls == R2P_CLASS_P3;
	}
	res->relevant = strong || (crime_sum > 0 && crime_sum + other_sum >= 1.0f - EPS) ||
		(p3 >= P3_FRAME_ENTRIES && response_frame(env, &hits)) ||
		(context && any);
	if (res->relevant)
		for (p = 1; p <= 3; p++)
			if (pillar_sum[p] >= PILLAR_THRESHOLD - EPS)
				res->pillars |= 1u << p;
	if (want_cues)
		collect_cues(env, text, len, &hits, res);
	r2p_hits_free(env, &hits);
}

void
r2p_result_free(const dt_env *env, r2p_result *res)
{
	dt_free(env, res->cues);
	res->cues = NULL;
	res->ncues = 0;
}

const char *
r2p_label(const r2p_result *res, char *buf)
{
	char	   *o = buf;
	int			p;

	if (!res->relevant)
		return "none";
	if (!res->pillars)
		return "general";
	for (p = 1; p <= 3; p++)
		if (res->pillars & (1u << p))
		{
			if (o != buf)
				*o++ = ',';
			*o++ = (char) ('0' + p);
		}
	*o = '\0';
	return buf;
}
