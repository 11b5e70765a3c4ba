SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- One test per artifact, on short real snippets of the UN General Debate Corpus.

-- Page number and job number between "social" and "justice", blank lines
-- around them, trailing spaces (QAT_63_2008 lines 43-51).
SELECT n, paragraph FROM paragraphs(E' If the purposes and principles of the Charter have \nestablished the political rights of nations on the basis \nof international law, the right of peoples to social \n \n \n17 08-51570 \n \njustice must be based on the idea of development. In \nthe past, the first generation of advocates demanded it. \n');
-- The other footer/header forms: "53 09-52470", "09-52470 64", a bare page
-- number, "A/63/PV.13", "15-29431 31/51" + form feed + "A/70/PV.16 29/09/2015".
SELECT n, paragraph FROM paragraphs(E'the President of the \n53 09-52470 \nGeneral Assembly, and the \n09-52470 64 \n\n28\nSecretary-General for the \n A/63/PV.13\nreport that he \n15-29431 31/51\n\f\nA/70/PV.16 29/09/2015\nhas presented to us.');
-- The boilerplate footer leaked into a speech (EST_68_2013 lines 45-52).
SELECT n, paragraph FROM paragraphs(E'internally displaced persons are scattered around the \n\n\nThis record contains the text of speeches delivered in English and of the interpretation of \nspeeches delivered in the other languages. Corrections should be submitted to the original \nlanguages only. They should be incorporated in a copy of the record and sent under the signature of a member of the delegation concerned to the Chief of the Verbatim Reporting Service, room \nU.506. Corrections will be issued after the end of the session in a consolidated corrigendum.\nworld.');

-- Line-end hyphens: compounds keep the hyphen (self-determination,
-- Secretary-General), a syllable split is joined only when the word list is
-- certain (technolo-gies: MEX_49_1994), a compound of two words stays
-- (member-ship: GMB_48_1993), a suspended hyphen keeps its space.
SELECT n, paragraph FROM paragraphs(E'the right of peoples to self-\ndetermination, as the\nSecretary-\nGeneral said, and fair access to markets, capital and new technolo-\ngies, an explosion in United Nations member-\nship, and medium-\nand long-term plans.');
-- "word- word" artifacts are closed, except before and/or/to
-- (AFG_29_1974 "twenty- ninth"; "small- and medium-sized").
SELECT paragraph FROM paragraphs(E'this twenty- ninth session, the self- determination of peoples, the non- aligned countries, small- and medium-sized States, short- to medium-term goals, pre- or post-conflict.');

-- A speaker turn starts a paragraph of its own, kept as printed
-- (BGD_64_2009 lines 352-360).
SELECT n, paragraph FROM paragraphs(E'another, we will leave a harmonious world for our \nchildren and future generations thereafter. \n May Bangladesh live forever! Long live the \nUnited Nations! \n The Acting President: On behalf of the General \nAssembly, I wish to thank the Prime Minister of the \nPeople’s Republic of Bangladesh for the statement she \nhas just made.');
-- Other turn forms, one per line.
SELECT n, paragraph FROM paragraphs(E'Mr. Levitte (France) (spoke in French): I thank you.\nThe President (spoke in Arabic): I now give the floor.\nMr. Chem Widhya (Cambodia): We support it.\nThe Secretary-General: Thank you.\n');
-- A stage direction wrapped over two lines (MOZ_63_2008 lines 92-98) and one
-- on one line (CYP_63_2008): own paragraphs, and text continues after them.
SELECT n, paragraph FROM paragraphs(E'live permanently in need. Those calamities have also \ncaused soil erosion and depletion and as a consequence \nfood insecurity and malnutrition affect our people. \nMr. Choquehuanca Céspedes (Bolivia), Vice-\nPresident, took the Chair. \n In order to address the food crisis, our \nGovernment approved last June, a Food Production \nAction Plan for the period 2008-2011. \n The President returned to the Chair. \n The programme is ambitious. \n');
-- A standalone interpretation note is dropped and does not split the
-- paragraph; the text around it is kept (BHR_63_2008 lines 133-149).
SELECT n, paragraph FROM paragraphs(E'isolate itself from their consequences. As the \nSecretary-General said in his opening statement, \n(spoke in English) \n“Nations can no longer protect their interests or \nadvance the well-being of their peoples without \n A/63/PV.13\n \n27 08-53122 \n \nthe partnership of other nations.” (A/63/PV.5, \np. 1). \n(spoke in Arabic) \n The Kingdom of Bahrain therefore supports \nefforts to reform the Organization. \n');
-- A note wrapped over two lines (STP_56_2001 lines 147-148) is dropped too.
SELECT n, paragraph FROM paragraphs(E'I thank you.\n(spoke in Portuguese; interpretation from French text\nprovided by the delegation)\nWe are a small island State.\n');

-- Mojibake: cp1252 (â€™, â€œ...â€\x9d, Ã©, Ã´), lossy (humanityâs, dâIvoire:
-- IRN_53_1998, CIV_53_1998), an ASCII quote with a stray C1 control
-- (GEO_62_2007).
SELECT paragraph FROM paragraphs(E'Maltaâ€™s belief, prefer to be called â€œFlight-Lieutenantâ€\u009d and not â€œMr.â€\u009d, the CÃ´te dâIvoire delegation, humanityâs age-old deprivation, who are good"\u009d.');
-- Latin-1 mojibake, a BOM, CR line ends and NFC (e + combining acute)
SELECT paragraph, paragraph = normalize(paragraph, NFC) AS is_nfc
FROM paragraphs(E'\uFEFFtodayâ\u0080\u0099s debate in Ge\u0301neve\rcontinues.');
