#!/usr/bin/env bash
# Precision and recall of un_symbols() on the labelled dev set
# ../shared/data/symbols-dev.tsv (columns source_url, passage, symbols, named;
# lists separated by " | ").  Scores sets of canonical symbols per passage:
# written-out ("symbols") and resolved ("named") separately, then all symbols
# together (a symbol counts once per passage, whichever column holds it).
# Builds a small driver against the C core; needs no server.  Skips (exit 0)
# when ../shared is not there.
#   test/score_symbols.sh [dev.tsv]        -v: list every miss and false hit
set -u
cd "$(dirname "$0")/.."
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
tsv=${1:-../shared/data/symbols-dev.tsv}
if [ ! -f "$tsv" ]; then echo "# skip: $tsv not found"; exit 0; fi
make -s core-lib || exit 1
out=test/build/score; mkdir -p "$out"
gcc -std=gnu11 -O2 test/score/score_symbols_main.c $(make -s print-core-link) -o "$out/score" || exit 1
tail -n +2 "$tsv" | cut -f2 > "$out/passages"
tail -n +2 "$tsv" | awk -F'\t' '{
	n = split($3, a, / \| /); for (i = 1; i <= n; i++) if (a[i] != "") print NR "\tsymbols\t" a[i];
	n = split($4, a, / \| /); for (i = 1; i <= n; i++) if (a[i] != "") print NR "\tnamed\t" a[i];
}' | sort -u > "$out/gold"
"$out/score" < "$out/passages" | sort -u > "$out/found"
awk -F'\t' -v verbose=$verbose '
	FNR == NR { gold[$0] = 1; all_gold[$1 "\t" $3] = 1; next }
	{ found[$0] = 1; all_found[$1 "\t" $3] = 1 }
	END {
		for (k in found) { split(k, f, "\t"); if (k in gold) tp[f[2]]++; else { fp[f[2]]++; if (verbose) print "  false hit: line " f[1]+1 " " f[2] " " f[3] } }
		for (k in gold) { split(k, f, "\t"); if (!(k in found)) { fn[f[2]]++; if (verbose) print "  missed:    line " f[1]+1 " " f[2] " " f[3] } }
		for (k in all_found) if (k in all_gold) atp++; else afp++;
		for (k in all_gold) if (!(k in all_found)) afn++;
		split("symbols named", kinds, " ");
		for (i = 1; i <= 2; i++) {
			c = kinds[i]; p = tp[c] + fp[c] ? tp[c] / (tp[c] + fp[c]) : 1; r = tp[c] + fn[c] ? tp[c] / (tp[c] + fn[c]) : 1;
			printf "%-8s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)\n", (c == "symbols" ? "literal" : c), p, r, tp[c], fp[c], fn[c]
		}
		p = atp + afp ? atp / (atp + afp) : 1; r = atp + afn ? atp / (atp + afn) : 1; f1 = p + r ? 2 * p * r / (p + r) : 0
		printf "all      precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", p, r, f1, atp, afp, afn
	}' "$out/gold" "$out/found"
