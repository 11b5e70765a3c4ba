-- R2P: the pillars of the responsibility to protect a passage refers to
-- (src/core/r2p_classify.c, lexicon src/data/r2p_lexicon.tsv).

CREATE FUNCTION r2p_relevant(passage text, r2p_context boolean DEFAULT false)
RETURNS boolean
AS 'MODULE_PATHNAME', 'r2p_relevant'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION r2p_relevant(text, boolean) IS
'whether the passage refers to the responsibility to protect: by name, or by protecting populations from the four atrocity crimes in the frame of 2005 World Summit paras 138-139; r2p_context => true: the passage comes from an R2P debate, so pillar cues count on their own (English, French, Spanish)';

CREATE FUNCTION r2p_pillars(passage text, r2p_context boolean DEFAULT false)
RETURNS smallint[]
AS 'MODULE_PATHNAME', 'r2p_pillars'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION r2p_pillars(text, boolean) IS
'the R2P pillars (1 State responsibility, 2 international assistance, 3 timely and decisive response) the passage refers to, sorted and distinct; {} when none or only general';

CREATE FUNCTION r2p_evidence(passage text, r2p_context boolean DEFAULT false)
RETURNS TABLE(pillar smallint, cue text, start_pos int, end_pos int, weight real)
AS 'MODULE_PATHNAME', 'r2p_evidence'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 8;
COMMENT ON FUNCTION r2p_evidence(text, boolean) IS
'the cues behind r2p_relevant and r2p_pillars: pillar (NULL for general R2P cues), the words, their span (half-open, 1-based characters) and weight; hard-negative frames that suppressed a reading have weight below zero';

CREATE FUNCTION r2p_highlight(passage text, options text DEFAULT '')
RETURNS text
AS 'MODULE_PATHNAME', 'r2p_highlight_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION r2p_highlight(text, text) IS
'the passage with the R2P cues that counted marked, like ts_headline; options: StartSel (default <b>), StopSel (default </b>), Context (true: as r2p_context)';
