-- un_symbols (issue 3): the UN document symbols a text cites.  See README,
-- section "un_symbols".

CREATE FUNCTION un_symbols(doc text)
RETURNS TABLE(symbol unsymbol, is_named boolean, start_pos int, end_pos int, matched text)
AS 'MODULE_PATHNAME', 'dt_un_symbols'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 5;
COMMENT ON FUNCTION un_symbols(text) IS
'every UN document symbol the text cites, in order of appearance: written out (is_named false: A/72/884, lists and ranges expanded, URLs, file names) or resolved from words (is_named true: resolution 1674 (2006), its resolution 60/1, the 2005 World Summit Outcome); start_pos/end_pos are half-open 1-based character positions of matched';

CREATE FUNCTION un_symbol_array(doc text) RETURNS unsymbol[]
AS 'MODULE_PATHNAME', 'dt_un_symbol_array'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;
COMMENT ON FUNCTION un_symbol_array(text) IS
'the distinct UN document symbols the text cites (as un_symbols), sorted; for GIN expression indexes: WHERE un_symbol_array(body) @> ''{A/72/884}''';
