# test/corpus/lib.sh: shared by the corpus checks and the benchmarks.
# Source it; it defines:
#   ungdc_unpack          unpack ../shared/corpus/ungdc-1970-2017.tar.xz once
#                         (into $UNGDC_DIR, default test/build/ungdc) and print
#                         the sessions directory
#   ungdc_load [LIMIT]    inside a running cluster (PG* set, e.g. under
#                         pg_virtualenv): create table ungdc(iso, session, year,
#                         file, body) holding every speech (or the first LIMIT
#                         in file order); idempotent
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
UNGDC_TAR=${UNGDC_TAR:-$TOP/../shared/corpus/ungdc-1970-2017.tar.xz}
UNGDC_DIR=${UNGDC_DIR:-$TOP/test/build/ungdc}

ungdc_unpack() {
	if [ ! -d "$UNGDC_DIR/data/sessions" ]; then
		[ -f "$UNGDC_TAR" ] || { echo "corpus not found: $UNGDC_TAR" >&2; return 1; }
		mkdir -p "$UNGDC_DIR"
		tar -xJf "$UNGDC_TAR" -C "$UNGDC_DIR" || return 1
		chmod -R a+rX "$UNGDC_DIR"
	fi
	echo "$UNGDC_DIR/data/sessions"
}

ungdc_load() {
	local dir limit=${1:-}
	dir=$(ungdc_unpack) || return 1
	if [ "$(psql -XAtc "select to_regclass('ungdc') is not null")" = t ]; then return 0; fi
	# Speeches are "Session NN - YYYY/ISO_NN_YYYY.txt"; the server reads them.
	find "$dir" -name '*_[0-9]*_[0-9]*.txt' | LC_ALL=C sort | { if [ -n "$limit" ]; then head -n "$limit"; else cat; fi; } > "$UNGDC_DIR/files.lst"
	psql -Xq -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE ungdc_files(path text);
\copy ungdc_files from '$UNGDC_DIR/files.lst'
CREATE TABLE ungdc AS
SELECT split_part(f, '_', 1) AS iso,
       split_part(f, '_', 2)::int AS session,
       split_part(split_part(f, '_', 3), '.', 1)::int AS year,
       f AS file,
       pg_read_file(path) AS body
FROM (SELECT path, regexp_replace(path, '^.*/', '') AS f FROM ungdc_files) s
ORDER BY year, iso;
ANALYZE ungdc;
SQL
}
