-- unsymbol: UN document symbols (issue 2).  See README, section "unsymbol".

CREATE TYPE unsymbol;

CREATE FUNCTION unsymbol_in(cstring) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'unsymbol_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_in(cstring) IS 'input function of type unsymbol: reads any spelling, errors (22P02) on bad structure';

CREATE FUNCTION unsymbol_out(unsymbol) RETURNS cstring
AS 'MODULE_PATHNAME', 'unsymbol_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_out(unsymbol) IS 'output function of type unsymbol: the canonical form';

CREATE FUNCTION unsymbol_recv(internal) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'unsymbol_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_recv(internal) IS 'binary input of type unsymbol: version byte 1, then the symbol text, validated like text input';

CREATE FUNCTION unsymbol_send(unsymbol) RETURNS bytea
AS 'MODULE_PATHNAME', 'unsymbol_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_send(unsymbol) IS 'binary output of type unsymbol: version byte 1, then the canonical text';

CREATE TYPE unsymbol (
	INPUT = unsymbol_in,
	OUTPUT = unsymbol_out,
	RECEIVE = unsymbol_recv,
	SEND = unsymbol_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = main,
	ALIGNMENT = int4
);
COMMENT ON TYPE unsymbol IS
'UN document symbol (A/RES/60/1, S/RES/1674 (2006)), stored parsed; canonical output, librarian''s order';

