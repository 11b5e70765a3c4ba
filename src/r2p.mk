# r2p.mk: the R2P cue lexicon (src/data/r2p_lexicon.tsv) compiled into C
# tables and an Aho-Corasick automaton by src/r2p_lexicon.pl.
# Included by the Makefile before PGXS: keep `make` meaning `make all`.

CORE_GEN += src/gen/r2p_lexicon.c

src/gen/r2p_lexicon.c: src/data/r2p_lexicon.tsv src/r2p_lexicon.pl src/tools/AhoCorasick.pm
	@mkdir -p src/gen
	perl src/r2p_lexicon.pl src/data/r2p_lexicon.tsv > $@.tmp && mv $@.tmp $@

# Scores of the classifier on ../shared/data/r2p-dev.tsv (skips when absent).
.PHONY: score-r2p
score-r2p: $(CORE_GEN)
	test/score_r2p.sh
