-- unsymbol binary I/O: send gives a version byte and the canonical text;
-- COPY ... (FORMAT binary) round trip; recv validates as strictly as input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

-- the wire format: version 1, then the canonical text
SELECT unsymbol_send('S/RES/1674') AS sc, unsymbol_send('a/res/217a(iii)') AS ga,
       convert_from(substr(unsymbol_send('a/res/217a(iii)'), 2), 'UTF8') AS ga_text;

CREATE TEMP TABLE src(id int, s unsymbol, a unsymbol[]);
INSERT INTO src VALUES
 (1, 'A/RES/60/1', '{A/72/884,A/72/884/Add.1}'), (2, 'S/RES/1674', '{S/RES/2812 (2026)}'),
 (3, 'S/RES/2812 (2026)', '{}'), (4, 'A/RES/217 A (III)', NULL), (5, NULL, '{NULL,"E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1"}'),
 (6, 'TD/B/EX(41)/3 (Vol. I)', '{"S/PV.5319 (Resumption 1)","S/PV.785 (closed)"}'),
 (7, 'HR/PUB/06/10', '{A/RES/3201 (S-VI)}');

-- round trip through a binary file (the server writes it)
COPY src TO '/tmp/diplotext_unsymbol_regress.bin' WITH (FORMAT binary);
CREATE TEMP TABLE dst (LIKE src);
COPY dst FROM '/tmp/diplotext_unsymbol_regress.bin' WITH (FORMAT binary);
SELECT * FROM dst ORDER BY id;
SELECT count(*) AS differ FROM src FULL JOIN dst USING (id)
WHERE src.s IS DISTINCT FROM dst.s OR src.a IS DISTINCT FROM dst.a
   OR src.s::text IS DISTINCT FROM dst.s::text;
-- the stored year of a resolution beyond the table survives
SELECT s, unsymbol_year(s) FROM dst WHERE id = 3;

-- recv validates: craft binary fields through a bytea column
CREATE TEMP TABLE raw(b bytea);
CREATE TEMP TABLE back(s unsymbol);
CREATE FUNCTION pg_temp.recv(field bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; r text;
BEGIN
	TRUNCATE raw; TRUNCATE back;
	INSERT INTO raw VALUES (field);
	COPY raw TO '/tmp/diplotext_unsymbol_regress.bin' WITH (FORMAT binary);
	COPY back FROM '/tmp/diplotext_unsymbol_regress.bin' WITH (FORMAT binary);
	SELECT s::text INTO r FROM back;
	RETURN 'ok: ' || r;
EXCEPTION WHEN others THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN st || ': ' || msg || ' / ' || det;
END $$;
SELECT f AS field, pg_temp.recv(f) AS result FROM (VALUES
 ('\x01532f5245532f31363734'::bytea),            -- 1 + 'S/RES/1674'
 ('\x0161207265732f36302f31'::bytea),            -- 1 + 'a res/60/1'
 ('\x02412f37322f383834'::bytea),                -- version 2
 ('\x01'::bytea),                                -- version only
 ('\x01412f42'::bytea),                          -- 1 + 'A/B'
 ('\x01532f5245532f31363734202832303037'::bytea) -- 1 + 'S/RES/1674 (2007'
) v(f);
SELECT pg_temp.recv('\x01532f5245532f313637342028323030372900'::bytea) AS nul_byte;
SELECT pg_temp.recv('\x01532f5245532f3136373420283230303729'::bytea) AS contradicting_year;
SELECT pg_temp.recv('\x'::bytea) AS empty_field;

-- text COPY through psql's \copy round trip too
\copy src TO '/tmp/diplotext_unsymbol_regress.txt'
CREATE TEMP TABLE dst2 (LIKE src);
\copy dst2 FROM '/tmp/diplotext_unsymbol_regress.txt'
SELECT count(*) AS differ FROM src FULL JOIN dst2 USING (id)
WHERE src.s IS DISTINCT FROM dst2.s OR src.a IS DISTINCT FROM dst2.a;
