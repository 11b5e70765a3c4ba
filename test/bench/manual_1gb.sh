#!/usr/bin/env bash
# Manual check (not part of make test/bench): paragraphs() and fix_text() on a
# text of about 1 GB, the largest a PostgreSQL text value can be.  Prints the
# row count, the time and the backend's peak memory (VmHWM).  Needs ~4 GB RAM.
# Run: test/bench/manual_1gb.sh   (after make install)
set -eu
cd "$(dirname "$0")/../.."
. test/virtualenv.sh
exec 9>/tmp/diplotext-install.lock; flock 9
make -s install >/dev/null
dt_virtualenv bash -c '
psql -X -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION diplotext;
SET work_mem = '"'"'64MB'"'"';
-- 1,000 paragraphs of hard-wrapped text with page furniture and mojibake, repeated to ~1 GB
CREATE TEMP TABLE one AS
SELECT string_agg(E'"'"'The delegation of CÃ´te dâIvoire welcomes todayâ€™s debate on the\nresponsibility to protect, which is of great importance to\nall Member States of the Organization and to the peoples.\n17 08-51570\nIt hopes that the Assembly will act on it.\n\n'"'"', '"'"''"'"') AS t
FROM generate_series(1, 1000);
CREATE TEMP TABLE big AS SELECT repeat(t, (1000000000 / length(t))::int) AS body FROM one;
SELECT pg_size_pretty(octet_length(body)::bigint) AS size FROM big;
\timing on
SELECT count(*) AS paragraphs, max(end_pos) AS last_end FROM big, paragraphs(body);
SELECT octet_length(fix_text(body)) AS fixed_bytes FROM big;
\timing off
SELECT pg_backend_pid() AS pid \gset
\setenv BACKEND :pid
\! grep VmHWM /proc/\$BACKEND/status
SQL
'
