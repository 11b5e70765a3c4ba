/*
 * unsymbol_info.c: what a parsed symbol says: organ, subsidiary bodies,
 * kind of document, session, year, number, base document, modification.
 */
#include <stdio.h>
#include <string.h>

#include "unsymbol.h"
#include "unsymbol_internal.h"

const char *
dt_unsym_organ(const dt_unsym *u)
{
	return u->ncomps ? u->comps[0].word : "";
}

bool
dt_unsym_is_known_organ(const char *organ)
{
	/*
	 * principal organs and the special series of un-symbols.md §2, the ones
	 * the symbol scanner takes as the start of a symbol.  Press-release heads
	 * (SC, GA, SG, HR, ECOSOC) are not here.
	 */
	static const char *const known[] = {
		"A", "S", "E", "ST", "T", "CRC", "DP", "TD", "UNEP", "AT", "CAT", "CEDAW",
		"CCPR", "ID", "WFC", "HRC", "CERD", "HRI", "FCCC", "UNCTAD", "CRPD", "CMW", "CED",
		"ECE", "ICCD", "SPT"
	};

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(organ, known[i]) == 0)
			return true;
	return false;
}

/* The document-nature words of §4, and the kind each one gives. */
static int
nature_kind(const dt_unsym_comp *c)
{
	static const struct
	{
		const char *word;
		dt_unsym_kind kind;
		uint8_t		shape;		/* 0: any */
	}			nature[] = {
		{"RES", DT_KIND_RESOLUTION, DT_SHAPE_WORD},
		{"DEC", DT_KIND_DECISION, DT_SHAPE_WORD},
		{"PRST", DT_KIND_PRESIDENTIAL_STATEMENT, DT_SHAPE_WORD},
		{"PV", DT_KIND_VERBATIM_RECORD, DT_SHAPE_DOTTED},
		{"SR", DT_KIND_SUMMARY_RECORD, DT_SHAPE_DOTTED},
		{"L", DT_KIND_DRAFT, DT_SHAPE_DOTTED},
		{"CRP", DT_KIND_CONFERENCE_ROOM_PAPER, DT_SHAPE_DOTTED},
		{"WP", DT_KIND_WORKING_PAPER, DT_SHAPE_DOTTED},
		{"R", DT_KIND_RESTRICTED, DT_SHAPE_DOTTED},
		{"INF", DT_KIND_INFORMATION, DT_SHAPE_WORD},
		{"GC", DT_KIND_GENERAL_COMMENT, DT_SHAPE_WORD},
		{"PET", DT_KIND_PETITION, 0},
		{"NGO", DT_KIND_NGO_STATEMENT, DT_SHAPE_WORD},
	};

	if (c->shape != DT_SHAPE_WORD && c->shape != DT_SHAPE_DOTTED)
		return -1;
	for (size_t i = 0; i < sizeof(nature) / sizeof(nature[0]); i++)
		if (strcmp(c->word, nature[i].word) == 0 &&
			(nature[i].shape == 0 || nature[i].shape == c->shape))
			return (int) nature[i].kind;
	return -1;
}

/* Press-release series of the Department of Public Information (un-symbols.md §10). */
static bool
is_press_release(const dt_unsym *u)
{
	static const char *const organs[] = {"SC", "GA", "SG", "ECOSOC"};
	const char *o = u->comps[0].word;

	for (size_t i = 0; i < sizeof(organs) / sizeof(organs[0]); i++)
		if (strcmp(o, organs[i]) == 0)
			return true;
	/* HR/CN/1109 (but HR/PUB/06/10 is a publication) */
	return strcmp(o, "HR") == 0 && u->ncomps > 1 && u->comps[1].shape == DT_SHAPE_WORD &&
		strcmp(u->comps[1].word, "CN") == 0;
}

dt_unsym_kind
dt_unsym_get_kind(const dt_unsym *u)
{
	int			kind = DT_KIND_DOCUMENT;

	if (u->ncomps && is_press_release(u))
		return DT_KIND_PRESS_RELEASE;

	/* the last document-nature component of the base decides (GC/R.36: R.) */
	for (int i = 1; i < u->nbase; i++)
	{
		int			k = nature_kind(&u->comps[i]);

		if (k >= 0)
			kind = k;
	}
	return (dt_unsym_kind) kind;
}

