-- unsymbol text I/O: a valid corpus of real symbols (from un-symbols.md and the
-- dev set), each read and written back; an invalid corpus of look-alikes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

CREATE TEMP TABLE valid(id serial, input text);
INSERT INTO valid(input) VALUES
 -- principal organs, eras (§2, §7)
 ('A/31/99'), ('A/52/1'), ('A/9601'), ('A/520/Rev.17'), ('A/RES/44/25'), ('A/RES/S-13/2'),
 ('A/S-26/L.2'), ('A/RES/ES-8/2'), ('A/ES-10/L.22'), ('A/RES/ES-11/1'), ('S/1994/99'),
 ('S/2012/33'), ('S/24111'), ('S/26695'), ('S/RES/955 (1994)'), ('S/RES/1440 (2002)'),
 ('S/PRST/2015/19'), ('E/1978/99'), ('E/2000/106'), ('E/RES/1996/31'), ('E/CN.4/2005/L.11/Add.7'),
 ('A/59/2005'), ('T/PET.2/1'),
 -- special series and subsidiary bodies (§2, §3)
 ('HRI/GEN/1/Rev.9 (Vol. I)'), ('FCCC/CP/2015/10/Add.1'), ('UNCTAD/OSG/DP/153'),
 ('A/HRC/RES/16/1'), ('A/HRC/DEC/31/115'), ('A/HRC/S-17/2'), ('A/HRC/20/2'),
 ('A/CN.4/317/Add.1/Corr.1'), ('A/AC.105/1'), ('A/C.3/72/L.1/Rev.1'),
 ('E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1'), ('TD/B/EX(41)/3 (Vol. I)'), ('UNEP/GC.23/11'),
 ('UNEP/EA.5/1'), ('E/C.12/GC/24'), ('E/ICEF/2018/7 (Part II)'), ('DP/FPA/2017/1'),
 ('CRC/C/GC/13'), ('CCPR/C/GC/36'), ('CEDAW/C/GC/35'), ('CCPR/C/GC/R.36'), ('CAT/C/SR.209'),
 -- modifiers and parentheticals (§5, §6)
 ('ST/AI/189/Add.9/Rev.2/Add.2'), ('S/11185/Add.42/Rev.1'), ('A/RES/491 (V)'),
 ('A/RES/217 (III)'), ('A/RES/3201 (S-VI)'), ('A/RES/2252 (ES-V)'), ('E/RES/1296 (XLIV)'),
 ('S/PV.5319 (Resumption 1)'), ('S/PV.785 (closed)'), ('A/CONF.151/26 (Vol. IV)'),
 ('ST/LIB/SER.B/A.70 (Part I)'), ('E/2018/34 (Part II)'), ('A/RES/69/274 A'),
 -- from the dev set
 ('A/72/PV.5'), ('A/71/818/Add.1'), ('A/ES-10/L.34/Rev.1'), ('A/RES/1991 A (XVIII)'),
 ('A/RES/3362 (S-VII)'), ('A/RES/32/40 B'), ('S/INF/19/Rev.1/Add.1'), ('S/21100/Add.25'),
 ('S/PRST/1996/13'), ('S/RES/242 (1967)'), ('S/RES/2427 (2018)'), ('ST/PSCA/1/Add.21'),
 ('ST/SGB/2003/13'), ('TD/B/51/8 (Vol. I)'), ('E/CN.4/RES/2005/54'), ('A/HRC/22/L.13');

-- every symbol reads, and its output is canonical: it reads back as itself
SELECT id, input, input::unsymbol AS canonical,
       input::unsymbol::text::unsymbol::text = input::unsymbol::text AS fixed_point
FROM valid ORDER BY id;
SELECT count(*) AS not_fixed FROM valid
WHERE input::unsymbol::text::unsymbol::text <> input::unsymbol::text
   OR input::unsymbol <> input::unsymbol::text::unsymbol;

