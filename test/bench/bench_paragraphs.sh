#!/usr/bin/env bash
# Benchmark of paragraphs() and fix_text() over every speech of the UN General
# Debate Corpus (table ungdc), next to
#   - the floor: a bare strpos() scan for a character that is not there, which
#     detoasts and reads the same rows and nothing more;
#   - regexp_split_to_table(body, '\n\s*\n'): splitting on blank lines only.
# Each query runs RUNS times (default 5); the median is reported, in MB/s of
# input text and as a multiple of the floor's time.  Never passes or fails.
set -u
runs=${RUNS:-5}
psql -XAtqc "SELECT 1 FROM ungdc LIMIT 1" >/dev/null || exit 1
bytes=$(psql -XAtc "SELECT sum(octet_length(body)) FROM ungdc")
rows=$(psql -XAtc "SELECT count(*) FROM ungdc")
# warm the cache
psql -XAtqc "SELECT sum(strpos(body, E'\x01')) FROM ungdc" >/dev/null

median_ms() {
	local q=$1 t=()
	for _ in $(seq "$runs"); do
		local s e
		s=$(date +%s%N)
		psql -XAtqc "$q" >/dev/null || return 1
		e=$(date +%s%N)
		t+=($(( (e - s) / 1000000 )))
	done
	printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

floor=$(median_ms "SELECT sum(strpos(body, E'\x01')) FROM ungdc")
split=$(median_ms "SELECT count(*) FROM ungdc, regexp_split_to_table(body, E'\\\\n\\\\s*\\\\n') p")
paras=$(median_ms "SELECT count(*) FROM ungdc, paragraphs(body) p")
parastext=$(median_ms "SELECT sum(octet_length(paragraph)) FROM ungdc, paragraphs(body) p")
fix=$(median_ms "SELECT sum(octet_length(fix_text(body))) FROM ungdc")

echo "# $rows speeches, $(( bytes / 1000000 )) MB; median of $runs runs each"
report() {
	local rate ratio
	rate=$(awk -v ms="$2" -v bytes="$bytes" 'BEGIN { printf "%.1f", bytes / 1e6 / (ms / 1000.0) }')
	ratio=$(awk -v ms="$2" -v floor="$floor" 'BEGIN { printf "%.2f", ms / floor }')
	printf '%-50s %7d ms  %7s MB/s  %5sx floor\n' "$1" "$2" "$rate" "$ratio"
}
report 'floor: strpos(body, chr(1))' "$floor"
report 'regexp_split_to_table(body, blank lines)' "$split"
report 'paragraphs(body), count(*)' "$paras"
report 'paragraphs(body), sum(octet_length(paragraph))' "$parastext"
report 'fix_text(body)' "$fix"
