-- unsymbol indexes: btree (equality, ranges, ORDER BY), hash, and GIN on
-- unsymbol[] (array_ops).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

CREATE TEMP TABLE docs(id int, s unsymbol);
INSERT INTO docs SELECT n, ('A/72/' || n)::unsymbol FROM generate_series(1, 2000) n;
INSERT INTO docs SELECT 3000 + n, ('S/RES/' || n)::unsymbol FROM generate_series(2000, 2811) n;
INSERT INTO docs VALUES (9001, 'A/72/884/Add.1'), (9002, 'A/72/884/Add.1/Corr.1');
CREATE INDEX docs_s_btree ON docs (s);
ANALYZE docs;
SET enable_seqscan = off;

EXPLAIN (COSTS OFF) SELECT id FROM docs WHERE s = 'S/RES/2254';
SELECT id, s FROM docs WHERE s = 'S/RES/2254';
SELECT id, s FROM docs WHERE s = 'S/RES/2254 (2015)';

EXPLAIN (COSTS OFF) SELECT s FROM docs WHERE s >= 'A/72/884' AND s < 'A/72/885';
SELECT s FROM docs WHERE s >= 'A/72/884' AND s < 'A/72/885' ORDER BY s;

EXPLAIN (COSTS OFF) SELECT s FROM docs ORDER BY s DESC LIMIT 3;
SELECT s FROM docs ORDER BY s DESC LIMIT 3;
EXPLAIN (COSTS OFF) SELECT min(s), max(s) FROM docs;
SELECT min(s), max(s) FROM docs;

-- a unique index treats spellings of one document as duplicates
CREATE TEMP TABLE uniq(s unsymbol UNIQUE);
INSERT INTO uniq VALUES ('S/RES/1674');
INSERT INTO uniq VALUES ('S/RES/1674 (2006)');

-- hash index
CREATE INDEX docs_s_hash ON docs USING hash (s);
DROP INDEX docs_s_btree;
EXPLAIN (COSTS OFF) SELECT id FROM docs WHERE s = 'A/72/9';
SELECT id FROM docs WHERE s = 'A/72/9';

-- GIN over unsymbol[] with the default array_ops
CREATE TEMP TABLE cites(id int, syms unsymbol[]);
INSERT INTO cites SELECT n, ARRAY[('A/72/' || n)::unsymbol, ('S/RES/' || (2000 + n % 800))::unsymbol]
FROM generate_series(1, 2000) n;
INSERT INTO cites VALUES (5000, '{A/72/884, "S/RES/1674 (2006)", A/RES/60/1}');
CREATE INDEX cites_gin ON cites USING gin (syms);
ANALYZE cites;
EXPLAIN (COSTS OFF) SELECT id FROM cites WHERE syms @> '{A/RES/60/1}';
SELECT id FROM cites WHERE syms @> '{A/RES/60/1}';
SELECT id FROM cites WHERE syms @> '{S/RES/1674}' ORDER BY id;
SELECT count(*) AS overlapping FROM cites WHERE syms && '{S/RES/2010,S/RES/2011}';
EXPLAIN (COSTS OFF) SELECT id FROM cites WHERE syms && '{S/RES/2010}';
RESET enable_seqscan;
