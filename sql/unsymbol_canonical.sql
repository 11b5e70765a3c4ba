-- unsymbol canonical form: every spelling users and texts have gives one
-- canonical text (un-symbols.md, "Canonical form").
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

CREATE TEMP TABLE spelling(input text, expected text);
INSERT INTO spelling VALUES
 -- letter case, keyword case
 ('a/res/60/1',                  'A/RES/60/1'),
 ('A/C.3/72/L.1/REV.1',          'A/C.3/72/L.1/Rev.1'),
 ('e/cn.4/SUB.2/ac.2/1987/wp.4/ADD.1', 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1'),
 ('a/cn.4/317/add.1/corr.1',     'A/CN.4/317/Add.1/Corr.1'),
 ('S/9427/AMEND.1',              'S/9427/Amend.1'),
 ('ccpr/c/gc/r.36',              'CCPR/C/GC/R.36'),
 -- stray spaces (and line breaks) inside the symbol
 ('S/RES /1019(1995)',           'S/RES/1019 (1995)'),
 ('CCPR /C/GC/36',               'CCPR/C/GC/36'),
 ('CCPR/C/GC/R. 36',             'CCPR/C/GC/R.36'),
 (E'FCCC\n/CP/2015/L.9',         'FCCC/CP/2015/L.9'),
 (E'ST/PSCA/1/Add.\n21',         'ST/PSCA/1/Add.21'),
 ('  A/72/884  ',                'A/72/884'),
 (E'ES\u201111/1',               'ERROR'),
 (E'A/RES/ES\u201111/1',         'A/RES/ES-11/1'),
 (E'A/RES/32/40\u00a0B',         'A/RES/32/40 B'),
 -- with or without the space before a parenthetical
 ('S/RES/1674(2006)',            'S/RES/1674 (2006)'),
 ('S/RES/1674 (2006)',           'S/RES/1674 (2006)'),
 ('S/RES/2811(2025)',            'S/RES/2811 (2025)'),
 ('A/RES/491(V)',                'A/RES/491 (V)'),
 ('A/CONF.151/26 (Vol.I)',       'A/CONF.151/26 (Vol. I)'),
 ('A/CONF.151/26 (Vol I)',       'A/CONF.151/26 (Vol. I)'),
 ('A/CONF.151/26(vol. iv)',      'A/CONF.151/26 (Vol. IV)'),
 ('E/2018/34 (part 2)',          'E/2018/34 (Part II)'),
 ('S/PV.5319(resumption 1)',     'S/PV.5319 (Resumption 1)'),
 ('s/pv.785 (Closed)',           'S/PV.785 (closed)'),
 -- part letters
 ('A/RES/217A (III)',            'A/RES/217 A (III)'),
 ('A/RES/217 A(III)',            'A/RES/217 A (III)'),
 ('A/RES/69/274A',               'A/RES/69/274 A'),
 ('a/res/68/247 b',              'A/RES/68/247 B'),
 -- the reissue asterisk
 ('ST/AI/2001/5*',               'ST/AI/2001/5'),
 ('A/65/L.78*',                  'A/65/L.78'),
 ('A/RES/217 A* (III)',          'A/RES/217 A (III)'),
 -- Security Council resolutions: the year from the number
 ('S/RES/1674',                  'S/RES/1674 (2006)'),
 ('S/RES/1732',                  'S/RES/1732 (2006)'),
 ('s/res/242',                   'S/RES/242 (1967)'),
 ('S/RES/1',                     'S/RES/1 (1946)'),
 -- beyond the table's end: the year from the input
 ('S/RES/2812(2026)',            'S/RES/2812 (2026)'),
 ('S/RES/2812',                  'S/RES/2812');

SELECT input, expected,
       coalesce(to_unsymbol(input)::text, 'ERROR') AS got,
       coalesce(to_unsymbol(input)::text, 'ERROR') = expected AS ok
FROM spelling;
SELECT count(*) AS wrong FROM spelling WHERE coalesce(to_unsymbol(input)::text, 'ERROR') <> expected;

-- the canonical text is a fixed point and keeps the value
SELECT count(*) AS unstable FROM spelling
WHERE expected <> 'ERROR'
  AND (expected::unsymbol::text <> expected OR expected::unsymbol <> input::unsymbol);

-- SC resolutions are identified by their number: equal, hash alike, print alike
SELECT a::unsymbol = b::unsymbol AS equal,
       unsymbol_hash(a::unsymbol) = unsymbol_hash(b::unsymbol) AS same_hash,
       a::unsymbol::text = b::unsymbol::text AS same_text
FROM (VALUES ('S/RES/1674', 'S/RES/1674(2006)'),
             ('S/RES/1674', 'S/RES/1674 (2006)'),
             ('S/RES/1674(2006)', 's/res /1674 (2006)')) v(a, b);
-- beyond the table the year is not part of identity either (a later table
-- update changes no equality, order or hash)
SELECT 'S/RES/2812'::unsymbol = 'S/RES/2812 (2026)' AS equal,
       unsymbol_hash('S/RES/2812') = unsymbol_hash('S/RES/2812 (2026)') AS same_hash;
-- every SC resolution of the table prints with the year of its row
SELECT count(*) AS resolutions,
       count(*) FILTER (WHERE ('S/RES/' || n)::unsymbol::text ~ '^S/RES/[0-9]+ \((19[4-9][0-9]|20[0-2][0-9])\)$') AS with_year,
       min(unsymbol_year(('S/RES/' || n)::unsymbol)) AS first_year,
       max(unsymbol_year(('S/RES/' || n)::unsymbol)) AS last_year
FROM generate_series(1, 2811) n;
-- anchors from the gazetteer
SELECT ('S/RES/' || n)::unsymbol AS sym FROM unnest('{15,16,1674,2150,2254,2671,2672,2811}'::int[]) n;

-- distinct spellings, one value
SELECT count(DISTINCT input::unsymbol) AS distinct_values
FROM (VALUES ('A/RES/217A (III)'), ('a/res/217 a(iii)'), ('A/RES /217 A (III)*')) v(input);
