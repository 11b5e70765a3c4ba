#!/usr/bin/env bash
# Property checks of un_symbols() over every speech of the UN General Debate
# Corpus (run by `make corpus-check`, table ungdc loaded):
#   - no error on any speech (some are CRLF);
#   - every span points at its matched text:
#       substr(body, start_pos, end_pos - start_pos) = matched;
#   - where a symbol is written out (matched opens with its organ and a "/"),
#     matched read as an unsymbol equals the symbol;
#   - un_symbol_array(body) holds exactly the distinct symbols of un_symbols(body).
# Prints "ok - ..." / "not ok - ..." and the numbers measured.
set -u
q() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

if ! q "CREATE TEMP TABLE x AS SELECT 1" >/dev/null; then echo "not ok - psql"; exit 1; fi
start=$(date +%s.%N)
if out=$(psql -XAtq -v ON_ERROR_STOP=1 <<'SQL' 2>&1
CREATE TABLE un_symbols_found AS
SELECT u.file, s.*, substr(u.body, s.start_pos, s.end_pos - s.start_pos) AS at_span
FROM ungdc u, un_symbols(u.body) s;
SELECT 'rows', count(*) FROM un_symbols_found;
SQL
); then
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	echo "ok - un_symbols ran on every speech without error ($(q "select count(*) from ungdc") speeches, ${secs%???????}s)"
else
	echo "not ok - un_symbols raised an error: $out"
	exit 0
fi
n=$(q "select count(*) from un_symbols_found")
bad=$(q "select count(*) from un_symbols_found where at_span is distinct from matched")
[ "$bad" -eq 0 ] && echo "ok - every span points at its matched text ($n references)" || {
	echo "not ok - $bad of $n spans do not point at their matched text"
	q "select file, symbol, start_pos, end_pos, matched, at_span from un_symbols_found where at_span is distinct from matched limit 5"; }
written=$(q "select count(*) from un_symbols_found where not is_named and matched ~ '^[A-Z]+ ?/'")
bad=$(q "select count(*) from un_symbols_found where not is_named and matched ~ '^[A-Z]+ ?/' and to_unsymbol(matched) is distinct from symbol")
[ "$bad" -eq 0 ] && echo "ok - written-out symbols read back as themselves ($written checked)" || {
	echo "not ok - $bad of $written written-out symbols do not read back as themselves"
	q "select file, symbol, matched from un_symbols_found where not is_named and matched ~ '^[A-Z]+ ?/' and to_unsymbol(matched) is distinct from symbol limit 10"; }
bad=$(q "select count(*) from ungdc u where un_symbol_array(u.body) is distinct from coalesce((select array_agg(distinct s.symbol order by s.symbol) from un_symbols(u.body) s), '{}')")
[ "$bad" -eq 0 ] && echo "ok - un_symbol_array agrees with un_symbols on every speech" || echo "not ok - un_symbol_array disagrees with un_symbols on $bad speeches"
echo "# references: $(q "select count(*) filter (where not is_named) || ' written out, ' || count(*) filter (where is_named) || ' named, ' || count(distinct symbol) || ' distinct symbols, in ' || count(distinct file) || ' speeches' from un_symbols_found")"
echo "# most cited:"
q "select '#   ' || symbol || '  ' || count(*) || ' (' || count(distinct file) || ' speeches)' from un_symbols_found group by symbol order by count(*) desc, symbol limit 12"
q "drop table un_symbols_found"
