#!/usr/bin/env bash
# Sanity report of the R2P classifier over the UN General Debate Corpus
# (1970-2017), split into paragraphs (test/corpus/r2p_paragraphs.sql): the
# share of R2P-relevant paragraphs per year, and property checks ("ok - ...").
# The General Assembly endorsed R2P at the 2005 World Summit: 2005 should
# stand out.  Run by `make corpus-check` inside a cluster with table ungdc.
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
psql -Xq -v ON_ERROR_STOP=1 -f "$TOP/test/corpus/r2p_paragraphs.sql" || exit 1
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE r2p_year AS
SELECT year, count(*) AS paragraphs,
       count(*) FILTER (WHERE rel) AS relevant,
       count(*) FILTER (WHERE 1 = ANY (pil)) AS p1,
       count(*) FILTER (WHERE 2 = ANY (pil)) AS p2,
       count(*) FILTER (WHERE 3 = ANY (pil)) AS p3,
       count(*) FILTER (WHERE named) AS named_r2p
FROM (SELECT year, r2p_relevant(body) AS rel, r2p_pillars(body) AS pil,
             body ~* '(responsibility to protect|responsabilit. de prot.ger|responsabilidad de proteger)' AS named
      FROM r2p_para) s
GROUP BY year;
\echo '# share of R2P-relevant paragraphs per year (per mille), and paragraphs with each pillar'
SELECT year, paragraphs, relevant,
       round(1000.0 * relevant / paragraphs, 2) AS relevant_per_mille,
       rpad('', (200.0 * relevant / paragraphs)::int, '#') AS bar,
       p1, p2, p3, named_r2p
FROM r2p_year ORDER BY year;

CREATE TEMP VIEW share AS
SELECT sum(relevant)::float8 / sum(paragraphs) AS s, min(year) AS y0, max(year) AS y1
FROM r2p_year;
SELECT (SELECT sum(relevant)::float8 / sum(paragraphs) FROM r2p_year WHERE year < 2000) AS pre2000,
       (SELECT sum(relevant)::float8 / sum(paragraphs) FROM r2p_year WHERE year BETWEEN 2000 AND 2004) AS y2000_2004,
       (SELECT sum(relevant)::float8 / sum(paragraphs) FROM r2p_year WHERE year = 2005) AS y2005,
       (SELECT sum(relevant)::float8 / sum(paragraphs) FROM r2p_year WHERE year >= 2005) AS since2005
\gset
\echo '# relevant share: before 2000' :pre2000 ', 2000-2004' :y2000_2004 ', 2005' :y2005 ', 2005-2017' :since2005
SELECT CASE WHEN :since2005 > :pre2000 THEN 'ok' ELSE 'not ok' END
       || ' - relevant share 2005-2017 > before 2000 ('
       || round(1000 * :since2005::numeric, 2) || ' vs ' || round(1000 * :pre2000::numeric, 2) || ' per mille)' AS "#";
SELECT CASE WHEN :y2005 > 1.5 * :y2000_2004 THEN 'ok' ELSE 'not ok' END
       || ' - 2005 stands out: its share is more than 1.5 x that of 2000-2004 ('
       || round(1000 * :y2005::numeric, 2) || ' vs ' || round(1000 * :y2000_2004::numeric, 2) || ' per mille)' AS "#";
-- The term (ICISS, 2001) and its endorsement (2005) show in the counted cues.
SELECT (count(*) FILTER (WHERE year < 2001 AND n))::float8 / count(*) FILTER (WHERE year < 2001) AS named_before,
       (count(*) FILTER (WHERE year >= 2005 AND n))::float8 / count(*) FILTER (WHERE year >= 2005) AS named_since
FROM (SELECT year, EXISTS (SELECT FROM r2p_evidence(body) e
                           WHERE e.weight >= 1 AND e.pillar IS NULL
                             AND lower(e.cue) ~ '^(responsibility to protect|r2p|rtop|responsabilit. de prot.ger|responsabilidad de proteger)$') AS n
      FROM r2p_para) s \gset
SELECT CASE WHEN :named_since > 10 * :named_before THEN 'ok' ELSE 'not ok' END
       || ' - R2P named (a counted cue) in 2005-2017 more than 10 x as often as before 2001 ('
       || round(1000 * :named_since::numeric, 3) || ' vs ' || round(1000 * :named_before::numeric, 3) || ' per mille)' AS "#";

-- Paragraphs that name R2P are relevant, but for the hard negatives.
SELECT count(*) AS named, count(*) FILTER (WHERE r2p_relevant(body)) AS named_relevant
FROM r2p_para WHERE body ~* 'responsibility to protect' \gset
SELECT CASE WHEN :named_relevant >= 0.9 * :named THEN 'ok' ELSE 'not ok' END
       || ' - paragraphs naming the responsibility to protect are relevant: ' || :named_relevant || ' of ' || :named AS "#";

-- Context only adds: relevant stays relevant, with the same pillars.
SELECT CASE WHEN count(*) = 0 THEN 'ok' ELSE 'not ok' END
       || ' - r2p_context never removes relevance or changes the pillars of a relevant paragraph: '
       || count(*) || ' exceptions' AS "#"
FROM r2p_para
WHERE r2p_relevant(body) AND (NOT r2p_relevant(body, true) OR r2p_pillars(body) <> r2p_pillars(body, true));

-- Evidence spans are the passage's own words; case does not matter.
SELECT CASE WHEN count(*) FILTER (WHERE substr(p.body, e.start_pos, e.end_pos - e.start_pos) <> e.cue) = 0
            THEN 'ok' ELSE 'not ok' END
       || ' - every evidence span of the relevant paragraphs reads its cue: ' || count(*) || ' cues checked' AS "#"
FROM r2p_para p, r2p_evidence(p.body) e WHERE r2p_relevant(p.body);
SELECT CASE WHEN count(*) FILTER (WHERE r2p_pillars(upper(body)) <> r2p_pillars(body)
                                     OR r2p_relevant(lower(body)) <> r2p_relevant(body)) = 0
            THEN 'ok' ELSE 'not ok' END
       || ' - upper and lower case give the same result (paragraphs with a cue of R2P or the crimes: '
       || count(*) || ')' AS "#"
FROM r2p_para WHERE body ~* '(protect|genocid|atrocit|crimes|pillar|securit)';
SQL