-- comparison ---------------------------------------------------------------
CREATE FUNCTION unsymbol_cmp(unsymbol, unsymbol) RETURNS int4
AS 'MODULE_PATHNAME', 'unsymbol_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_cmp(unsymbol, unsymbol) IS 'btree support: -1, 0 or 1 in the librarian''s order';
CREATE FUNCTION unsymbol_eq(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_eq(unsymbol, unsymbol) IS 'implementation of = operator';
CREATE FUNCTION unsymbol_ne(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_ne(unsymbol, unsymbol) IS 'implementation of <> operator';
CREATE FUNCTION unsymbol_lt(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_lt(unsymbol, unsymbol) IS 'implementation of < operator';
CREATE FUNCTION unsymbol_le(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_le(unsymbol, unsymbol) IS 'implementation of <= operator';
CREATE FUNCTION unsymbol_gt(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_gt(unsymbol, unsymbol) IS 'implementation of > operator';
CREATE FUNCTION unsymbol_ge(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_ge(unsymbol, unsymbol) IS 'implementation of >= operator';
CREATE FUNCTION unsymbol_hash(unsymbol) RETURNS int4
AS 'MODULE_PATHNAME', 'unsymbol_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_hash(unsymbol) IS 'hash support: hash of the parsed key (frozen once released)';
CREATE FUNCTION unsymbol_hash_extended(unsymbol, int8) RETURNS int8
AS 'MODULE_PATHNAME', 'unsymbol_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_hash_extended(unsymbol, int8) IS 'hash support: seeded 64-bit hash of the parsed key';
CREATE FUNCTION unsymbol_sortsupport(internal) RETURNS void
AS 'MODULE_PATHNAME', 'unsymbol_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_sortsupport(internal) IS 'btree sort support for unsymbol';

CREATE OPERATOR = (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR = (unsymbol, unsymbol) IS 'same document (SC resolutions: same number)';
CREATE OPERATOR <> (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR <> (unsymbol, unsymbol) IS 'different documents';
CREATE OPERATOR < (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR < (unsymbol, unsymbol) IS 'sorts before';
CREATE OPERATOR <= (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR <= (unsymbol, unsymbol) IS 'sorts before or equal';
CREATE OPERATOR > (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR > (unsymbol, unsymbol) IS 'sorts after';
CREATE OPERATOR >= (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR >= (unsymbol, unsymbol) IS 'sorts after or equal';

CREATE OPERATOR CLASS unsymbol_ops DEFAULT FOR TYPE unsymbol USING btree AS
	OPERATOR 1 <,
	OPERATOR 2 <=,
	OPERATOR 3 =,
	OPERATOR 4 >=,
	OPERATOR 5 >,
	FUNCTION 1 unsymbol_cmp(unsymbol, unsymbol),
	FUNCTION 2 unsymbol_sortsupport(internal);
COMMENT ON OPERATOR CLASS unsymbol_ops USING btree IS 'librarian''s order of UN document symbols';
COMMENT ON OPERATOR FAMILY unsymbol_ops USING btree IS 'librarian''s order of UN document symbols';

CREATE OPERATOR CLASS unsymbol_ops DEFAULT FOR TYPE unsymbol USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 unsymbol_hash(unsymbol),
	FUNCTION 2 unsymbol_hash_extended(unsymbol, int8);
COMMENT ON OPERATOR CLASS unsymbol_ops USING hash IS 'hash of UN document symbols (agrees with =)';
COMMENT ON OPERATOR FAMILY unsymbol_ops USING hash IS 'hash of UN document symbols (agrees with =)';

-- min / max ----------------------------------------------------------------
CREATE FUNCTION unsymbol_larger(unsymbol, unsymbol) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'unsymbol_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_larger(unsymbol, unsymbol) IS 'the later of two symbols (max aggregate support)';
CREATE FUNCTION unsymbol_smaller(unsymbol, unsymbol) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'unsymbol_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_smaller(unsymbol, unsymbol) IS 'the earlier of two symbols (min aggregate support)';

CREATE AGGREGATE min(unsymbol) (
	SFUNC = unsymbol_smaller, STYPE = unsymbol, SORTOP = <,
	COMBINEFUNC = unsymbol_smaller, PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(unsymbol) IS 'first symbol in the librarian''s order';
CREATE AGGREGATE max(unsymbol) (
	SFUNC = unsymbol_larger, STYPE = unsymbol, SORTOP = >,
	COMBINEFUNC = unsymbol_larger, PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(unsymbol) IS 'last symbol in the librarian''s order';

-- accessors ----------------------------------------------------------------
CREATE FUNCTION unsymbol_organ(unsymbol) RETURNS text
AS 'MODULE_PATHNAME', 'unsymbol_organ' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_organ(unsymbol) IS 'organ or special series: the first component (A, S, E, ST, CRC, ...)';

CREATE FUNCTION unsymbol_bodies(unsymbol) RETURNS text[]
AS 'MODULE_PATHNAME', 'unsymbol_bodies' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_bodies(unsymbol) IS 'subsidiary-body chain after the organ ({CN.4,Sub.2}); empty when none';

CREATE FUNCTION unsymbol_kind(unsymbol) RETURNS text
AS 'MODULE_PATHNAME', 'unsymbol_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_kind(unsymbol) IS 'nature of the document: resolution, decision, verbatim record, summary record, draft, presidential statement, ..., document';

CREATE FUNCTION unsymbol_session(unsymbol) RETURNS text
AS 'MODULE_PATHNAME', 'unsymbol_session' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_session(unsymbol) IS 'session as written (72, S-26, ES-10, III); NULL when the symbol has none';

CREATE FUNCTION unsymbol_year(unsymbol) RETURNS int4
AS 'MODULE_PATHNAME', 'unsymbol_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_year(unsymbol) IS 'year component (S/2018/525) or year of an SC resolution; NULL when none';

CREATE FUNCTION unsymbol_number(unsymbol) RETURNS int4
AS 'MODULE_PATHNAME', 'unsymbol_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_number(unsymbol) IS 'document number: the last number before the modifiers (884 of A/72/884/Add.1, 5 of A/72/PV.5)';

CREATE FUNCTION unsymbol_modifiers(unsymbol) RETURNS text[]
AS 'MODULE_PATHNAME', 'unsymbol_modifiers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_modifiers(unsymbol) IS 'modifier chain ({Add.1,Corr.1}); empty when none';

CREATE FUNCTION unsymbol_base(unsymbol) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'unsymbol_base' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_base(unsymbol) IS 'the document without its modifiers (Add., Corr., Rev., Amend., Summary)';

CREATE FUNCTION unsymbol_url(unsymbol) RETURNS text
AS 'MODULE_PATHNAME', 'unsymbol_url' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_url(unsymbol) IS 'undocs.org permanent link (spaces removed)';

CREATE FUNCTION unsymbol_url(unsymbol, text) RETURNS text
AS 'MODULE_PATHNAME', 'unsymbol_url_lang' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_url(unsymbol, text) IS 'undocs.org permanent link in one language: ar, zh, en, fr, ru or es';

CREATE FUNCTION to_unsymbol(text) RETURNS unsymbol
AS 'MODULE_PATHNAME', 'to_unsymbol' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_unsymbol(text) IS 'lenient cast: the symbol, or NULL when the text is not one (for cleaning columns)';

-- operators: modification and series ---------------------------------------
CREATE FUNCTION unsymbol_contains(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_contains(unsymbol, unsymbol) IS 'implementation of @> operator';
CREATE FUNCTION unsymbol_contained(unsymbol, unsymbol) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_contained(unsymbol, unsymbol) IS 'implementation of <@ operator';
CREATE FUNCTION unsymbol_in_series(unsymbol, text) RETURNS bool
AS 'MODULE_PATHNAME', 'unsymbol_in_series' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION unsymbol_in_series(unsymbol, text) IS 'implementation of ^@ operator';

CREATE OPERATOR @> (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_contains,
	COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel
);
COMMENT ON OPERATOR @> (unsymbol, unsymbol) IS 'right is the left document or a modification of it at any depth';
CREATE OPERATOR <@ (
	LEFTARG = unsymbol, RIGHTARG = unsymbol, FUNCTION = unsymbol_contained,
	COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel
);
COMMENT ON OPERATOR <@ (unsymbol, unsymbol) IS 'left is the right document or a modification of it at any depth';
CREATE OPERATOR ^@ (
	LEFTARG = unsymbol, RIGHTARG = text, FUNCTION = unsymbol_in_series,
	RESTRICT = contsel, JOIN = contjoinsel
);
COMMENT ON OPERATOR ^@ (unsymbol, text) IS 'symbol belongs to the series (prefix ending at a component boundary, any case)';
