#!/usr/bin/env bash
# Benchmark of un_symbols() on the UN General Debate Corpus (run by
# `make bench`, or `BENCH_ONLY=un_symbols make bench`; table ungdc loaded,
# default TOAST compression).  Reports MB/s (medians of RUNS runs, default 5)
# of:
#   floor          strpos(body, <a character that is not there>): detoast + one scan
#   un_symbols     count(*) FROM ungdc, un_symbols(body)
#   un_symbol_array
#   regexp         the regexp_matches a user would write for symbols
# and each one's time as a multiple of the floor's, measured in the same run.
# Then one text near PostgreSQL's 1 GB limit (the corpus 7 times, ~940 MB).
set -u
RUNS=${RUNS:-5}
. "$(dirname "$0")/lib.sh"
mb=$(q "select round(sum(octet_length(body)) / 1e6, 1) from ungdc")
echo "# $(q "select count(*) from ungdc") speeches, $mb MB of text; median of $RUNS runs"

q "select count(*) from ungdc where strpos(body, E'\x01') > 0" >/dev/null   # warm the cache
floor=$(timeit "select count(*) from ungdc where strpos(body, E'\x01') > 0;")
sym=$(timeit "select count(*) from ungdc, un_symbols(body);")
arr=$(timeit "select sum(cardinality(un_symbol_array(body))) from ungdc;")
rx=$(timeit "select count(*) from ungdc, regexp_matches(body, '\m(A|S|E|ST|CRC|CCPR|CEDAW)(/[A-Za-z0-9.-]+)+', 'g');")
report() { awk -v name="$1" -v ms="$2" -v f="$floor" -v mb="$mb" 'BEGIN { printf "%-16s %8.1f ms  %7.1f MB/s  %5.2fx floor\n", name, ms, mb / (ms / 1000), ms / f }'; }
report "floor (strpos)" "$floor"
report "un_symbols" "$sym"
report "un_symbol_array" "$arr"
report "regexp_matches" "$rx"
echo "# references: un_symbols $(q "select count(*) from ungdc, un_symbols(body)"), regexp_matches $(q "select count(*) from ungdc, regexp_matches(body, '\m(A|S|E|ST|CRC|CCPR|CEDAW)(/[A-Za-z0-9.-]+)+', 'g')")"

if [ "${BIG:-1}" = 1 ]; then
	q "set client_min_messages = warning; drop table if exists un_symbols_big; create unlogged table un_symbols_big as select repeat(string_agg(body, E'\n' order by file), 7) as doc from ungdc" &&
	t0=$(date +%s.%N) &&
	res=$(q "create unlogged table un_symbols_big_found as select s.* from un_symbols_big, un_symbols(doc) s;
		select count(*) || ' references in a text of ' || (select round(octet_length(doc) / 1e6) from un_symbols_big) || ' MB' from un_symbols_big_found") &&
	t1=$(date +%s.%N) &&
	last=$(q "select substr(doc, f.start_pos, f.end_pos - f.start_pos) = f.matched from un_symbols_big, (select * from un_symbols_big_found order by start_pos desc limit 1) f") &&
	[ "$last" = t ] &&
	echo "ok - one text near 1 GB: $res in $(echo "$t1 - $t0" | bc | cut -c1-5) s (the last span points at its text)" ||
	echo "not ok - one text near 1 GB failed"
	q "drop table if exists un_symbols_big, un_symbols_big_found"
fi
