SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- un_symbol_array: distinct and sorted; a GIN expression index answers @>.
SELECT un_symbol_array('A/72/884, S/RES/1674 (2006), A/72/9, resolution 1674 (2006) and A/72/884 again; A/72/10');
CREATE TABLE speech(id int PRIMARY KEY, body text);
INSERT INTO speech
SELECT g, CASE WHEN g % 100 = 0 THEN 'We examined the report (A/72/884) of the Secretary-General.'
               WHEN g % 7 = 0 THEN 'Recalling resolution 1674 (2006) and S/2018/525.'
               ELSE 'Nothing cited here, only 24/7 and and/or.' END
FROM generate_series(1, 3000) g;
CREATE INDEX speech_symbols ON speech USING gin (un_symbol_array(body));
ANALYZE speech;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM speech WHERE un_symbol_array(body) @> '{A/72/884}';
SELECT count(*) FROM speech WHERE un_symbol_array(body) @> '{A/72/884}';
SELECT count(*) FROM speech WHERE un_symbol_array(body) @> '{S/RES/1674}';
SELECT count(*) FROM speech WHERE un_symbol_array(body) && '{S/2018/525, A/72/884}';
RESET enable_seqscan;
DROP TABLE speech;
