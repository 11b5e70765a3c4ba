#!/usr/bin/env bash
# `make demo`: on a fresh Debian 12 machine (as root), install what is missing,
# build, install, start a throw-away cluster and show what diplotext makes of
# the bundled example, test/fixtures/seed_statement.txt.
set -eu
cd "$(dirname "$0")/.."
. test/virtualenv.sh
need=()
for p in postgresql-15 postgresql-server-dev-15 libicu-dev wbritish make gcc; do
	dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then echo "demo: please install ${need[*]} (or run as root)"; exit 1; fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
make -s all >/dev/null
exec 9>/tmp/diplotext-install.lock; flock 9
make -s install >/dev/null
export TOP=$PWD
dt_virtualenv bash -c '
	createdb -T template0 -E UTF8 --locale=C demo && export PGDATABASE=demo
	psql -Xq -c "CREATE EXTENSION diplotext"
	for f in "$TOP"/test/demo/*.sql; do
		psql -X -q -P footer=off -v ON_ERROR_STOP=1 -v seedfile="$TOP/test/fixtures/seed_statement.txt" -f "$f" || exit 1
	done
' 2>&1 | grep -v -E '^(Creating new PostgreSQL cluster|Dropping cluster)'
