SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Symbols written out: positions, punctuation, spacing, line breaks, reissue *,
-- URLs, file names, OCR damage.  Every span points at its matched text.
CREATE FUNCTION pg_temp.syms(doc text) RETURNS TABLE(symbol text, is_named boolean, start_pos int, end_pos int, matched text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT symbol::text, is_named, start_pos, end_pos, matched,
         substr(doc, start_pos, end_pos - start_pos) = matched
  FROM un_symbols(doc)
$$;

SELECT * FROM pg_temp.syms('We have examined the latest report (A/72/884) and share his views.');
SELECT * FROM pg_temp.syms('see A/RES/64/293. Also A/HRC/22/L.13, and [without reference (A/ES-10/L.15)].');
-- year parenthetical with and without space; stray spaces; a line break
SELECT * FROM pg_temp.syms('S/RES/1674 (2006) and S/RES/2811(2025); CCPR /C/GC/36, CCPR/C/GC/R. 36 and S/RES /1019(1995)');
SELECT * FROM pg_temp.syms(E'ST/PSCA/1/Add.\n21 United Nations and FCCC\n/CP/2015/L.9 and (FCCC/CP/2015/L.9/Rev.1.)');
-- an SC resolution without its year gets the year from the table
SELECT * FROM pg_temp.syms('UN Doc. S/RES/1674, para. 4 (April 28, 2006)');
-- glued to the next word; part letters; volumes; reissue asterisk
SELECT * FROM pg_temp.syms('CAT/C/SR.209Convention, A/RES/69/274 A includes, A/RES/217A (III), TD/B/43/12 (Vol.I), ST/AI/2001/5* and A/65/L.78*');
-- URLs and Digital Library file names
SELECT * FROM pg_temp.syms('https://undocs.org/A/RES/ES-11/1 and docs.un.org/en/S/RES/2314(2016) and https://undocs.org/en/S/PV.9800, file A_RES_31_59-EN.pdf and A_65_L_78_EA');
-- OCR damage where the symbol is certain
SELECT * FROM pg_temp.syms('Bibliographical Series STILIB/SER.B/A.70 (Part I)');
-- joint symbols give both
SELECT * FROM pg_temp.syms('(A/72/884–S/2018/525) and (A/65/877-S/2011/393)');
-- French and multibyte text before: positions are characters
SELECT * FROM pg_temp.syms('Ils portaient sur la République arabe syrienne (S/2019/756, S/2019/757 et S/2019/962) — «S/PRST/2019/5»');
-- keywords in any case; a placeholder word is not a symbol
SELECT * FROM pg_temp.syms('S/Res/1325 (2000), A/Res/60/1, A/Conf.151/26, E/CN.4/Sub.2/1987/WP.4 and A/session/53');
-- the scanner reads the parser's keywords in any case: Cp, Icef
SELECT * FROM pg_temp.syms('FCCC/Cp/2015/10 and E/Icef/2020/1');
-- an executive session inside the symbol; closed meetings; resumptions
SELECT * FROM pg_temp.syms('TD/B/EX(41)/3 (Vol. I); S/PV.785 (closed); S/PV.5319 (Resumption 1)');
