# lib.sh: shell helpers of the SQL benchmarks (sourced by test/bench/bench_*.sh,
# run inside the bench cluster by `make bench`).

# The one value of a query.
q() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

# The median time in ms of a query, run RUNS times in one session, after the
# settings in TIMEIT_SETTINGS (SQL, may be empty).
timeit() {
	{ echo "${TIMEIT_SETTINGS:-}"; echo '\timing on'; for _ in $(seq "$RUNS"); do echo "$1"; done; } |
		psql -Xq -v ON_ERROR_STOP=1 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n |
		awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
