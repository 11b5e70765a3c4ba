SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- fix_text(): the repair on its own.
SELECT input, fix_text(input) AS fixed
FROM (VALUES
  ('todayâ€™s'),                              -- cp1252 mojibake (the seed)
  (E'todayâ\u0080\u0099s'),                  -- latin-1 mojibake
  ('CÃ´te dâ€™Ivoire'),                       -- two kinds in one word group
  ('â€œFlight-Lieutenantâ€' || E'\u009d'),   -- closing quote with its C1 byte
  ('session 53 â€” 1998'),                    -- em dash
  ('humanityâs age-old deprivation'),        -- lossy: continuation bytes lost
  ('CÃ´te dâIvoire reiterates'),              -- reversible and lossy mixed
  (E'who are good"\u009d'),                  -- stray C1 after an ASCII quote
  (E'\u0093próximo\u0094'),                  -- C1 controls read as cp1252
  (E'Ã©lections, KÃ¶nig, Å\u0081Ã³dÅº'),  -- Latin-1 supplement and extended
  (E'ï¬\u0081nancial'),                          -- mojibake of a ligature, then the ligature
  ('the château, pâté, São Tomé'),           -- clean accents stay
  ('“CAFÉ” and ’s'),                         -- curly quotes after capitals stay
  ('Kazakhstan’s “blue helmets” — 2018')     -- clean UN typography stays
) v(input);
-- line terminators, controls, BOM, soft hyphen, NFC
SELECT fix_text(E'a\r\nb\rc\u2028d\u2029e') = E'a\nb\nc\nd\ne' AS line_ends,
       fix_text(E'\uFEFFa\u0001b\u007Fc\u00ADd') = 'abcd' AS controls_removed,
       fix_text(E'x\fy\tz') = E'x\fy\tz' AS ff_tab_kept,
       fix_text(E'Ge\u0301neve') = E'G\u00E9neve' AS nfc,
       fix_text(E'\u212B') = E'\u00C5' AS nfc_singleton,
       fix_text(E'a\u2000b') = E'a\u2002b' AS nfc_en_quad,
       fix_text(E'a\u2001b') = E'a\u2003b' AS nfc_em_quad;
-- text that needs no repair comes back byte-identical
SELECT t = fix_text(t) AND convert_to(t, 'UTF8') = convert_to(fix_text(t), 'UTF8') AS identical
FROM (VALUES (''), ('plain ASCII text'), (E'line one\nline two\n'),
             ('Côte d’Ivoire — “quoted” … €5'), ('Ελληνικά, русский, 日本語, عربي')) v(t);
-- odd input: never an error, a sensible result
SELECT count(*) AS empty FROM paragraphs('');
SELECT count(*) AS newlines FROM paragraphs(repeat(E'\n', 1000000));
SELECT count(*) AS separators FROM paragraphs(E'====\n\n====\n----\n');
SELECT n, paragraph, start_pos, end_pos FROM paragraphs(E'\u0001\u0002 word \u0003\n\t\n');
SELECT count(*) > 0 AS some, bool_and(start_pos < end_pos) AS spans_ok
FROM paragraphs(E'\uD7FF\uE000 \U0001F7E2 ﬁ ̈ \u0301\u0301\n\n\u200B\u00A0x');
SELECT length(fix_text(repeat('â€™', 100000))) AS repaired_len;
-- one long text of many paragraphs: spans stay in order and in bounds
SELECT count(*) AS paras, bool_and(start_pos < end_pos AND end_pos <= 1 + length(d)) AS in_bounds
FROM (SELECT string_agg('Paragraph number ' || g || ' ends here.', E'\n') AS d
      FROM generate_series(1, 5000) g) s, paragraphs(d);
