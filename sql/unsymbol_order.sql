-- unsymbol ordering: component by component, numbers as numbers, number
-- before letters within a component, Roman numerals as numbers, regular
-- sessions before emergency special (ES-) before special (S-) sessions.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

-- the issue's example chain
SELECT 'A/72/9'::unsymbol < 'A/72/10' AS a, 'A/72/10'::unsymbol < 'A/72/884' AS b,
       'A/72/884'::unsymbol < 'A/72/884/Add.1' AS c,
       'A/72/884/Add.1'::unsymbol < 'A/72/884/Add.1/Corr.1' AS d;

-- a shuffled list sorted; the expected position is in the second column
CREATE TEMP TABLE sym(s unsymbol, pos int);
INSERT INTO sym VALUES
 ('A/RES/S-26/2', 19), ('A/72/884/Add.1', 7), ('A/72/9', 3), ('A/72/884', 5),
 ('A/9601', 11), ('A/72/10', 4), ('A/72/884/Add.10', 9), ('A/72/884/Add.2', 8),
 ('A/72/884 (Vol. I)', 6), ('A/RES/217 A (III)', 17), ('A/RES/ES-10/1', 18),
 ('A/RES/217 (III)', 16), ('A/72/884/Corr.1', 10), ('A/RES/60/1', 15),
 ('A/C.3/72/L.1', 12), ('A/7/1', 1), ('A/9/1', 2), ('A/CN.4/317', 13), ('A/HRC/RES/5/1', 14),
 ('E/2018/34', 20), ('S/2018/525', 22), ('S/RES/242 (1967)', 25), ('S/RES/1674', 26),
 ('S/PRST/2015/19', 24), ('S/24111', 23), ('E/CN.4/2005/L.11', 21), ('ST/AI/189/Add.9', 27);
SELECT row_number() OVER (ORDER BY s) AS rank, s, pos FROM sym ORDER BY s;
SELECT count(*) AS misplaced FROM (SELECT pos, row_number() OVER (ORDER BY s) AS r FROM sym) x WHERE pos <> r;
-- descending order is the exact reverse
SELECT array_agg(s ORDER BY s DESC) = (SELECT array_agg(s ORDER BY pos DESC) FROM sym) AS desc_ok FROM sym;

-- Roman numerals compare as numbers: (IX) < (X) < (XL) < (L)
SELECT array_agg(s ORDER BY s) AS roman
FROM unnest('{"A/RES/3201 (L)","A/RES/3201 (X)","A/RES/3201 (IX)","A/RES/3201 (XL)","A/RES/3201 (S-VI)","A/RES/3201 (ES-V)"}'::unsymbol[]) s;
-- volumes and parts too
SELECT array_agg(s ORDER BY s) AS volumes
FROM unnest('{"A/CONF.151/26 (Vol. IV)","A/CONF.151/26 (Vol. II)","A/CONF.151/26 (Vol. X)","A/CONF.151/26"}'::unsymbol[]) s;
-- number before letters in one component; shorter word first
SELECT array_agg(s ORDER BY s) AS mixed
FROM unnest('{A/CN.4/1,A/C.3/72/L.1,A/72/1,A/C.1/72/L.1,A/AC.105/1,A/RES/1/1}'::unsymbol[]) s;

-- the six comparison operators agree with unsymbol_cmp
SELECT a, b, unsymbol_cmp(a, b) AS cmp, a < b AS lt, a <= b AS le, a = b AS eq,
       a <> b AS ne, a >= b AS ge, a > b AS gt
FROM (VALUES ('A/72/9'::unsymbol, 'A/72/10'::unsymbol), ('S/RES/1674', 'S/RES/1674 (2006)'),
             ('A/RES/S-26/2', 'A/RES/60/1')) v(a, b);

-- min / max aggregates
SELECT min(s), max(s) FROM sym;
SELECT min(s) AS min_of_none FROM sym WHERE false;

-- sorting a larger set agrees with pairwise comparison
CREATE TEMP TABLE many AS
SELECT ('A/' || ses || '/' || n)::unsymbol AS s FROM generate_series(40, 79) ses, generate_series(1, 50) n;
SELECT count(*) AS out_of_order
FROM (SELECT s, lead(s) OVER (ORDER BY s) AS nxt FROM many) x WHERE nxt IS NOT NULL AND NOT s < nxt;
-- a varied set (numbers whose bytes look like tags, words, sessions, parts):
-- the sort (abbreviated keys) agrees with the comparison operator
CREATE TEMP TABLE varied AS
SELECT s::unsymbol AS s FROM (
  SELECT 'A/' || ses || '/' || n AS s FROM generate_series(1, 80) ses, generate_series(30, 130) n
  UNION ALL SELECT 'S/' || y || '/' || n FROM generate_series(1994, 2000) y, generate_series(1, 300) n
  UNION ALL SELECT 'S/RES/' || n FROM generate_series(1, 2811) n
  UNION ALL SELECT 'A/RES/' || n || ' ' || chr(65 + n % 3) || ' (' || (ARRAY['I','II','III','IV','V'])[1 + n % 5] || ')' FROM generate_series(1, 900) n
  UNION ALL SELECT 'A/RES/' || (ARRAY['S-','ES-',''])[1 + n % 3] || (n % 40) || '/' || n FROM generate_series(1, 900) n
  UNION ALL SELECT 'E/CN.4/Sub.2/' || y || '/L.' || n || '/Add.' || (n % 5) FROM generate_series(1980, 1990) y, generate_series(1, 60) n
  UNION ALL SELECT 'HR/PUB/' || lpad(n::text, 1 + n % 3, '0') || '/' || n FROM generate_series(1, 300) n
) x ORDER BY md5(s);
SELECT count(*) AS varied_rows,
       count(*) FILTER (WHERE nxt IS NOT NULL AND NOT s < nxt) AS out_of_order
FROM (SELECT s, lead(s) OVER (ORDER BY s) AS nxt FROM varied) x;
SELECT count(*) AS desc_out_of_order
FROM (SELECT s, lead(s) OVER (ORDER BY s DESC) AS nxt FROM varied) x WHERE nxt IS NOT NULL AND NOT s > nxt;
-- an index build sorts too, and finds every row
CREATE INDEX varied_s ON varied (s);
SET enable_seqscan = off;
SELECT count(*) AS found FROM varied v WHERE EXISTS (SELECT 1 FROM varied w WHERE w.s = v.s);
RESET enable_seqscan;
SELECT (array_agg(s ORDER BY s))[1:3] AS first3, (array_agg(s ORDER BY s DESC))[1:2] AS last2 FROM many;

-- merge join uses the order
SET enable_hashjoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many a JOIN many b ON a.s = b.s;
SELECT count(*) AS merged FROM many a JOIN many b ON a.s = b.s;
RESET enable_hashjoin; RESET enable_nestloop;
