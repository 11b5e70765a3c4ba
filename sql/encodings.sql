-- Every text function treats the database encoding alike (src/pg/pg_text.h):
-- spans count as substr() counts, mere text never raises an error.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
SELECT current_database() AS regdb \gset

-- SQL_ASCII: bytes are not validated and positions are byte positions.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS dt_sqlascii;
RESET client_min_messages;
CREATE DATABASE dt_sqlascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c dt_sqlascii
SET client_min_messages = warning;
CREATE EXTENSION diplotext;
RESET client_min_messages;
-- "café é " in UTF-8 bytes (9 bytes, 7 characters) before each span
CREATE TABLE doc AS
SELECT convert_from('\x636166c3a920c3a920'::bytea, 'SQL_ASCII')
       || 'We recall the responsibility to protect populations from genocide (A/72/884).' AS d;
SELECT symbol, start_pos, substr(d, start_pos, end_pos - start_pos) = matched AS span_ok
FROM doc, un_symbols(d);
SELECT cue, start_pos, substr(d, start_pos, end_pos - start_pos) = cue AS span_ok
FROM doc, r2p_evidence(d) ORDER BY start_pos, cue;
SELECT n, start_pos, end_pos, end_pos - start_pos = octet_length(d) AS whole_text
FROM doc, paragraphs(d);
SELECT r2p_relevant(d), r2p_pillars(d), fix_text(d) = d AS unchanged FROM doc;
-- raw bytes that are not UTF-8 are mere text: no error
SELECT count(*) AS symbols FROM un_symbols(convert_from('\xff20412f37322f38383420fe'::bytea, 'SQL_ASCII'));
SELECT r2p_relevant(convert_from('\x726573706f6e736962696c69747920746f2070726f7465637420ff'::bytea, 'SQL_ASCII'));
SELECT count(*) AS paragraphs FROM paragraphs(convert_from('\xff0a0afe'::bytea, 'SQL_ASCII'));
\c :regdb
DROP DATABASE dt_sqlascii;

-- LATIN1: converted to UTF-8 and back; positions are characters.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS dt_latin1;
RESET client_min_messages;
CREATE DATABASE dt_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c dt_latin1
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION diplotext;
RESET client_min_messages;
CREATE TABLE doc AS
SELECT 'café é We recall the responsibility to protect populations from genocide (A/72/884).'::text AS d;
SELECT symbol, start_pos, substr(d, start_pos, end_pos - start_pos) = matched AS span_ok
FROM doc, un_symbols(d);
SELECT cue, start_pos, substr(d, start_pos, end_pos - start_pos) = cue AS span_ok
FROM doc, r2p_evidence(d) ORDER BY start_pos, cue;
SELECT n, start_pos, end_pos, end_pos - start_pos = length(d) AS whole_text
FROM doc, paragraphs(d);
-- latin-1 mojibake of a curly apostrophe; the repair holds a character LATIN1
-- lacks, so it comes back as its ASCII stand-in, with no error
SELECT fix_text(E'today\u00e2\u0080\u0099s') AS repaired;
-- mojibake whose repair LATIN1 holds, and clean text, come back as such
SELECT fix_text('Ã©lections in Genève') AS fixed, fix_text('plain') AS plain;
SELECT n, paragraph, start_pos, end_pos FROM paragraphs(E'Les Ã©lections à Genève\nsont importantes.\n\n====\n\nCÃ´te dâIvoire.');
-- R2P: labels, evidence positions (characters) and highlight
SELECT r2p_pillars('La responsabilité première de l''État de protéger sa population.') AS pillars;
SELECT cue, start_pos, end_pos FROM r2p_evidence('Él: la responsabilité de protéger.');
SELECT r2p_highlight('Él: la responsabilité de protéger.');
\c :regdb
DROP DATABASE dt_latin1;
