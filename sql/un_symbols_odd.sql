SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Odd input: empty, NULL, megabytes of slashes and underscores, random
-- Unicode, invalid-looking sequences: an empty set or the right answer.
SELECT count(*) FROM un_symbols('');
SELECT count(*) FROM un_symbols(NULL);
SELECT un_symbol_array('');
SELECT count(*) FROM un_symbols(repeat('/', 3000000));
SELECT count(*) FROM un_symbols(repeat('A/', 1000000));
SELECT count(*) FROM un_symbols(repeat('S/RES/', 500000));
SELECT count(*) FROM un_symbols(repeat('_A', 1000000));
SELECT count(*) FROM un_symbols(repeat('resolution ', 300000));
SELECT count(*) FROM un_symbols(repeat('resolutions 1, ', 200000));
SELECT count(*) FROM un_symbols(repeat('World Summit ', 300000));
SELECT count(*) FROM un_symbols(repeat('S/2000/40/Add.1, ', 20000)) AS list_items;
SELECT count(*) FROM un_symbols(repeat(E'\u00e9\u4e2d\U0001F600/\u0410 ', 200000));
-- random Unicode around a symbol: the position is a character position
SELECT symbol, start_pos, end_pos, substr(d, start_pos, end_pos - start_pos) = matched AS span_ok
FROM (SELECT repeat(E'\U0001F600\u4e2d', 1000) || ' A/72/884 ' AS d) s, un_symbols(d);
-- a large text (70 MB, built with repeat()): a symbol at its very end is found
-- at the right character position (the near-1 GB case is in test/bench)
SELECT symbol, start_pos, end_pos, matched
FROM un_symbols(repeat('x/y 1/2 and/or é ', 4000000) || 'A/72/884');
SELECT un_symbol_array(repeat('and/or resolution ', 3000000) || 'S/RES/1674');
-- a LATIN1 database
SELECT current_database() AS regress_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS un_symbols_latin1;
RESET client_min_messages;
CREATE DATABASE un_symbols_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c un_symbols_latin1
SET client_min_messages = warning;
CREATE EXTENSION diplotext;
RESET client_min_messages;
SELECT symbol, is_named, start_pos, end_pos, matched, substr(d, start_pos, end_pos - start_pos) = matched AS span_ok
FROM (SELECT 'la résolution 2254 (2015) et (A/72/884) ½ ça' AS d) s, un_symbols(d);
SELECT un_symbol_array('Déjà vu: S/2018/525, A/72/884 and A/72/884');
\c :regress_db
DROP DATABASE un_symbols_latin1;
