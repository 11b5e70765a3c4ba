-- unsymbol accessors: organ, bodies, kind, session, year, number, modifiers,
-- base; operators @>, <@ and ^@.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;

CREATE TEMP TABLE s(id serial, sym unsymbol);
INSERT INTO s(sym) VALUES
 ('A/72/884/Add.1/Corr.1'), ('A/RES/60/1'), ('S/RES/1674'), ('S/RES/2812'), ('S/RES/2812 (2026)'),
 ('A/RES/217 A (III)'), ('A/RES/3201 (S-VI)'), ('A/RES/ES-10/1'), ('A/RES/S-26/2'), ('A/HRC/RES/5/1'),
 ('A/HRC/DEC/31/115'), ('A/HRC/S-17/2'), ('E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1'), ('E/CN.4/2005/L.11/Add.7'),
 ('A/C.3/72/L.1/Rev.1'), ('A/72/PV.5'), ('CAT/C/SR.209'), ('S/PRST/2015/19'), ('S/2018/525'),
 ('E/RES/1996/31'), ('E/RES/1296 (XLIV)'), ('CCPR/C/GC/36'), ('CCPR/C/GC/R.36'), ('S/INF/19/Rev.1/Add.1'),
 ('A/AC.105/C.1/2017/CRP.1'), ('T/PET.2/1'), ('A/59/2005'), ('A/9601'), ('ST/AI/189/Add.9/Rev.2/Add.2'),
 ('TD/B/EX(41)/3 (Vol. I)'), ('UNEP/GC.23/11'), ('FCCC/CP/2015/10/Add.1'), ('A/CN.4/317/Add.1/Corr.1'),
 ('SG/SM/9808'), ('S/PV.5319 (Resumption 1)');
\pset null '(null)'
SELECT sym, unsymbol_organ(sym) AS organ, unsymbol_bodies(sym) AS bodies, unsymbol_kind(sym) AS kind,
       unsymbol_session(sym) AS session, unsymbol_year(sym) AS year, unsymbol_number(sym) AS number
FROM s ORDER BY id;
SELECT sym, unsymbol_modifiers(sym) AS modifiers, unsymbol_base(sym) AS base
FROM s ORDER BY id;

-- the base is the document; it contains every modification of itself
SELECT count(*) AS base_not_containing FROM s WHERE NOT unsymbol_base(sym) @> sym;
SELECT count(*) AS base_has_modifiers FROM s WHERE unsymbol_modifiers(unsymbol_base(sym)) <> '{}';

-- @> and <@: modification at any depth
SELECT 'A/72/884'::unsymbol @> 'A/72/884/Add.1/Corr.1' AS deep,
       'A/72/884'::unsymbol @> 'A/72/884/Add.1' AS one,
       'A/72/884'::unsymbol @> 'A/72/884' AS itself,
       'A/72/884/Add.1'::unsymbol @> 'A/72/884' AS reverse,
       'A/72/884'::unsymbol @> 'A/72/8840' AS other_number,
       'A/72/884'::unsymbol @> 'A/72/884/1' AS not_a_modifier,
       'A/72/884/Add.1'::unsymbol @> 'A/72/884/Add.1/Corr.1' AS chain,
       'A/72/884/Add.1'::unsymbol @> 'A/72/884/Add.2/Corr.1' AS sibling,
       'A/72/884/Add.1/Corr.1'::unsymbol <@ 'A/72/884' AS contained,
       'S/RES/1674'::unsymbol @> 'S/RES/1674/Corr.1' AS sc_corr,
       'S/RES/1674/Corr.1'::unsymbol AS sc_corr_text;

-- ^@: belongs to the series (prefix ending at a component boundary, any case)
SELECT 'A/RES/60/1'::unsymbol ^@ 'A/RES/' AS a_res_slash,
       'A/RES/60/1'::unsymbol ^@ 'A/RES' AS a_res,
       'A/RES/60/1'::unsymbol ^@ 'a/res/60' AS lower,
       'A/RES/60/1'::unsymbol ^@ 'A/RES/6' AS half_number,
       'A/RES/60/1'::unsymbol ^@ 'A/RE' AS half_word,
       'A/RES/60/1'::unsymbol ^@ 'S/RES/' AS other_organ,
       'E/CN.4/2005/L.11'::unsymbol ^@ 'E/CN.4/' AS commission,
       'S/RES/1674'::unsymbol ^@ 'S/RES/1674' AS whole,
       'S/RES/1674'::unsymbol ^@ 'S/RES/1674 (2006)' AS whole_with_year,
       'A/RES/60/1'::unsymbol ^@ '' AS empty;
SELECT sym FROM s WHERE sym ^@ 'A/HRC/' ORDER BY sym;
SELECT unsymbol_kind(sym) AS kind, count(*) FROM s GROUP BY 1 ORDER BY 2 DESC, 1;
