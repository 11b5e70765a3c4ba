#!/usr/bin/env bash
# Benchmark of paragraphs() and fix_text() over every speech of the UN General
# Debate Corpus (table ungdc), next to
#   - the floor: a bare strpos() scan for a character that is not there, which
#     detoasts and reads the same rows and nothing more;
#   - regexp_split_to_table(body, '\n\s*\n'): splitting on blank lines only.
# The queries run in RUNS rounds (default 5), one after the other inside each
# round, so that a busy machine slows a round's floor and its other queries
# alike.  Reported: the median time of each query in MB/s of input, and the
# median over rounds of its time divided by the same round's floor.  Never
# passes or fails.
set -u
runs=${RUNS:-5}
psql -XAtqc "SELECT 1 FROM ungdc LIMIT 1" >/dev/null || exit 1
bytes=$(psql -XAtc "SELECT sum(octet_length(body)) FROM ungdc")
rows=$(psql -XAtc "SELECT count(*) FROM ungdc")
names=(
	'floor: strpos(body, chr(1))'
	'regexp_split_to_table(body, blank lines)'
	'paragraphs(body), count(*)'
	'paragraphs(body), sum(octet_length(paragraph))'
	'fix_text(body)'
)
queries=(
	"SELECT sum(strpos(body, E'\\x01')) FROM ungdc"
	"SELECT count(*) FROM ungdc, regexp_split_to_table(body, E'\\\\n\\\\s*\\\\n') p"
	"SELECT count(*) FROM ungdc, paragraphs(body) p"
	"SELECT sum(octet_length(paragraph)) FROM ungdc, paragraphs(body) p"
	"SELECT sum(octet_length(fix_text(body))) FROM ungdc"
)
psql -XAtqc "${queries[0]}" >/dev/null		# warm the cache
declare -A ms
for r in $(seq "$runs"); do
	for q in "${!queries[@]}"; do
		s=$(date +%s%N)
		psql -XAtqc "${queries[$q]}" >/dev/null || exit 1
		e=$(date +%s%N)
		ms[$q,$r]=$(( (e - s) / 1000000 ))
	done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "# $rows speeches, $(( bytes / 1000000 )) MB; $runs rounds; median time, and median of the per-round ratio to the floor"
for q in "${!queries[@]}"; do
	t=$(for r in $(seq "$runs"); do echo "${ms[$q,$r]}"; done | median)
	ratio=$(for r in $(seq "$runs"); do awk -v a="${ms[$q,$r]}" -v f="${ms[0,$r]}" 'BEGIN { printf "%.3f\n", a / f }'; done | median)
	rate=$(awk -v ms="$t" -v bytes="$bytes" 'BEGIN { printf "%.1f", bytes / 1e6 / (ms / 1000.0) }')
	printf '%-50s %7s ms  %7s MB/s  %5.2fx floor\n' "${names[$q]}" "$t" "$rate" "$ratio"
done
