#!/usr/bin/env bash
# Benchmark of r2p_pillars / r2p_relevant over the UN General Debate Corpus
# split into paragraphs (test/corpus/r2p_paragraphs.sql), next to the floor
# (strpos of a character that never occurs, on the same rows) and one
# case-insensitive regular expression of 40 cues, in RUNS (default 5) rounds: MB/s of
# the paragraphs' bytes; each ratio to the floor is taken within a round.  Never
# passes or fails.  Run by `make bench` (BENCH_ONLY=r2p make bench) inside a
# cluster with table ungdc loaded.
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
RUNS=${RUNS:-5}
psql -Xq -v ON_ERROR_STOP=1 -f "$TOP/test/corpus/r2p_paragraphs.sql" || exit 1
psql -X -q -v ON_ERROR_STOP=1 -v runs="$RUNS" <<'SQL'
SET max_parallel_workers_per_gather = 0;
SET jit = off;
-- The queries run in rounds, one after another in each round, so that the
-- load of the shared machine falls on all of them alike; a ratio to the floor
-- is taken within each round, and its median reported.
CREATE FUNCTION pg_temp.bench_rounds(what text[], q text[], runs int)
RETURNS TABLE(name text, round int, ms float8)
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
BEGIN
  FOR k IN 1 .. array_length(q, 1) LOOP
    EXECUTE q[k];                             -- warm the cache once
  END LOOP;
  FOR r IN 1 .. runs LOOP
    FOR k IN 1 .. array_length(q, 1) LOOP
      t0 := clock_timestamp();
      EXECUTE q[k];
      name := what[k];
      round := r;
      ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
      RETURN NEXT;
    END LOOP;
  END LOOP;
END $$;
-- 40 cues of the lexicon, as one case-insensitive alternation
\set cues40 '''(responsibility to protect|r2p|rtop|genocide|war crimes|ethnic cleansing|crimes against humanity|atrocity crimes|mass atrocities|primary responsibility|protect its population|protect their populations|sovereignty as responsibility|first pillar|second pillar|third pillar|capacity-building|capacity building|assist states|help states|international assistance|technical assistance|under stress|timely and decisive|manifestly fail|collective action|security council|chapter vii|use of force|military intervention|humanitarian intervention|regime change|sanctions|veto|international criminal court|commission of inquiry|good offices|preventive diplomacy|responsabilité de protéger|responsabilidad de proteger)'''
-- the regex is slow: it runs on a fixed 1/16 sample of the rows, and is
-- compared by MB/s
CREATE TEMP TABLE r2p_para_sample AS SELECT body FROM r2p_para WHERE (hashtext(body) & 15) = 0;
SELECT sum(octet_length(body))::float8 / 1e6 AS mb, count(*) AS rows FROM r2p_para \gset
SELECT sum(octet_length(body))::float8 / 1e6 AS smb, count(*) AS srows FROM r2p_para_sample \gset
CREATE TEMP TABLE bench_query(k int, name text, rows_ bigint, mb float8, q text);
INSERT INTO bench_query VALUES
  (1, 'floor: strpos(body, chr(1)) > 0', :rows, :mb,
   $q$SELECT count(*) FROM r2p_para WHERE strpos(body, chr(1)) > 0$q$),
  (2, 'r2p_relevant(body)', :rows, :mb,
   $q$SELECT count(*) FROM r2p_para WHERE r2p_relevant(body)$q$),
  (3, 'r2p_pillars(body) <> ''{}''', :rows, :mb,
   $q$SELECT count(*) FROM r2p_para WHERE r2p_pillars(body) <> '{}'$q$),
  (4, 'r2p_pillars(body, r2p_context => true) <> ''{}''', :rows, :mb,
   $q$SELECT count(*) FROM r2p_para WHERE r2p_pillars(body, true) <> '{}'$q$),
  (5, 'body ~* one regex of 40 cues (1/16 sample)', :srows, :smb,
   format($q$SELECT count(*) FROM r2p_para_sample WHERE body ~* %L$q$, :cues40));
CREATE TEMP TABLE bench_round AS
SELECT b.* FROM pg_temp.bench_rounds((SELECT array_agg(name ORDER BY k) FROM bench_query),
                                     (SELECT array_agg(q ORDER BY k) FROM bench_query), :runs) b;
\echo
\echo '# r2p benchmark: paragraphs of the UN General Debate Corpus,' :runs 'rounds (medians; x_floor_time: the median over the rounds of the time per MB against the floor in the same round)'
SELECT q.name AS what, q.rows_ AS rows, round(q.mb::numeric, 1) AS mb,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ms)::numeric, 1) AS median_ms,
       round((q.mb / (percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ms) / 1000))::numeric, 1) AS mb_per_s,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY (r.ms / q.mb) / (f.ms / fq.mb))::numeric, 2)
         AS x_floor_time
FROM bench_query q
JOIN bench_round r ON r.name = q.name
JOIN bench_round f ON f.round = r.round AND f.name = (SELECT name FROM bench_query WHERE k = 1)
CROSS JOIN (SELECT mb FROM bench_query WHERE k = 1) fq
GROUP BY q.k, q.name, q.rows_, q.mb
ORDER BY q.k;
SQL
