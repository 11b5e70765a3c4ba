-- Conventions (README "Conventions"): text spans are half-open, 1-based
-- character positions: substr(doc, start_pos, end_pos - start_pos) is the span.
-- Every function is IMMUTABLE, STRICT and PARALLEL SAFE where that is true.

CREATE FUNCTION diplotext_version() RETURNS text
AS 'MODULE_PATHNAME', 'diplotext_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION diplotext_version() IS
'diplotext version, with the ICU and Unicode versions it runs on (STABLE: an upgrade changes it)';
