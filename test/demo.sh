#!/usr/bin/env bash
# `make demo`: on a fresh Debian 12 machine (as root), install what is missing,
# build, install, start a throw-away cluster and show what diplotext makes of
# the bundled example, test/fixtures/seed_statement.txt.
set -eu
cd "$(dirname "$0")/.."
. test/virtualenv.sh
test/install-deps.sh
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
