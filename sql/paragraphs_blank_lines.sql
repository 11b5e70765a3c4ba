SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- Blank lines after a line that does not end a sentence (review report,
-- section 4), and "N. " paragraph numbers.
-- A resolution's preamble and operative paragraphs: each clause is a
-- paragraph; "1. " and "2. " are paragraph numbers (dropped from the text,
-- inside the span).
SELECT n, paragraph, start_pos, end_pos
FROM paragraphs(E'The General Assembly,\n\nRecalling its resolution 60/1 of 16 September 2005,\n\nReaffirming the purposes and principles of the Charter,\n\n1. Decides to continue the discussion;\n\n2. Requests the Secretary-General to report.');
-- no line ends a sentence: the blank lines are the only evidence
SELECT n, paragraph FROM paragraphs(E'para\n\npara\n\npara');
SELECT count(*) FROM paragraphs(E'para\n\npara');
-- a comma line, then a blank line and a capital: a boundary; no blank line: joined
SELECT n, paragraph FROM paragraphs(E'The General Assembly,\r\nRecalling its resolution,\r\n\r\nS/RES/1674 and more.');
-- list items after blank lines
SELECT n, paragraph FROM paragraphs(E'We call on all States:\n\n(a) To ratify the Convention;\n\n(b) To report on it.');
-- the seed's mid-sentence blank lines (separator layout) stay joined
SELECT n, left(paragraph, 40) AS starts, paragraph LIKE '%World Summit Outcome document%' AS summit_joined,
       paragraph LIKE '%working closely with all the relevant parties.' AS with_all_joined
FROM paragraphs(E'Kazakhstan reaffirms its commitments to\nparagraphs 138 and 139 of the 2005 World Summit\n\nOutcome document and, as a member of the Council,\nconsiders it a moral imperative.\n\n====================\n\nIn conclusion, I would like to reiterate that\nKazakhstan is committed to working closely with\n\nall the relevant parties.');
-- hard-wrapped text whose blank-line blocks end sentences: a blank line
-- after a full line is a page break, also before a capital
SELECT n, paragraph FROM paragraphs(E'Kazakhstan reaffirms its commitments to the paragraphs\none hundred and thirty-eight and one hundred and thirty\nnine of the outcome adopted at the 2005 World Summit.\n\nWe take note of paragraphs 138 and 139 of the 2005 World\n\nSummit Outcome document and, as a non-permanent member\nof the Council, we consider it a moral imperative.\n\nWe support the concept of the responsibility to protect\nand its three pillars as agreed by the leaders in 2005.\n');
-- a line ending in a word that ends no paragraph runs on across a blank line
-- (GIN_54_1999: "... Democratic Republic of the" / "" / "Congo and Angola")
SELECT n, paragraph FROM paragraphs(E'Central Africa, particularly in the Democratic Republic of the\n\nCongo and Angola; those conflicts continue.\n\nWe welcome the report');
-- a running header "General Assembly 22nd meeting" between blank lines is
-- page furniture (IRQ_49_1994 style)
SELECT n, paragraph FROM paragraphs(E'developing countries in Africa, Asia and Latin and\n\nGeneral Assembly 22nd meeting\n\nCentral America. Iraq has called for justice.');
-- "N. " numbers of the 1982 records (PAN_37_1982: after blank lines;
-- MYS_37_1982: consistent numbering, no blank line)
SELECT n, paragraph FROM paragraphs(E'3. Never before in the history of mankind has\nthere been so many sombre political and economic\nproblems.\n\n4. Even for those who maintain that international\nlaw is an instrument of co-ordination, it holds.');
SELECT n, paragraph FROM paragraphs(E'10.\tThe people of Kampuchea have suffered for years and\nthe honor and dignity of the Kampuchean people.\n11. In West Asia, the situation has also taken a\nturn for the worse since June.\n');
-- a number that ends a wrapped sentence is text, not a paragraph number
SELECT n, paragraph FROM paragraphs(E'The number of Member States has risen to\n185. This growth is welcome and we hope for\nmore in the years to come.\n');
