-- paragraphs() and fix_text(): clean paragraphs out of raw UN text (issue 4).

CREATE FUNCTION paragraphs(doc text,
                           OUT n int, OUT paragraph text, OUT start_pos int, OUT end_pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'dt_paragraphs_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 30;
COMMENT ON FUNCTION paragraphs(text) IS
'the paragraphs of a raw UN text, in order: unwrapped, page furniture removed, hyphens handled, mojibake repaired, NFC; start_pos/end_pos give each span in the input (half-open, 1-based character positions)';

CREATE FUNCTION fix_text(doc text) RETURNS text
AS 'MODULE_PATHNAME', 'dt_fix_text_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION fix_text(text) IS
'repairs cp1252/latin-1 mojibake (also partial and lossy forms), C1 and other control characters, line terminators and normalises to NFC; text that needs no repair comes back unchanged';
