#!/usr/bin/env bash
# `make corpus-check`: property checks over the UN General Debate Corpus
# (../shared/corpus).  Starts a throw-away cluster, loads every speech into a
# table and runs each test/corpus/check_*.sh in it.  Each check prints lines
# "ok - ..." / "not ok - ..." and its measurements; the last line counts them.
set -u
cd "$(dirname "$0")/../.."
. test/virtualenv.sh
exec 9>/tmp/diplotext-install.lock; flock 9
make -s install >/dev/null || exit 1
. test/corpus/lib.sh
ungdc_unpack >/dev/null || exit 1
export TOP
dt_virtualenv bash -c '
	. "$TOP/test/corpus/lib.sh"
	createdb -T template0 -E UTF8 --locale=C corpus && export PGDATABASE=corpus
	psql -Xqc "CREATE EXTENSION diplotext" || exit 1
	ungdc_load || exit 1
	echo "# $(psql -XAtc "select count(*) || '"'"' speeches, '"'"' || pg_size_pretty(sum(octet_length(body))) from ungdc")"
	for c in "$TOP"/test/corpus/check_*.sh; do
		[ -f "$c" ] || continue
		echo "== $(basename "$c")"
		bash "$c"
	done
' 2>&1 | tee test/build/corpus-check.log
p=$(grep -cE '^ *ok - ' test/build/corpus-check.log); f=$(grep -cE '^ *not ok - ' test/build/corpus-check.log)
echo "corpus-check: $p passed, $f failed"
[ "$f" -eq 0 ] && [ "$p" -gt 0 ]
