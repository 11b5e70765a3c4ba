#!/usr/bin/env bash
# Property check of paragraphs() over every speech of the UN General Debate
# Corpus (table ungdc, loaded by test/corpus/run.sh).  The detectors below are
# written from the furniture grammar and the mojibake forms of
# ../shared/reference/un-text.md, independently of the cleaner's own code
# (they are regular expressions over the output, not its line classifier).
# Targets (issue 4): furniture < 0.05 %, mojibake < 0.05 %, sentence cuts
# < 0.5 % of boundaries, 200,000 <= paragraphs <= 300,000.
set -u
psql -X -q -v ON_ERROR_STOP=1 -P footer=off <<'SQL'
\timing on
CREATE TEMP TABLE para AS
SELECT u.file, p.n, p.paragraph, p.start_pos, p.end_pos, length(u.body) AS doc_len
FROM ungdc u, paragraphs(u.body) p;
\timing off
-- The detectors, written once from un-text.md §2 and §5.
CREATE FUNCTION pg_temp.has_furniture(t text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$
  SELECT t ~ '\m\d{1,3}/\d{1,3}\s+\d{2}-\d{5}\M'            -- 30/51 15-29431
      OR t ~ '\m\d{2}-\d{5}\s+\d{1,3}/\d{1,3}\M'            -- 15-29431 31/51
      OR t ~ '\m\d{1,3}\s+\d{2}-\d{5}\M'                     -- 17 08-51570
      OR t ~ '\m\d{2}-\d{5}\s+\d{1,3}\M'                     -- 08-51570 17
      OR t ~ '\m\d{2}-\d{5}\s*\(E\)'                         -- 17-29597 (E)
      OR t ~ '\*\d{7,8}\*'                                    -- barcode
      OR t ~ '\d{2}/\d{2}/\d{4}\s+[AS]/(\d+/)?PV\.\d+'        -- 29/09/2015 A/70/PV.16
      OR t ~ '[AS]/(\d+/)?PV\.\d+\s+\d{2}/\d{2}/\d{4}'        -- A/70/PV.16 29/09/2015
      OR t ~ '\f'
      OR t ~ 'This record contains the text of speeches'
      OR t ~ 'Accessible document\s+Please recycle' $$;
CREATE FUNCTION pg_temp.has_mojibake(t text) RETURNS bool LANGUAGE sql IMMUTABLE AS $$
  SELECT t ~ 'â€|â\u0080'                                     -- â€™ â€œ â€” (cp1252 / latin-1)
      OR t ~ '[ÃÂ][\u0080-\u00BF\u2018-\u203A\u20AC\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC]'
      OR t ~ '[a-z]â(s|t|ll|re|ve|d|m)\M'                      -- humanityâs
      OR t ~ 'dâ[A-Z]'                                          -- dâIvoire
      OR t ~ '[\u0080-\u009F\uFFFD]' $$;
CREATE TEMP TABLE flags AS
SELECT file, n, paragraph, pg_temp.has_furniture(paragraph) AS furniture, pg_temp.has_mojibake(paragraph) AS mojibake
FROM para;
CREATE TEMP TABLE bounds AS
SELECT file, n,
       paragraph ~ '[a-z,]$' AND lead(paragraph) OVER w ~ '^[a-z]' AS cut,
       lead(paragraph) OVER w IS NOT NULL AS is_boundary,
       start_pos >= coalesce(lag(end_pos) OVER w, 1) AND start_pos < end_pos AND end_pos <= doc_len + 1 AS span_ok
FROM para WINDOW w AS (PARTITION BY file ORDER BY n);

\pset format unaligned
\pset tuples_only on
SELECT format('# %s speeches, %s paragraphs (%s per speech), %s boundaries',
              (SELECT count(*) FROM ungdc), count(*), round(count(*)::numeric / (SELECT count(*) FROM ungdc), 1),
              (SELECT count(*) FILTER (WHERE is_boundary) FROM bounds))
FROM para;
WITH m AS (
  SELECT (SELECT count(*) FROM para) AS paras,
         (SELECT count(*) FILTER (WHERE furniture) FROM flags) AS furn,
         (SELECT count(*) FILTER (WHERE mojibake) FROM flags) AS moji,
         (SELECT count(*) FILTER (WHERE cut) FROM bounds) AS cuts,
         (SELECT count(*) FILTER (WHERE is_boundary) FROM bounds) AS nb,
         (SELECT count(*) FILTER (WHERE NOT span_ok) FROM bounds) AS bad_spans,
         (SELECT count(*) FROM ungdc u WHERE NOT EXISTS (SELECT 1 FROM para p WHERE p.file = u.file)
             AND u.body ~ '[[:alpha:]]') AS empty_speeches)
SELECT concat_ws(E'\n',
  format('%s - paragraphs still holding page furniture: %s of %s = %s%% (target < 0.05%%)',
         CASE WHEN furn * 2000 < paras THEN 'ok' ELSE 'not ok' END, furn, paras, round(100.0 * furn / paras, 4)),
  format('%s - paragraphs still holding mojibake: %s of %s = %s%% (target < 0.05%%)',
         CASE WHEN moji * 2000 < paras THEN 'ok' ELSE 'not ok' END, moji, paras, round(100.0 * moji / paras, 4)),
  format('%s - boundaries cutting a sentence: %s of %s = %s%% (target < 0.5%%)',
         CASE WHEN cuts * 200 < nb THEN 'ok' ELSE 'not ok' END, cuts, nb, round(100.0 * cuts / nb, 4)),
  format('%s - paragraph count %s (target 200,000 to 300,000)',
         CASE WHEN paras BETWEEN 200000 AND 300000 THEN 'ok' ELSE 'not ok' END, paras),
  format('%s - spans increasing and within the speech: %s bad', CASE WHEN bad_spans = 0 THEN 'ok' ELSE 'not ok' END, bad_spans),
  format('%s - every speech with text gives paragraphs: %s without', CASE WHEN empty_speeches = 0 THEN 'ok' ELSE 'not ok' END, empty_speeches))
FROM m;
-- informational (no target): the cut rule above is also the cleaner's join
-- rule, so it measures forced breaks only; these two look the other way
SELECT format('# info: boundaries after a paragraph ending without a sentence end ([a-z,]$): %s of %s = %s%%',
              count(*) FILTER (WHERE is_boundary AND p.paragraph ~ '[a-z,]$'), count(*) FILTER (WHERE is_boundary),
              round(100.0 * count(*) FILTER (WHERE is_boundary AND p.paragraph ~ '[a-z,]$') / count(*) FILTER (WHERE is_boundary), 4))
FROM bounds b JOIN para p USING (file, n);
SELECT format('# info: paragraph length in characters: median %s, 99th percentile %s, longer than 5,000: %s (%s%%)',
              percentile_disc(0.5) WITHIN GROUP (ORDER BY length(paragraph)),
              percentile_disc(0.99) WITHIN GROUP (ORDER BY length(paragraph)),
              count(*) FILTER (WHERE length(paragraph) > 5000),
              round(100.0 * count(*) FILTER (WHERE length(paragraph) > 5000) / count(*), 3))
FROM para;
-- the detectors do fire on the raw text (a check of the detectors themselves)
SELECT format('# detectors on the raw speeches: furniture in %s, mojibake in %s of %s speeches',
              count(*) FILTER (WHERE pg_temp.has_furniture(body)), count(*) FILTER (WHERE pg_temp.has_mojibake(body)), count(*))
FROM ungdc;
-- examples, for review of the detectors and of the cleaner
SELECT '# furniture e.g. ' || file || ' #' || n || ': ' || substring(paragraph from '.{0,40}(?:\d{2}-\d{5}|PV\.\d+|\f|This record|\*\d{7,8}\*).{0,30}')
FROM flags WHERE furniture ORDER BY file, n LIMIT 8;
SELECT '# mojibake e.g. ' || file || ' #' || n || ': ' || substring(paragraph from '.{0,30}(?:â|Ã|Â|[\u0080-\u009F\uFFFD]).{0,20}')
FROM flags WHERE mojibake ORDER BY file, n LIMIT 8;
SELECT '# cut e.g. ' || b.file || ' #' || b.n || ': ...' || right(p.paragraph, 40) || ' | ' || left(q.paragraph, 40) || '...'
FROM bounds b JOIN para p USING (file, n) JOIN para q ON q.file = b.file AND q.n = b.n + 1
WHERE b.cut ORDER BY b.file, b.n LIMIT 8;
SQL