const char *
dt_unsym_kind_name(dt_unsym_kind kind)
{
	switch (kind)
	{
		case DT_KIND_DOCUMENT: return "document";
		case DT_KIND_RESOLUTION: return "resolution";
		case DT_KIND_DECISION: return "decision";
		case DT_KIND_VERBATIM_RECORD: return "verbatim record";
		case DT_KIND_SUMMARY_RECORD: return "summary record";
		case DT_KIND_DRAFT: return "draft";
		case DT_KIND_PRESIDENTIAL_STATEMENT: return "presidential statement";
		case DT_KIND_CONFERENCE_ROOM_PAPER: return "conference room paper";
		case DT_KIND_WORKING_PAPER: return "working paper";
		case DT_KIND_RESTRICTED: return "restricted document";
		case DT_KIND_INFORMATION: return "information document";
		case DT_KIND_GENERAL_COMMENT: return "general comment";
		case DT_KIND_PETITION: return "petition";
		case DT_KIND_NGO_STATEMENT: return "NGO statement";
		case DT_KIND_PRESS_RELEASE: return "press release";
	}
	return "document";
}

int
dt_unsym_bodies_end(const dt_unsym *u)
{
	int			i;

	for (i = 1; i < u->nbase - 1; i++)
	{
		const dt_unsym_comp *c = &u->comps[i];

		if (c->shape == DT_SHAPE_NUMBER || c->shape == DT_SHAPE_DASHED || nature_kind(c) >= 0)
			break;
	}
	return i < u->nbase ? i : u->nbase;
}

/* A number written where a year goes: four digits, 1946 onwards. */
static bool
looks_like_year(const dt_unsym_comp *c)
{
	return c->shape == DT_SHAPE_NUMBER && !c->zeros && !c->part &&
		c->num >= 1946 && c->num <= 2999;
}

/* Index of the session/year component: a number (or S-n, ES-n) before the document number. */
static int
session_or_year_index(const dt_unsym *u)
{
	for (int i = 1; i < u->nbase - 1; i++)
	{
		const dt_unsym_comp *c = &u->comps[i];

		if (c->shape == DT_SHAPE_NUMBER || c->shape == DT_SHAPE_DASHED)
			return i;
	}
	return -1;
}

size_t
dt_unsym_session(const dt_unsym *u, char *buf, size_t cap)
{
	int			i = session_or_year_index(u);

	if (i >= 0 && !(u->comps[i].shape == DT_SHAPE_NUMBER && looks_like_year(&u->comps[i])))
		return dt_unsym_comp_text(u, i, buf, cap);
	for (int k = 0; k < u->nparens; k++)
		if (u->parens[k].kind == DT_PAREN_SESSION)
		{
			char		r[24];

			dt_roman(u->parens[k].num, r, sizeof(r));
			return (size_t) snprintf(buf, cap, "%s%s",
									 u->parens[k].special == 1 ? "ES-" :
									 u->parens[k].special == 2 ? "S-" : "", r);
		}
	if (cap)
		buf[0] = '\0';
	return 0;
}

int
dt_unsym_year(const dt_unsym *u)
{
	int			i;

	if (u->is_sc_resolution)
		return u->sc_year;
	i = session_or_year_index(u);
	if (i >= 0 && looks_like_year(&u->comps[i]))
		return (int) u->comps[i].num;
	return 0;
}

long
dt_unsym_number(const dt_unsym *u)
{
	const dt_unsym_comp *c;

	if (u->nbase < 1)
		return -1;
	c = &u->comps[u->nbase - 1];
	return c->has_num ? (long) c->num : -1;
}

void
dt_unsym_base(const dt_unsym *u, dt_unsym *out)
{
	if (out != u)
		memcpy(out, u, sizeof(*out));
	if (out->nbase < out->ncomps)
	{
		out->ncomps = out->nbase;
		(void) dt_unsym_encode(out);
	}
}

static bool
comp_equal(const dt_unsym_comp *a, const dt_unsym_comp *b)
{
	return a->shape == b->shape && a->has_num == b->has_num && a->zeros == b->zeros &&
		a->part == b->part && a->num == b->num &&
		strcmp(a->word, b->word) == 0 && strcmp(a->word2, b->word2) == 0;
}

bool
dt_unsym_contains(const dt_unsym *a, const dt_unsym *b)
{
	if (a->nbase != b->nbase || a->ncomps > b->ncomps || a->nparens != b->nparens)
		return false;
	for (int i = 0; i < a->ncomps; i++)
		if (!comp_equal(&a->comps[i], &b->comps[i]))
			return false;
	for (int i = 0; i < a->nparens; i++)
		if (a->parens[i].kind != b->parens[i].kind ||
			a->parens[i].special != b->parens[i].special ||
			a->parens[i].num != b->parens[i].num)
			return false;
	return true;
}
