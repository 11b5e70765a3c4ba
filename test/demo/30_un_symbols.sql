-- un_symbols: the UN documents a text cites, written out or named.
\pset border 2
\pset footer off
\echo
\echo '  Documents the statement cites (un_symbols)'
\echo '  -------------------------------------------'
SELECT s.symbol,
       CASE WHEN s.is_named THEN 'named' ELSE 'written' END AS cited,
       regexp_replace(s.matched, '\s+', ' ', 'g') AS as_written,
       s.start_pos AS "at char",
       unsymbol_url(s.symbol) AS link
FROM statement, un_symbols(body) s
ORDER BY s.start_pos;

\echo
\echo '  The same in free text: lists, ranges, joint symbols, names in six languages'
\echo '  ----------------------------------------------------------------------------'
SELECT s.symbol,
       CASE WHEN s.is_named THEN 'named' ELSE 'written' END AS cited,
       s.matched AS as_written
FROM (VALUES
  ('Recalling its resolutions 1160 (1998) of 31 March 1998, 1199 (1998) and 1203 (1998), and General Assembly resolution 60/1,'),
  ('the report (A/72/884–S/2018/525) and the letters (see S/2000/40/Add.39, 44 and 46; S/11185/Add.14-16)'),
  ('la résolution 2254 (2015), la resolución 1325 (2000), резолюция 2231 (2015), 第1674(2006)号决议'),
  ('Human Rights Committee, general comment No. 36 (2018); https://undocs.org/en/A/RES/ES-11/1'),
  ('Not symbols: press release SC/13477, 24/7, and/or, A/B testing, job number 18-08811 (E)')
) AS t(doc), un_symbols(t.doc) s;

\echo
\echo '  Which speeches cite a document: un_symbol_array(body) @> ''{A/72/884}'' (a GIN index can answer it)'
SELECT id, un_symbol_array(body) AS symbols, un_symbol_array(body) @> '{A/72/884}' AS cites_a_72_884
FROM statement;
