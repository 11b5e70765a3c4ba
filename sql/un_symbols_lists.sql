SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Elided lists and ranges: each item its own span, the members of a range share it.
SELECT symbol, start_pos, end_pos, matched FROM un_symbols('(see S/2000/40/Add.39, 44 and 46)');
SELECT symbol, start_pos, end_pos, matched FROM un_symbols('see S/11185/Add.14-16, 21, 42/Rev.1 and 47; S/9427 and Corr.1');
SELECT symbol, matched FROM un_symbols('A/C.3/59/SR.24-34, 36 and 41');
SELECT symbol, matched FROM un_symbols('A/CN.4/317 + Add.1 + Add.1/Corr.1 + Add.2 Filling; A/CN.4/318 + Add.1–4 + Add.8');
SELECT symbol, matched FROM un_symbols('A/C.3/63/L.57 and Rev.1 was circulated');
SELECT symbol, matched FROM un_symbols('see A/CONF.151/26 (Vols. I-III) and E/2018/34 (Parts I and II).');
-- a number after a list that is not an item stays out
SELECT symbol, matched FROM un_symbols('A/72/L.5, 44 Member States voted; S/2018/525, 12 abstentions');
-- a range that is too long or backwards is not expanded
SELECT count(*) FROM un_symbols('S/11185/Add.14-99999 and S/11185/Add.16-14');
