-- R2P pillars of the bundled statement's paragraphs (issue 5), as cut out
-- by paragraphs() (issue 4).
\pset border 2
\set QUIET on
\echo
\echo '  R2P: which pillars of the responsibility to protect each paragraph refers to'
\echo '  (1 State responsibility, 2 international assistance, 3 timely and decisive response)'
\echo '  ------------------------------------------------------------------------------------'
CREATE TEMP TABLE r2p_para AS
SELECT p.n AS para, p.paragraph AS body
FROM statement, paragraphs(statement.body) p
WHERE statement.id = 1;

CREATE FUNCTION pg_temp.r2p_label(p text, ctx boolean DEFAULT false) RETURNS text
LANGUAGE sql AS $$
  SELECT CASE WHEN NOT r2p_relevant(p, ctx) THEN 'none'
              WHEN r2p_pillars(p, ctx) = '{}' THEN 'general'
              ELSE array_to_string(r2p_pillars(p, ctx), ',') END $$;

SELECT para AS "¶",
       left(body, 58) || CASE WHEN length(body) > 58 THEN '…' ELSE '' END AS "opening",
       pg_temp.r2p_label(body) AS "pillars",
       pg_temp.r2p_label(body, true) AS "in an R2P debate"
FROM r2p_para ORDER BY para;

\echo '  Why: r2p_evidence(body, r2p_context => true), the cues that counted'
\echo '  (pillar empty: a general R2P cue; weight below 0: a frame that suppressed a reading;'
\echo '  cues nested in a longer cue of the same pillar are left out here for brevity)'
WITH e AS (
  SELECT p.para, e.* FROM r2p_para p, r2p_evidence(p.body, r2p_context => true) e)
SELECT para AS "¶", pillar, cue, start_pos AS "from", end_pos AS "to", weight
FROM e
WHERE NOT EXISTS (SELECT FROM e AS o
                  WHERE o.para = e.para AND o.pillar IS NOT DISTINCT FROM e.pillar
                    AND o.start_pos <= e.start_pos AND o.end_pos >= e.end_pos
                    AND (o.start_pos, o.end_pos) <> (e.start_pos, e.end_pos))
ORDER BY para, start_pos, end_pos;

\echo '  Paragraph 4, highlighted with r2p_highlight(body, ''StartSel=[, StopSel=]''):'
\pset format wrapped
\pset columns 100
SELECT r2p_highlight(body, 'StartSel=[, StopSel=]') AS "paragraph 4"
FROM r2p_para WHERE para = 4;
\pset format aligned
