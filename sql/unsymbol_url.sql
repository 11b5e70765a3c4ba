-- unsymbol_url: undocs.org permanent links in the form that resolves
-- (spaces removed), with an optional language.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

SELECT sym, unsymbol_url(sym) AS url, unsymbol_url(sym, 'en') AS url_en
FROM unnest('{A/RES/60/1,S/RES/1674,"A/RES/217 A (III)",A/72/884/Add.1/Corr.1,"A/CONF.151/26 (Vol. I)","S/PV.5319 (Resumption 1)","TD/B/EX(41)/3 (Vol. I)",A/RES/ES-11/1,E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1}'::unsymbol[]) sym;

-- the six official languages, any case in, lower case out
SELECT lang, unsymbol_url('S/RES/2254', lang) AS url
FROM unnest('{ar,zh,en,fr,ru,es,EN,Fr}'::text[]) lang;

-- no space survives in a link
SELECT count(*) AS with_space
FROM generate_series(1, 2811) n WHERE unsymbol_url(('S/RES/' || n)::unsymbol) ~ ' ';

-- other languages are errors
SELECT unsymbol_url('A/RES/60/1', 'de');
SELECT unsymbol_url('A/RES/60/1', 'english');
SELECT unsymbol_url('A/RES/60/1', '');
SELECT unsymbol_url('A/RES/60/1', NULL) IS NULL AS null_lang;
