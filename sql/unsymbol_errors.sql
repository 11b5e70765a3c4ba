-- unsymbol errors: 22P02 with the standard message, and an errdetail naming
-- the offending component and its character position; never XX000.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

-- the full report of a few errors
SELECT 'S/RES/1674 (2007)'::unsymbol;
SELECT 'A/72/884/Rev1'::unsymbol;
SELECT 'A/RES/64/293.'::unsymbol;
SELECT ''::unsymbol;

-- SQLSTATE, message and detail of many bad literals
CREATE FUNCTION pg_temp.err(t text) RETURNS TABLE(state text, detail text) LANGUAGE plpgsql AS $$
DECLARE msg text;
BEGIN
	PERFORM t::unsymbol;
	state := 'ok'; detail := NULL; RETURN NEXT;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
	IF msg <> format('invalid input syntax for type unsymbol: "%s"', t) THEN
		detail := 'UNEXPECTED MESSAGE: ' || msg;
	END IF;
	RETURN NEXT;
END $$;

SELECT left(input, 40) AS input, e.state, e.detail
FROM unnest(ARRAY[
  'S/RES/1674 (2007)', 'S/RES/2812 (2025)', 'S/RES/01674', 'S/RES/1674 (Vol. I)',
  'A/72/884 (2017)', 'A/72/884 (III)', 'A/72/884 (IIII)', 'A/72/884 (Vol. I', 'A/72/884 (SUPP)',
  'A/CONF.151/26 (Vols. I-III)', 'A/72/884 (Vol. I) (Vol. II)', 'A/72/884()',
  'A/72/884/Rev1', 'A/72/884/Add.', 'A/72/884/Add.1/12', 'A/72/884/Add', 'A/RES/64/293.',
  'A/RES/3411 AB', 'A/RES/60 A/1', 'A/RES/60/1 A/Add.1', 'A161162', 'G-77/1', 'A/session/53',
  '22/4/2005', 'and/or', 'E/CN.4/', 'A//1', '/A/1', 'A/RES', 'A/1234567890',
  'A/72/884 é', E'A/72/\t\u0001', 'A/72/884–S/2018/525', 'A/72/884, A/72/885', repeat('A/1/', 100)
]) input, LATERAL pg_temp.err(input) e;

-- never XX000, never an internal error, for odd text
SELECT count(*) AS non_22p02
FROM (SELECT (pg_temp.err(t)).state AS st
      FROM (SELECT repeat(chr(33 + (n * 7) % 90), 1 + n % 5) || '/' || n AS t FROM generate_series(1, 500) n
            UNION ALL SELECT repeat('/', n) FROM generate_series(1, 50) n
            UNION ALL SELECT repeat('A/', n) || '1' FROM generate_series(1, 30) n
            UNION ALL SELECT repeat('(', n) FROM generate_series(1, 20) n
            UNION ALL SELECT 'A/72/' || repeat('9', n) FROM generate_series(1, 20) n
            UNION ALL SELECT repeat(' ', 2000)) x) y
WHERE st NOT IN ('ok', '22P02');

-- to_unsymbol never errors: NULL instead
SELECT to_unsymbol('S/RES/1674 (2007)') IS NULL AS contradicting_year,
       to_unsymbol(repeat('A', 100000)) IS NULL AS very_long,
       to_unsymbol('A/72/884') AS fine;

-- a symbol that ends in a subsidiary body (before its modifiers and
-- parentheticals) names a series, not a document (un-symbols.md §1, §3)
SELECT 'E/CN.4'::unsymbol;
SELECT 'A/C.3'::unsymbol;
SELECT left(input, 40) AS input, e.state, e.detail
FROM unnest(ARRAY[
  'A/AC.105', 'A/CONF.151', 'E/CN.4/Sub.2', 'E/CN.4/Sub.2/AC.2', 'UNEP/GC.23', 'UNEP/EA.4',
  'A/C.3/Add.1', 'A/CONF.151 (Vol. I)', 'e/cn.4', 'A/c.6', 'E/C.12*', 'T/PET.2', 'A/CN.10',
  'X/PC.1', 'X/PCN.2', 'X/SC.3', 'X/WG.6', 'E/CN.4/'
]) input, LATERAL pg_temp.err(input) e;
-- ... while the documents of those series read
SELECT s::unsymbol AS canonical
FROM unnest(ARRAY[
  'E/CN.4/2005/L.11/Add.7', 'A/C.3/72/L.1/Rev.1', 'A/AC.105/C.1/L.300', 'A/CONF.151/26 (Vol. IV)',
  'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1', 'UNEP/EA.4/RES.1', 'UNEP/GC.23/2', 'E/C.12/GC/24',
  'CCPR/C/GC/36', 'T/PET.2/123', 'A/C.3/CRP.1', 'A/CN.4/317/Add.1/Corr.1'
]) s;

-- templates: placeholder words are not series codes
SELECT 'A/session/53'::unsymbol;
SELECT 'S/PRST/year/1'::unsymbol;
SELECT left(input, 40) AS input, e.state, e.detail
FROM unnest(ARRAY[
  'A/session/53', 'A/Session/53', 'A/year/5', 's/prst/year/1', 'S/PRST/Year/1', 'UNEP/EA.n/5',
  'A/n', 'A/50/60/para.26', 'ST/sgb/2003/13', 'A/NN/1', 'A/sess/53'
]) input, LATERAL pg_temp.err(input) e;
-- ... while keywords in small letters, and symbols written all in small
-- letters, still read
SELECT s AS input, s::unsymbol AS canonical
FROM unnest(ARRAY[
  'a/res/60/1', 'A/res/60/1', 'S/Res/1325', 'A/Conf.151/26', 'E/cn.4/2005/L.11/add.7',
  'E/CN.4/sub.2/AC.2/1987/wp.4', 'st/sgb/2003/13', 'hri/gen/1/rev.9 (vol. i)', 'A/Res/ES-10/1',
  'TD/B/Ex(41)/3', 'S/Prst/2015/19', 'a/C.3/SR.5'
]) s;
SELECT to_unsymbol('E/CN.4') IS NULL AS series_null, to_unsymbol('S/PRST/year/1') IS NULL AS template_null;
