# test/virtualenv.sh: sourced by the scripts that need a throw-away cluster.
#
# dt_virtualenv CMD...   runs CMD under `pg_virtualenv -v 15`, with two guards:
#  - a throw-away cluster that an interrupted run left behind (pg_virtualenv
#    marks its clusters with .by_pg_virtualenv, and refuses to start while one
#    exists) is stopped and dropped first; a cluster without the mark is never
#    touched;
#  - descriptor 9, the install lock of test/run-tests.sh and friends, is closed
#    for CMD, so a server that outlives its run cannot hold the lock.
dt_virtualenv() {
	local conf=${PG_CLUSTER_CONF_ROOT:-/etc/postgresql}/15/regress
	if [ -f "$conf/.by_pg_virtualenv" ]; then
		echo "# dropping the throw-away cluster 15/regress an interrupted run left behind" >&2
		pg_ctlcluster --mode immediate 15 regress stop >/dev/null 2>&1 || true
		pg_dropcluster 15 regress >/dev/null 2>&1 || true
		# a run killed while creating it leaves only part of it: remove the rest
		if [ -f "$conf/.by_pg_virtualenv" ]; then
			rm -rf "$conf" /var/lib/postgresql/15/regress || return 1
		fi
	fi
	pg_virtualenv -v 15 "$@" 9>&-
}