-- look-alikes and patterns that are not document symbols (un-symbols.md §1, §10)
CREATE TEMP TABLE invalid(input text);
INSERT INTO invalid VALUES
 ('22/4/2005'), ('17/9/87'), ('24/7'), ('9/11'), ('2017/18'), ('HIV/AIDS'), ('and/or'),
 ('A/B testing'), ('A/B'), ('SRSG/RSG'), ('G-77/China'), ('section/II'), ('S/--'), ('T/PV.--'),
 ('A/session/53'), ('E/CN.4/'), ('S/PRST/year/…'), ('A/<sessionNum>/<docNum>'),
 ('A/[session]/[sequential number]'), ('-/CP.21'), ('36/…'), ('/15.'), ('05-39263 (E)'),
 ('GE.15-21930(E)'), ('*1807984*'), ('IOR 40/1644/2015'), ('UNAIDS/02.31E'), ('QDe.115'),
 ('No. 2017/173'), ('1/CP.21'), ('decision 59/552'), ('A161162'), ('NlNF/61/3'),
 ('A/RES/64/293.'), ('A/CONF.151/26 (Vols. I-III)'), ('E/2018/34 (Parts I and II)'),
 ('S/2000/40/Add.39, 44 and 46'), ('A/72/884–S/2018/525'), ('{{{date}}}'), (''), ('   '),
 ('A/65/L.78 (SUPP)'), ('S/RES/1674 (2007)');
SELECT input, to_unsymbol(input) AS lenient FROM invalid;
SELECT count(*) AS accepted FROM invalid WHERE to_unsymbol(input) IS NOT NULL;

-- NULL in, NULL out
SELECT NULL::unsymbol IS NULL AS null_ok, to_unsymbol(NULL) IS NULL AS lenient_null_ok;

-- arrays of symbols
SELECT '{A/72/884, "S/RES/1674(2006)", a/res/60/1}'::unsymbol[] AS arr;

-- a LATIN1 database: the same symbols, the same canonical form
SELECT current_database() AS regdb \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS unsymbol_latin1;
RESET client_min_messages;
CREATE DATABASE unsymbol_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c unsymbol_latin1
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION diplotext;
RESET client_min_messages;
SELECT E'A/RES/32/40\u00a0B'::unsymbol AS nbsp, to_unsymbol(E'A/72/884 \u00e9') AS accented,
       's/res/1674'::unsymbol AS sc;
\c :regdb
DROP DATABASE unsymbol_latin1;

-- a SQL_ASCII database: bytes are not UTF-8-validated; a non-ASCII byte is
-- simply not part of a symbol (NULL from to_unsymbol, 22P02 from input)
SET client_min_messages = warning;
DROP DATABASE IF EXISTS unsymbol_sqlascii;
RESET client_min_messages;
CREATE DATABASE unsymbol_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c unsymbol_sqlascii
SET client_min_messages = warning;
CREATE EXTENSION diplotext;
RESET client_min_messages;
SELECT to_unsymbol(convert_from('\x412f37322fe9'::bytea, 'SQL_ASCII')) IS NULL AS raw_byte_null,
       to_unsymbol(convert_from('\x412f37322f383834'::bytea, 'SQL_ASCII')) AS plain;
DO $$
BEGIN
  PERFORM convert_from('\x412f37322fe9'::bytea, 'SQL_ASCII')::unsymbol;
EXCEPTION WHEN invalid_text_representation THEN
  RAISE NOTICE 'a raw byte in a symbol: 22P02';
END $$;
-- bytes that are not valid UTF-8 (an overlong no-break space, a surrogate,
-- a byte above F4) are an invalid-UTF-8 error at their character, not spaces
SELECT to_unsymbol(convert_from('\x412f37322fe082a0383834'::bytea, 'SQL_ASCII')) IS NULL AS overlong_null,
       to_unsymbol(convert_from('\x412f37322feda080383834'::bytea, 'SQL_ASCII')) IS NULL AS surrogate_null,
       to_unsymbol(convert_from('\x412f37322ff5808080383834'::bytea, 'SQL_ASCII')) IS NULL AS f5_null;
DO $$
DECLARE
  d text;
BEGIN
  PERFORM convert_from('\x412f37322fe082a0383834'::bytea, 'SQL_ASCII')::unsymbol;
EXCEPTION WHEN invalid_text_representation THEN
  GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
  RAISE NOTICE 'an overlong sequence: 22P02: %', d;
END $$;
\c :regdb
DROP DATABASE unsymbol_sqlascii;
