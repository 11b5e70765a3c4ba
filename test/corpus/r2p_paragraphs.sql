-- Paragraphs of the UN General Debate Corpus for the R2P corpus check and
-- benchmark: table r2p_para(year, iso, para, body), built once from ungdc.
-- A paragraph ends at a blank line, or at a line break after the end of a
-- sentence (the 2016+ files have one paragraph per line; older ones are
-- hard-wrapped, so there this yields sentence groups; some use bare CR).
-- Line wraps are unwrapped to spaces.
SELECT to_regclass('r2p_para') IS NOT NULL AS r2p_para_exists \gset
\if :r2p_para_exists
\else
CREATE TABLE r2p_para AS
SELECT u.year, u.iso, t.n::int AS para, btrim(regexp_replace(t.p, '\s+', ' ', 'g')) AS body
FROM ungdc u,
     regexp_split_to_table(
       regexp_replace(regexp_replace(u.body, '\r\n?', E'\n', 'g'),
                      '([.!?:]["”’)]?)[ \t]*\n', '\1' || chr(1), 'g'),
       '(' || chr(1) || '|\n[ \t]*\n)') WITH ORDINALITY AS t(p, n)
WHERE t.p ~ '[[:alpha:]]';
ALTER TABLE r2p_para SET (parallel_workers = 0);
ANALYZE r2p_para;
\endif
