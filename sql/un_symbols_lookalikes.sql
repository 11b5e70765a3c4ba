SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Look-alikes are never extracted.
SELECT count(*) AS press_releases FROM un_symbols('Press Release SC/13477, GA/12677, GA/EF/2899, HR/CN/1109, ECOSOC/6946, SG/SM/9808, GA/PAL/15, GA/PK/188');
SELECT count(*) AS job_numbers FROM un_symbols('05-39263 (E) 240805 *0539263* GE.15-21930(E) 17-04856(E) 1137476E N0920610-pdf');
SELECT count(*) AS other_numbers FROM un_symbols('Sales No. E.08.I.8, ISBN 978-92-1-101162-3, ISSN 0082-8157, UNAIDS/02.31E, IOR 40/1644/2015, Journal No. 2017/173, PRN: 2011/1617, QDe.115');
SELECT count(*) AS templates FROM un_symbols('T/PV.--, A/session/53, E/CN.4/ on its own, S/PRST/year/…, A/<sessionNum>/<docNum>, A/[session]/[sequential number], S/--, -/CP.21, A/62/docNum');
SELECT count(*) AS ordinary_text FROM un_symbols('24/7, 17/9/87, 22/4/2005, 2017/18, 9/11, 5/5, HIV/AIDS, and/or, A/B testing, SRSG/RSG, G-77/China, section/II, volume/I, {{{date}}}, km/h, s/he');
SELECT count(*) AS decisions FROM un_symbols('decision 50/411, decision ES-7/11, decision 1/CP.21, Agreed conclusions 486 (LIII), decisions 65/IV and 66/IX, general recommendation No. 19 (1992)');
SELECT count(*) AS slugs FROM un_symbols('unctad.org/en/docs/tdbex40d3_en.pdf and N0547197.pdf, record 189104');
-- a symbol cut short or a series ending in "/" is not a document
SELECT count(*) AS cut FROM un_symbols('A/59/565–S/2004/… and E/CN.4/ and ST/AI/189/Add.9/ 17/9/87');
