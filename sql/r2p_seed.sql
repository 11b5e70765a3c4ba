-- R2P regression: the bundled statement's 8 paragraphs, by the coding rules
-- (issue 5), without and with r2p_context; evidence, highlight, odd input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

\set content `cat test/fixtures/seed_statement.txt`
CREATE TEMP TABLE para AS
SELECT n::int, btrim(regexp_replace(p, '\s+', ' ', 'g')) AS body
FROM regexp_split_to_table(:'content', '\n=+\n') WITH ORDINALITY AS t(p, n);

CREATE FUNCTION pg_temp.label(p text, ctx boolean DEFAULT false) RETURNS text
LANGUAGE sql AS $$
  SELECT CASE WHEN NOT r2p_relevant(p, ctx) THEN 'none'
              WHEN r2p_pillars(p, ctx) = '{}' THEN 'general'
              ELSE array_to_string(r2p_pillars(p, ctx), ',') END $$;

-- expected: 1 none; 2 {3}; 3 {3}; 4 {1,3}; 5 general; 6 none; 7 none; 8 general;
-- with context 6 {2} and 7 {2}, the others unchanged
SELECT n, pg_temp.label(body) AS label, r2p_pillars(body) AS pillars,
       pg_temp.label(body, true) AS label_in_context,
       r2p_pillars(body, r2p_context => true) AS pillars_in_context
FROM para ORDER BY n;

-- The same labels on the paragraphs cut out by paragraphs() (issue 4).
SELECT p.n, pg_temp.label(p.paragraph) AS label, pg_temp.label(p.paragraph, true) AS label_in_context
FROM paragraphs(:'content') p ORDER BY p.n;

-- Evidence: the cues of paragraph 4, their spans are the passage's own words.
SELECT e.pillar, e.cue, e.start_pos, e.end_pos, e.weight,
       substr(p.body, e.start_pos, e.end_pos - e.start_pos) = e.cue AS span_ok
FROM para p, r2p_evidence(p.body) e WHERE p.n = 4;

-- Paragraph 6 has cues only in context.
SELECT count(*) AS cues FROM para p, r2p_evidence(p.body) e WHERE p.n = 6;
SELECT e.pillar, e.cue, e.weight FROM para p, r2p_evidence(p.body, true) e WHERE p.n = 6;

-- Highlight, default selectors and ts_headline-style options.
SELECT r2p_highlight(body) FROM para WHERE n = 5;
SELECT r2p_highlight('States must refrain from using the veto against atrocity crimes.',
                     'StartSel=[, StopSel=]');
SELECT r2p_highlight('We need more capacity-building.', 'StartSel="<em class=r2p>", StopSel=</em>, Context=true');
SELECT r2p_highlight('We need more capacity-building.');
SELECT r2p_highlight('We need more capacity-building.', 'Colour=red');
SELECT r2p_highlight('We need more capacity-building.', 'Context=maybe');

-- Hard negatives are listed with weight below zero.
SELECT pillar, cue, start_pos, end_pos, weight
FROM r2p_evidence('The Council has primary responsibility for maintaining peace and must protect populations from genocide.');
SELECT pillar, cue, weight
FROM r2p_evidence('We have a responsibility to protect the environment, as R2P is about something else.');

-- Case, accents, curly apostrophes, line wraps and hyphenation change nothing.
SELECT r2p_pillars(p) AS pillars, p AS passage
FROM (VALUES ('The international community should help States build capacity to prevent genocide.'),
             ('THE INTERNATIONAL COMMUNITY SHOULD HELP STATES BUILD CAPACITY TO PREVENT GENOCIDE.'),
             (E'The international commu-\nnity should help States build ca-\npacity to prevent geno-\ncide.'),
             ('Mesures de la communauté internationale : aider les États, Génocide.'),
             ('MESURES DE LA COMMUNAUTE INTERNATIONALE : AIDER LES ETATS, GENOCIDE.'),
             (E'Nous rappelons la responsabilit\u00e9 premi\u00e8re de l\u2019\u00c9tat.'),
             (E'Nous rappelons la responsabilite\u0301 premie\u0300re de l''E\u0301tat.'),
             ('Nous rappelons la responsabilitÃ© premiÃ¨re de lâ€™Ã‰tat.'),
             (E'Capacity\u2010building and capacity-\nbuilding, after mass atrocities.')) v(p);

-- Positions are characters, also after multi-byte characters.
SELECT cue, start_pos, end_pos FROM r2p_evidence(E'\u00c9l\u00e8ve: ǅ ☃ — the responsibility to protect.');

-- Odd input: empty, punctuation, NUL-free binary-ish text, very long text.
SELECT r2p_relevant('') AS empty, r2p_pillars('') AS empty_pillars,
       r2p_relevant(repeat('-', 1000)) AS dashes,
       r2p_relevant(repeat(E'\u00e9\u0301-\n', 500)) AS marks,
       r2p_pillars(repeat('veto permanent seats genocide ', 20000)) AS long_repeat,
       r2p_relevant(NULL) IS NULL AS strict;
SELECT count(*) AS cues FROM r2p_evidence(repeat('responsibility to protect ', 5000));
