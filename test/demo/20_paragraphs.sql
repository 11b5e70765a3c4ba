-- paragraphs() and fix_text() on the bundled statement.
\pset border 2
\set QUIET on
\echo
\echo '  paragraphs(body): the statement as 8 clean paragraphs'
\echo '  (separator lines and blank lines from page breaks gone, lines unwrapped,'
\echo '   "todayâ€™s" repaired; start_pos/end_pos: the span in the original text)'
-- each paragraph wrapped at word boundaries to 80 columns, one row per line
SELECT CASE WHEN w.i = 1 THEN p.n::text ELSE '' END AS "#",
       CASE WHEN w.i = 1 THEN p.start_pos || '–' || p.end_pos ELSE '' END AS span,
       w.line[1] AS paragraph
FROM statement s, paragraphs(s.body) p,
     LATERAL regexp_matches(p.paragraph, '(\S.{0,78})(?:\s+|$)', 'g') WITH ORDINALITY AS w(line, i)
WHERE s.id = 1
ORDER BY p.n, w.i;
\echo
\echo '  A span points back into the original: paragraph 2 as it was extracted'
SELECT substr(s.body, p.start_pos, p.end_pos - p.start_pos) AS "original text of paragraph 2"
FROM statement s, paragraphs(s.body) p
WHERE s.id = 1 AND p.n = 2;
\echo
\echo '  fix_text(): the repair on its own'
SELECT v.input AS "input", fix_text(v.input) AS "fix_text(input)"
FROM (VALUES ('We hope that todayâ€™s discussion'),
             ('humanityâs age-old deprivation'),
             ('CÃ´te dâIvoire reiterates'),
             ('Kazakhstan’s clean text stays as it is')) v(input);
