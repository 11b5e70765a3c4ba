/*
 * score_symbols_main.c: the extractor on a TSV of labelled passages, for
 * test/score_symbols.sh.  Reads lines "passage<TAB>symbols<TAB>named" from
 * stdin and writes, for each line, "N<TAB>kind<TAB>symbol" for every distinct
 * symbol found (kind "symbols" for written-out, "named" for resolved ones).
 * Passages hold no tabs or newlines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "un_symbols.h"

typedef struct
{
	long		line;
} ctx;

static void
emit(void *arg, const dt_symref *r)
{
	ctx		   *c = arg;
	char		canon[DT_UNSYM_CANON_CAP];

	dt_unsym_canonical(r->sym, canon, sizeof(canon));
	printf("%ld\t%s\t%s\n", c->line, r->is_named ? "named" : "symbols", canon);
}

int
main(void)
{
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	ctx			c = {0};

	while ((len = getline(&line, &cap, stdin)) >= 0)
	{
		char	   *tab = strchr(line, '\t');

		c.line++;
		if (!tab)
			tab = line + len;
		dt_un_symbols_scan(dt_env_malloc(), line, (size_t) (tab - line), emit, &c);
	}
	free(line);
	return 0;
}
