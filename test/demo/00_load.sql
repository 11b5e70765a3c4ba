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
SELECT length(body) AS characters,
       array_length(regexp_split_to_array(body, '\n'), 1) AS lines
FROM statement;
