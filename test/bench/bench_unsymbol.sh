#!/usr/bin/env bash
# Benchmark of the unsymbol type (run by `make bench`, or
# `BENCH_ONLY=unsymbol make bench`).  It needs no corpus table: it builds 1M
# symbols of real shapes in the bench cluster.  Reports, as medians of RUNS
# runs (default 5), with ratios measured in the same run:
#   - parse speed of the C core alone (symbols/s), outside the server;
#   - text -> unsymbol in SQL over 1M rows (symbols/s), next to the floor
#     (the same scan computing length(text));
#   - sorting 1M unsymbol values next to the same values as text, in the C
#     collation and in an ICU collation.
set -u
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
ROWS=${ROWS:-1000000}
. test/bench/lib.sh
TIMEIT_SETTINGS="SET max_parallel_workers_per_gather = 0; SET work_mem = '1GB';"

# 1. the core parser alone (C, -O2)
mkdir -p test/build
if make -s core-lib >test/build/bench_unsymbol_parse.log 2>&1 &&
	${CC:-gcc} -std=gnu11 -O2 -Wall -Wextra test/bench/bench_unsymbol_parse.c $(make -s print-core-link) \
		-o test/build/bench_unsymbol_parse 2>>test/build/bench_unsymbol_parse.log; then
	test/build/bench_unsymbol_parse
else
	echo "# core parse benchmark did not build:"; head -5 test/build/bench_unsymbol_parse.log
fi

# 2. in SQL: 1M symbols of real shapes, in random order (fixed seed)
psql -Xq -v ON_ERROR_STOP=1 <<SQL
DROP TABLE IF EXISTS unsymbol_bench;
SELECT setseed(0.42);
CREATE UNLOGGED TABLE unsymbol_bench AS
SELECT t, t::unsymbol AS u FROM (
  SELECT CASE i % 10
    WHEN 0 THEN 'A/' || (40 + r % 40) || '/' || (1 + r / 40 % 3000)
    WHEN 1 THEN 'S/' || (1994 + r % 25) || '/' || (1 + r / 25 % 1200)
    WHEN 2 THEN 'S/RES/' || (1 + r % 2811)
    WHEN 3 THEN 'A/RES/' || (40 + r % 40) || '/' || (1 + r / 40 % 330)
    WHEN 4 THEN 'E/CN.4/' || (1980 + r % 25) || '/L.' || (1 + r / 25 % 150) || '/Add.' || (1 + r / 3750 % 9)
    WHEN 5 THEN 'A/C.3/' || (40 + r % 40) || '/L.' || (1 + r / 40 % 90) || '/Rev.' || (1 + r / 3600 % 3)
    WHEN 6 THEN 'A/' || (40 + r % 40) || '/PV.' || (1 + r / 40 % 130)
    WHEN 7 THEN 'A/RES/' || (1 + r % 3400) || ' ' || chr(65 + r / 3400 % 4) || ' (' || (ARRAY['I','II','III','IV','V','X','XV','XXX'])[1 + r / 13600 % 8] || ')'
    WHEN 8 THEN 'S/PRST/' || (1994 + r % 25) || '/' || (1 + r / 25 % 80)
    ELSE 'CCPR/C/GC/' || (1 + r % 40) END AS t
  FROM (SELECT i, (random() * 1e9)::int AS r FROM generate_series(1, $ROWS) i) g
) s;
-- SC resolutions carry their real year (the table's): rewrite the text column
UPDATE unsymbol_bench SET t = u::text WHERE t LIKE 'S/RES/%';
VACUUM ANALYZE unsymbol_bench;
SQL
echo "# $(q "select count(*) from unsymbol_bench") symbols, $(q "select count(distinct u) from unsymbol_bench") distinct;" \
	"table $(q "select pg_size_pretty(pg_relation_size('unsymbol_bench'))");" \
	"avg column size: text $(q "select round(avg(pg_column_size(t)), 1) from unsymbol_bench") B, unsymbol $(q "select round(avg(pg_column_size(u)), 1) from unsymbol_bench") B"
icu=$(q "select collname from pg_collation where collname in ('en-x-icu', 'und-x-icu') order by collname limit 1")

q "select count(*) from unsymbol_bench" >/dev/null   # warm the cache
floor=$(timeit "select count(length(t)) from unsymbol_bench;")
parse=$(timeit "select count(t::unsymbol) from unsymbol_bench;")
out=$(timeit "select count(u::text) from unsymbol_bench;")
sort_u=$(timeit "select count(*) from (select u from unsymbol_bench order by u offset 0) s;")
sort_c=$(timeit "select count(*) from (select t from unsymbol_bench order by t collate \"C\" offset 0) s;")
[ -n "$icu" ] && sort_i=$(timeit "select count(*) from (select t from unsymbol_bench order by t collate \"$icu\" offset 0) s;")
rate() { awk -v name="$1" -v ms="$2" -v f="$3" -v n="$ROWS" 'BEGIN { printf "%-34s %8.1f ms  %10.0f symbols/s  %5.2fx %s\n", name, ms, n / (ms / 1000), ms / f, "the floor" }'; }
rate "SQL floor: count(length(text))" "$floor" "$floor"
rate "SQL parse: text::unsymbol" "$parse" "$floor"
rate "SQL output: unsymbol::text" "$out" "$floor"
ratio() { awk -v name="$1" -v ms="$2" -v f="$3" -v what="$4" 'BEGIN { printf "%-34s %8.1f ms  %5.2fx %s\n", name, ms, ms / f, what }'; }
echo "# sorting $ROWS values (work_mem 1GB, no parallel workers)"
ratio "sort unsymbol" "$sort_u" "$sort_c" "text COLLATE \"C\""
ratio "sort text COLLATE \"C\"" "$sort_c" "$sort_c" "text COLLATE \"C\""
[ -n "$icu" ] && ratio "sort text COLLATE \"$icu\"" "$sort_i" "$sort_c" "text COLLATE \"C\""
# the two orders differ: the librarian's order puts A/72/9 before A/72/10
echo "# first distinct values: unsymbol $(q "select string_agg(u::text, ', ') from (select distinct u from unsymbol_bench order by u limit 4) s")"
echo "#                        text C   $(q "select string_agg(t, ', ') from (select distinct t collate \"C\" as t from unsymbol_bench order by 1 limit 4) s")"
q "drop table unsymbol_bench"
