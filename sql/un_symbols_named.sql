SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- References by name (is_named): Security Council resolutions by number and year
-- in any context and language; organs from the words around; shared list heads.
SELECT symbol, is_named, start_pos, end_pos, matched FROM un_symbols('The Council adopted resolution 1674 (2006) unanimously.');
SELECT symbol, matched FROM un_symbols('Recalling its resolutions 1160 (1998) of 31 March 1998, 1199 (1998) of 23 September 1998, 1203 (1998) of 24 October 1998 and 1239 (1999) of 14 May 1999,');
SELECT symbol, matched FROM un_symbols('including resolutions 242 (1967) of 22 November 1967, 446 (1979) 22 March 1979, 904 (1994) of 18 March 1994, of 12 March 2002, 1515 (2003) and 2334 (2016) of 23 December');
-- a year that is not the resolution's year: not a Council resolution
SELECT count(*) FROM un_symbols('resolution 1674 (2005) and resolution 12 (2019)');
-- French, Spanish, Russian, Arabic, Chinese
SELECT symbol, matched FROM un_symbols('la résolution 2254 (2015) et la resolución 1325 (2000), резолюция 2231 (2015), القرار 2334 (2016), 第2254(2015)号决议');
-- General Assembly: session/number, old roman sessions, parts, special sessions
SELECT symbol, matched FROM un_symbols('General Assembly resolution 217 A (III), resolutions 3411 A and B (XXX), its resolution 60/1 of 16 September 2005, resolution 59/113A of 10 December 2004, and resolution ES‑11/1 and resolution S-26/2.');
SELECT symbol, matched FROM un_symbols('Resolution 1514(XV) and resolution 3362 (S-VII)');
-- Human Rights Council and ECOSOC from the words around
SELECT symbol, matched FROM un_symbols('according to the Human Rights Council resolution 5/1 of 18 June 2007 and Economic and Social Council resolution 1996/31 of 25 July 1996');
SELECT symbol, matched FROM un_symbols('The Human Rights Council, recalling Council resolutions 6/10 and 10/28, ...');
-- bare numbers need a Security Council context ...
SELECT symbol, matched FROM un_symbols('The Security Council met. UNSCR 1373 remains central, as does resolution 1325.');
SELECT count(*) FROM un_symbols('The committee discussed resolution 1325.');
-- ... or are a pre-1976 GA resolution the gazetteer knows
SELECT symbol, matched FROM un_symbols('FROM RESOLUTION 1514 ON GRANTING INDEPENDENCE');
-- drafts and decisions are not resolutions
SELECT count(*) FROM un_symbols('draft resolution II was adopted; decision 59/552 and decision ES-7/11; Council decision 1996/302');
-- titled documents and general comments
SELECT symbol, matched FROM un_symbols(E'paragraphs 138 and 139 of the 2005 World Summit\n\nOutcome document, the 2030 Agenda and the Universal Declaration of Human Rights');
SELECT symbol, matched FROM un_symbols('le document final du Sommet mondial de 2005; In larger freedom: towards development, security and human rights for all');
SELECT symbol, matched FROM un_symbols('Human Rights Committee General comment No. 36 (2018) replaces general comments No. 6 (16th session) and 14.');
SELECT symbol, matched FROM un_symbols('Committee on Economic, Social and Cultural Rights, General Comment No. 24 on State Obligations');
-- a bare body name that is also a title, a treaty, a committee abbreviation: not a document
SELECT count(*) FROM un_symbols('The Human Rights Council and the Convention on the Rights of the Child; CEDAW and CRC met.');
-- a title followed by its written symbol counts once, as written
SELECT symbol, is_named FROM un_symbols('2009: Implementing the responsibility to protect (A/63/677)');
-- headings of resolutions
SELECT symbol, matched FROM un_symbols(E'41/69. United Nations Relief and Works Agency\nThe General Assembly,');
SELECT symbol, matched FROM un_symbols(E'S-26/2. Declaration of Commitment on HIV/AIDS\n2005/54. Enhancement of international cooperation (E/CN.4/2005/L.10)');
-- Human Rights Council decisions have symbols; other decisions do not
SELECT symbol, matched FROM un_symbols('The Human Rights Council decision 12/118 was recalled; decision 59/552 and Council decision 1996/302 were not.');
-- the organ named just before, possessive too: the Council's decision as the Council's resolution
SELECT symbol, matched FROM un_symbols('The Human Rights Council met. The Council''s decision 12/118 and the Council''s resolution 16/1');
-- a bare number with the year of that Council resolution
SELECT symbol, matched FROM un_symbols('resolutions: 2139 in 2014, and resolution 2254 of 2015');
-- ... but not when another organ is named: these are not Security Council resolutions
SELECT count(*) FROM un_symbols('General Assembly resolution 2 in 1946; ECOSOC resolution 14 of 1946');
SELECT symbol, matched FROM un_symbols('Security Council resolution 2139 of 2014');
-- Official Records supplements: named unless the symbol is written right after
SELECT symbol, matched FROM un_symbols('Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53; FORTY-FIRST SESSION SUPPLEMENT No. 3 (A/41/3)');
-- dates inside a list are skipped, not read as resolution numbers
SELECT symbol, matched FROM un_symbols('The Security Council, recalling its resolutions 49/222 A and B of 23 December 1994 and 20 July 1995, 51/226 of 3 April 1997,');
-- "SC", "UNSC" and a written S/ symbol nearby make a bare number a Council resolution
SELECT symbol, matched FROM un_symbols('SC resolution 1325 and (S/RES/1820) then resolution 1888. UNSC resolution 2250.');
