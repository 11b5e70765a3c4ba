#!/usr/bin/env bash
# Benchmark of r2p_pillars / r2p_relevant over the UN General Debate Corpus
# split into paragraphs (test/corpus/r2p_paragraphs.sql), next to the floor
# (strpos of a character that never occurs, on the same rows) and one
# case-insensitive regular expression of 40 cues.  Medians of 5 runs, MB/s of
# the paragraphs' bytes, ratios to the floor measured in the same run.  Never
# passes or fails.  Run by `make bench` (BENCH_ONLY=r2p make bench) inside a
# cluster with table ungdc loaded.
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
RUNS=${BENCH_RUNS:-5}
psql -Xq -v ON_ERROR_STOP=1 -f "$TOP/test/corpus/r2p_paragraphs.sql" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -v runs="$RUNS" <<'SQL'
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE FUNCTION pg_temp.bench_ms(q text, runs int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  ms float8[] := '{}';
BEGIN
  EXECUTE q;                                  -- warm the cache once
  FOR i IN 1 .. runs LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := ms || (extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(ms) x);
END $$;
-- 40 cues of the lexicon, as one case-insensitive alternation
\set cues40 '''(responsibility to protect|r2p|rtop|genocide|war crimes|ethnic cleansing|crimes against humanity|atrocity crimes|mass atrocities|primary responsibility|protect its population|protect their populations|sovereignty as responsibility|first pillar|second pillar|third pillar|capacity-building|capacity building|assist states|help states|international assistance|technical assistance|under stress|timely and decisive|manifestly fail|collective action|security council|chapter vii|use of force|military intervention|humanitarian intervention|regime change|sanctions|veto|international criminal court|commission of inquiry|good offices|preventive diplomacy|responsabilité de protéger|responsabilidad de proteger)'''
CREATE TEMP TABLE bench_result(what text, ms float8);
SELECT sum(octet_length(body))::float8 / 1e6 AS mb, count(*) AS rows FROM r2p_para \gset
INSERT INTO bench_result VALUES
  ('floor: strpos(body, chr(1)) > 0',
   pg_temp.bench_ms($q$SELECT count(*) FROM r2p_para WHERE strpos(body, chr(1)) > 0$q$, :runs)),
  ('r2p_pillars(body) <> ''{}''',
   pg_temp.bench_ms($q$SELECT count(*) FROM r2p_para WHERE r2p_pillars(body) <> '{}'$q$, :runs)),
  ('r2p_relevant(body)',
   pg_temp.bench_ms($q$SELECT count(*) FROM r2p_para WHERE r2p_relevant(body)$q$, :runs)),
  ('r2p_pillars(body, r2p_context => true) <> ''{}''',
   pg_temp.bench_ms($q$SELECT count(*) FROM r2p_para WHERE r2p_pillars(body, true) <> '{}'$q$, :runs)),
  ('body ~* one regex of 40 cues',
   pg_temp.bench_ms(format($q$SELECT count(*) FROM r2p_para WHERE body ~* %L$q$, :cues40), :runs));
\echo
\echo '# r2p benchmark: paragraphs of the UN General Debate Corpus (medians of' :runs 'runs)'
SELECT :rows AS paragraphs, round(:mb::numeric, 1) AS mb;
SELECT what, round(ms::numeric, 1) AS median_ms,
       round((:mb / (ms / 1000))::numeric, 1) AS mb_per_s,
       round((ms / (SELECT ms FROM bench_result WHERE what LIKE 'floor%'))::numeric, 2) AS x_floor
FROM bench_result;
SQL
