SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Regression test: the seed statement (test/fixtures/seed_statement.txt, as
-- extracted from the PDF) gives exactly its 8 paragraphs, as written.
\set content `cat test/fixtures/seed_statement.txt`
CREATE TEMP TABLE seed AS SELECT :'content'::text AS body;
SELECT count(*) AS paragraphs FROM seed, paragraphs(body);
-- every paragraph, its span, and its first and last words
SELECT n, start_pos, end_pos, length(paragraph) AS len,
       left(paragraph, 40) AS starts, right(paragraph, 30) AS ends
FROM seed, paragraphs(body) ORDER BY n;
-- the full text of the first paragraph: unwrapped, mojibake repaired
SELECT paragraph FROM seed, paragraphs(body) WHERE n = 1;
SELECT paragraph FROM seed, paragraphs(body) WHERE n = 2;
-- "today’s" is repaired (U+2019), no mojibake is left anywhere
SELECT bool_or(paragraph LIKE '%today’s discussion%') AS today_repaired,
       bool_and(paragraph !~ '[âÃ€]') AS no_mojibake,
       bool_and(paragraph !~ '\n|  |===') AS unwrapped
FROM seed, paragraphs(body);
-- spans point into the original: the span starts with the paragraph's first
-- word and ends with its last one; separator lines are outside every span
SELECT n,
       left(regexp_replace(substr(body, start_pos, end_pos - start_pos), '\s+', ' ', 'g'), 20) = left(paragraph, 20) AS start_ok,
       right(substr(body, start_pos, end_pos - start_pos), 10) = right(paragraph, 10) AS end_ok,
       position('====' in substr(body, start_pos, end_pos - start_pos)) = 0 AS no_separator
FROM seed, paragraphs(body) ORDER BY n;
-- as written: each paragraph is exactly its span, unwrapped (every run of
-- white space one space, blank lines inside it gone) and repaired
SELECT n, paragraph = fix_text(regexp_replace(substr(body, start_pos, end_pos - start_pos), '\s+', ' ', 'g')) AS as_written
FROM seed, paragraphs(body) ORDER BY n;
-- spans are in order and do not overlap
SELECT bool_and(start_pos < end_pos) AS nonempty,
       bool_and(start_pos >= coalesce(prev_end, 1)) AS ordered
FROM (SELECT start_pos, end_pos, lag(end_pos) OVER (ORDER BY n) AS prev_end
      FROM seed, paragraphs(body)) s;
