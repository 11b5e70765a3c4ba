#!/usr/bin/env bash
# `make bench`: every benchmark in test/bench/bench_*.sh, in one throw-away
# cluster with the corpus loaded (see test/corpus/lib.sh).  Benchmarks report
# medians of several runs and ratios measured in the same run; they never
# pass or fail.
set -u
cd "$(dirname "$0")/../.."
. test/virtualenv.sh
exec 9>/tmp/diplotext-install.lock; flock 9
make -s install >/dev/null || exit 1
. test/corpus/lib.sh
ungdc_unpack >/dev/null || exit 1
mkdir -p test/build
export TOP BENCH_ONLY=${BENCH_ONLY:-}
dt_virtualenv bash -c '
	. "$TOP/test/corpus/lib.sh"
	createdb -T template0 -E UTF8 --locale=C bench && export PGDATABASE=bench
	psql -Xqc "CREATE EXTENSION diplotext" || exit 1
	ungdc_load || exit 1
	for b in "$TOP"/test/bench/bench_*.sh; do
		[ -f "$b" ] || continue
		case "$(basename "$b")" in *"$BENCH_ONLY"*) ;; *) continue;; esac
		echo "== $(basename "$b")"
		bash "$b"
	done
' 2>&1 | tee test/build/bench.log
