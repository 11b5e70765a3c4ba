#!/usr/bin/env bash
# Property checks of the unsymbol type (run by `make corpus-check`, inside a
# cluster where table ungdc holds every speech):
#  - every symbol of the dev set (../shared/data/symbols-dev.tsv, both
#    columns) and of the gazetteer reads and is its own canonical form;
#  - over every symbol-shaped string in the speeches (a plain pattern):
#    reading never errors (to_unsymbol), and whatever reads has a canonical
#    text that reads back to an equal value with the same text and hash.
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
SHARED=${SHARED:-$TOP/../shared}
q() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1"; }
check() { if [ "$2" = t ]; then echo "ok - $1"; else echo "not ok - $1"; fi; }

tmp=$(mktemp -d); chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
if [ -f "$SHARED/data/symbols-dev.tsv" ]; then
	awk -F'\t' 'NR > 1 { print $3; print $4 }' "$SHARED/data/symbols-dev.tsv" | tr '|' '\n' |
		sed 's/^ *//; s/ *$//' | grep -v '^$' | sort -u > "$tmp/gold.txt"
	awk -F'\t' 'NR > 1 && $2 ~ /\// { print $2 }' "$SHARED/reference/gazetteer/named_documents.tsv" | sort -u >> "$tmp/gold.txt"
	psql -XAtq -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE gold(s text);
\copy gold FROM '$tmp/gold.txt'
\o $tmp/gold.out
SELECT count(*), count(*) FILTER (WHERE to_unsymbol(s) IS NOT NULL),
       count(*) FILTER (WHERE to_unsymbol(s)::text = s)
FROM gold;
\o
SQL
	read -r n parsed fixed < <(tr '|' ' ' < "$tmp/gold.out")
	echo "# gold symbols (dev set + gazetteer): $n, read: $parsed, already canonical: $fixed"
	check "every gold symbol reads ($parsed of $n)" "$([ "$parsed" = "$n" ] && echo t)"
	check "every gold symbol is its own canonical form ($fixed of $n)" "$([ "$fixed" = "$n" ] && echo t)"
else
	echo "# $SHARED/data/symbols-dev.tsv not found: gold check skipped"
fi

# symbol-shaped strings in the speeches
q "CREATE TABLE unsymbol_cand AS
   SELECT m[1] AS s FROM ungdc, regexp_matches(body, '([A-Za-z]{1,6}(?:/ ?[A-Za-z0-9.*-]+)+(?: ?\([A-Za-z0-9. -]{1,20}\))?)', 'g') m" || exit 1
res=$(q "SELECT count(*) || ' ' || count(u) || ' ' || count(*) FILTER (WHERE u IS NOT NULL AND (u::text::unsymbol <> u OR u::text::unsymbol::text <> u::text OR unsymbol_hash(u::text::unsymbol) <> unsymbol_hash(u)))
         FROM (SELECT s, to_unsymbol(s) AS u FROM unsymbol_cand) x")
read -r cand read_ok broken <<< "$res"
echo "# symbol-shaped strings in the speeches: $cand; read as unsymbol: $read_ok"
check "to_unsymbol over $cand candidates never errors" t
check "canonical text reads back equal, same text, same hash ($broken broken)" "$([ "$broken" = 0 ] && echo t)"
echo "# most frequent: $(q "SELECT string_agg(u || ' (' || n || ')', ', ') FROM (SELECT to_unsymbol(s) AS u, count(*) AS n FROM unsymbol_cand WHERE to_unsymbol(s) IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 6) t")"
q "DROP TABLE unsymbol_cand"
