-- unsymbol hashing: hash join, hash aggregate, agreement of equality and
-- hash, hash_extended, and a hash that spreads.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

-- 20,000 distinct symbols of several shapes
CREATE TEMP TABLE dist AS
SELECT s::unsymbol AS s FROM (
  SELECT 'A/' || ses || '/' || n AS s FROM generate_series(40, 79) ses, generate_series(1, 250) n
  UNION ALL SELECT 'S/' || y || '/' || n FROM generate_series(1994, 2018) y, generate_series(1, 200) n
  UNION ALL SELECT 'E/CN.4/' || y || '/L.' || n FROM generate_series(1990, 2004) y, generate_series(1, 100) n
  UNION ALL SELECT 'S/RES/' || n FROM generate_series(1, 2811) n
  UNION ALL SELECT 'A/C.3/72/L.' || n || '/Rev.' || r FROM generate_series(1, 27) n, generate_series(1, 7) r
  UNION ALL SELECT 'A/RES/' || n || ' (' || (ARRAY['I','II','III','IV','V'])[1 + n % 5] || ')' FROM generate_series(1, 811) n
) x;
SELECT count(*) AS symbols, count(DISTINCT s) AS distinct_symbols FROM dist;
-- collisions of the 32-bit hash among 20,000 distinct symbols (a good hash
-- gives about 20000^2 / 2^33 = 0.05 expected collisions)
SELECT count(*) - count(DISTINCT unsymbol_hash(s)) AS collisions,
       count(*) - count(DISTINCT unsymbol_hash(s)) <= 3 AS spreads,
       count(DISTINCT unsymbol_hash(s) & 1023) = 1024 AS fills_1024_buckets,
       count(*) - count(DISTINCT unsymbol_hash_extended(s, 42)) <= 3 AS extended_spreads
FROM dist;

-- hash_extended with seed 0 agrees with hash in its low 32 bits
SELECT count(*) AS disagree FROM dist
WHERE (unsymbol_hash_extended(s, 0) & 4294967295) <> (unsymbol_hash(s)::int8 & 4294967295);
-- the seed matters
SELECT count(*) AS seed_ignored FROM dist WHERE unsymbol_hash_extended(s, 0) = unsymbol_hash_extended(s, 1);

-- equal values hash alike, whatever their spelling
SELECT count(*) AS hash_mismatch
FROM (VALUES ('S/RES/1674', 'S/RES/1674 (2006)'), ('a/res/60/1', 'A/RES/60/1'),
             ('A/RES/217A (III)', 'A/RES/217 A (III)'), ('ST/AI/2001/5*', 'ST/AI/2001/5'),
             ('S/RES/2812', 'S/RES/2812 (2026)')) v(a, b)
WHERE a::unsymbol = b::unsymbol AND unsymbol_hash(a::unsymbol) <> unsymbol_hash(b::unsymbol);

-- hash join
CREATE TEMP TABLE cited(s unsymbol);
INSERT INTO cited VALUES ('S/RES/1674'), ('s/res/1674(2006)'), ('A/40/7'), ('A/RES/60/1'), ('S/2000/7');
ANALYZE dist; ANALYZE cited;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT d.s FROM dist d JOIN cited c ON c.s = d.s;
SELECT d.s, count(*) FROM dist d JOIN cited c ON c.s = d.s GROUP BY d.s ORDER BY d.s;
RESET enable_mergejoin; RESET enable_nestloop;

-- hash aggregate
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM cited GROUP BY s;
SELECT s, count(*) FROM cited GROUP BY s ORDER BY s;
SELECT count(*) AS groups FROM (SELECT s FROM dist GROUP BY s) g;
RESET enable_sort;

-- a hash index, and hash partitioning
CREATE TEMP TABLE part(s unsymbol) PARTITION BY HASH (s);
CREATE TEMP TABLE part0 PARTITION OF part FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TEMP TABLE part1 PARTITION OF part FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO part SELECT s FROM dist;
SELECT count(*) > 9000 AND count(*) < 11000 AS balanced FROM part0;
SELECT (SELECT tableoid::regclass FROM part WHERE s = 'S/RES/1674') = (SELECT tableoid::regclass FROM part WHERE s = 'S/RES/1674 (2006)') AS same_partition;
