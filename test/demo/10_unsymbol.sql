-- diplotext demo: the unsymbol type (UN document symbols).
\pset border 2
\pset null '-'
\pset footer off
\set QUIET on
\echo
\echo '  1. The documents the statement cites, as unsymbol values'
\echo '     (un_symbols() finds them; the type says what they are)'
SELECT s.symbol, unsymbol_organ(s.symbol) AS organ, unsymbol_kind(s.symbol) AS kind,
       unsymbol_session(s.symbol) AS session, unsymbol_number(s.symbol) AS number,
       CASE WHEN s.is_named THEN 'named' ELSE 'written' END AS cited,
       unsymbol_url(s.symbol, 'en') AS link
FROM statement, un_symbols(body) s
ORDER BY s.symbol;

\echo
\echo '  2. Every spelling, one canonical form'
SELECT spelling AS "as found in texts", spelling::unsymbol AS canonical
FROM (VALUES ('a/res/60/1'), ('S/RES /1019(1995)'), ('CCPR /C/GC/36'), ('CCPR/C/GC/R. 36'),
             ('A/RES/217A (III)'), ('A/C.3/72/L.1/REV.1'), ('ST/AI/2001/5*'),
             ('A/CONF.151/26 (Vol.I)'), ('s/res/1674'), ('S/RES/1674(2006)')) v(spelling);

\echo '  A Security Council resolution is its number: the year comes from the table'
SELECT 'S/RES/1674'::unsymbol = 'S/RES/1674 (2006)' AS "S/RES/1674 = S/RES/1674 (2006)",
       'S/RES/2254'::unsymbol AS "S/RES/2254 reads as",
       to_unsymbol('S/RES/1674 (2007)') AS "to_unsymbol('S/RES/1674 (2007)')";

\echo
\echo '  3. A librarian''s order: component by component, numbers as numbers'
SELECT row_number() OVER (ORDER BY s) AS "#", s AS unsymbol,
       row_number() OVER (ORDER BY s::text COLLATE "C") AS "# as text"
FROM unnest('{A/72/884/Add.1,A/72/10,A/72/884,A/72/9,A/RES/S-26/2,A/RES/ES-10/1,A/RES/60/1,A/72/884/Add.1/Corr.1,"S/RES/242 (1967)",S/RES/1674}'::unsymbol[]) s
ORDER BY s;

\echo
\echo '  4. What a symbol says'
SELECT s AS symbol, unsymbol_organ(s) AS organ, unsymbol_bodies(s) AS bodies,
       unsymbol_kind(s) AS kind, unsymbol_session(s) AS session, unsymbol_year(s) AS year,
       unsymbol_number(s) AS number, unsymbol_modifiers(s) AS modifiers
FROM unnest('{A/72/884/Add.1/Corr.1,"S/RES/1674 (2006)",E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1,A/C.3/72/L.1/Rev.1,"A/RES/217 A (III)",A/RES/ES-10/1,S/PRST/2015/19,A/72/PV.5}'::unsymbol[]) s;

\echo '  Modifications and series'
SELECT 'A/72/884'::unsymbol @> 'A/72/884/Add.1/Corr.1' AS "A/72/884 @> A/72/884/Add.1/Corr.1",
       unsymbol_base('A/72/884/Add.1/Corr.1') AS "base of A/72/884/Add.1/Corr.1",
       'A/RES/60/1'::unsymbol ^@ 'A/RES/' AS "A/RES/60/1 ^@ 'A/RES/'";

\echo
\echo '  5. Permanent links, in the six official languages'
SELECT lang, unsymbol_url('A/RES/217 A (III)', lang) AS "Universal Declaration of Human Rights"
FROM unnest('{ar,zh,en,fr,ru,es}'::text[]) lang;
