-- The bundled example: Kazakhstan's statement in the General Assembly debate
-- on the responsibility to protect (2018), as extracted from the PDF.
\pset border 2
\set QUIET on
CREATE TABLE IF NOT EXISTS statement(id int PRIMARY KEY, body text);
\set content `cat :seedfile`
INSERT INTO statement VALUES (1, :'content') ON CONFLICT DO NOTHING;
\echo
\echo '  diplotext demo: the bundled statement (test/fixtures/seed_statement.txt)'
\echo '  ---------------------------------------------------------------------'
\echo '  As delivered (the first 14 of its lines): hard wraps, separator lines, a blank line'
\echo '  left by a page break in mid-sentence, and cp1252 mojibake in "todayâ€™s".'
SELECT n AS line, l AS "text as extracted from the PDF"
FROM statement, regexp_split_to_table(body, E'\n') WITH ORDINALITY AS t(l, n)
WHERE n <= 14;
SELECT length(body) AS characters,
       array_length(regexp_split_to_array(body, E'\n'), 1) AS lines
FROM statement;
