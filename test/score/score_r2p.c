/*
 * score_r2p.c: scores of r2p_classify on a labelled TSV (source_url, passage,
 * labels, rationale), as test/score_r2p.sh runs it on ../shared/data/r2p-dev.tsv.
 *   score_r2p FILE [-v]      -v lists the passages it gets wrong
 *   score_r2p -c FILE [-v]   the same with r2p_context
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_env.h"
#include "r2p_classify.h"

typedef struct counts
{
	int			tp, fp, fn, tn;
} counts;

static void
tally(counts *c, int gold, int pred)
{
	if (gold && pred)
		c->tp++;
	else if (pred)
		c->fp++;
	else if (gold)
		c->fn++;
	else
		c->tn++;
}

static double
f1(int tp, int fp, int fn)
{
	return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0;
}

static unsigned
pillars_of(const char *label)
{
	unsigned	m = 0;

	for (; *label; label++)
		if (*label >= '1' && *label <= '3')
			m |= 1u << (*label - '0');
	return m;
}

int
main(int argc, char **argv)
{
	const char *path = NULL;
	int			verbose = 0,
				context = 0,
				rows = 0,
				exact = 0,
				i,
				p;
	counts		rel = {0, 0, 0, 0},
				pil[4];
	FILE	   *f;
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	double		fr,
				fn_,
				macro_p = 0;

	memset(pil, 0, sizeof(pil));
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "-c") == 0)
			context = 1;
		else
			path = argv[i];
	}
	if (!path || !(f = fopen(path, "r")))
	{
		fprintf(stderr, "usage: score_r2p [-c] [-v] file.tsv\n");
		return 2;
	}
	while ((n = getline(&line, &cap, f)) > 0)
	{
		char	   *fields[4];
		char	   *s = line;
		char		buf[8];
		const char *pred;
		r2p_result	res;
		int			k;
		unsigned	gm;

		if (line[n - 1] == '\n')
			line[--n] = '\0';
		for (k = 0; k < 4; k++)
		{
			fields[k] = s;
			s = s ? strchr(s, '\t') : NULL;
			if (s)
				*s++ = '\0';
		}
		if (!fields[2] || strcmp(fields[2], "labels") == 0)
			continue;
		rows++;
		r2p_classify(dt_env_malloc(), fields[1], strlen(fields[1]), context, 0, &res);
		pred = r2p_label(&res, buf);
		gm = pillars_of(fields[2]);
		tally(&rel, strcmp(fields[2], "none") != 0, res.relevant);
		for (p = 1; p <= 3; p++)
			tally(&pil[p], (gm >> p) & 1, (res.pillars >> p) & 1);
		if (strcmp(pred, fields[2]) == 0)
			exact++;
		else if (verbose)
			printf("gold %-8s got %-8s %s\n", fields[2], pred, fields[1]);
		r2p_result_free(dt_env_malloc(), &res);
	}
	fclose(f);
	free(line);
	fr = f1(rel.tp, rel.fp, rel.fn);
	fn_ = f1(rel.tn, rel.fn, rel.fp);
	printf("rows                    %d\n", rows);
	printf("relevance precision     %.3f\n", rel.tp ? (double) rel.tp / (rel.tp + rel.fp) : 0.0);
	printf("relevance recall        %.3f\n", rel.tp ? (double) rel.tp / (rel.tp + rel.fn) : 0.0);
	printf("relevance F1            %.3f\n", fr);
	printf("not-relevant F1         %.3f\n", fn_);
	printf("relevance macro F1      %.3f\n", (fr + fn_) / 2);
	for (p = 1; p <= 3; p++)
	{
		double		x = f1(pil[p].tp, pil[p].fp, pil[p].fn);

		printf("pillar %d F1             %.3f  (tp %d, fp %d, fn %d)\n", p, x, pil[p].tp, pil[p].fp, pil[p].fn);
		macro_p += x / 3;
	}
	printf("pillar macro F1         %.3f\n", macro_p);
	printf("exact match             %.3f  (%d of %d)\n", rows ? (double) exact / rows : 0.0, exact, rows);
	return 0;
}
