#!/usr/bin/env bash
# Scores of the R2P classifier on the labelled dev set ../shared/data/r2p-dev.tsv:
# relevance precision/recall/F1, macro F1 over both relevance classes, F1 per
# pillar, pillar macro F1, exact-match rate.  Builds a small C driver
# (test/score/score_r2p.c) against the core; no cluster needed.
#   test/score_r2p.sh            scores without context
#   test/score_r2p.sh -c         with r2p_context
#   test/score_r2p.sh -v         also lists the passages it gets wrong
# Also `make score-r2p`.  Skips (exit 0) when ../shared is absent.
set -eu
cd "$(dirname "$0")/.."
DEV=${R2P_DEV:-../shared/data/r2p-dev.tsv}
if [ ! -f "$DEV" ]; then
	echo "# skipped: $DEV not found"
	exit 0
fi
make -s core-lib
out=test/build/score
mkdir -p "$out"
gcc -std=gnu11 -O2 -Wall -Wextra -Werror test/score/score_r2p.c $(make -s print-core-link) -o "$out/score_r2p"
echo "# $DEV ($(($(wc -l < "$DEV") - 1)) passages)"
"$out/score_r2p" "$@" "$DEV"
