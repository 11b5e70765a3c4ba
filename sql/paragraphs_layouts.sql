SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS diplotext;
RESET client_min_messages;
-- One test per layout, on short real snippets of the UN General Debate Corpus.
-- Each shows the paragraphs and checks the spans against the input.
CREATE TEMP TABLE doc(name text PRIMARY KEY, body text);
-- Indent-marked paragraphs in hard-wrapped text, trailing spaces, CRLF
-- (QAT_63_2008 lines 1-8, AUT_63_2008).
INSERT INTO doc VALUES ('indented', E'I should like at the outset to congratulate you, \r\nSir, on your election as President of the General \r\nAssembly at its sixty-third session. I wish you every \r\nsuccess in your mission. \r\n I should like also to thank your predecessor, \r\nMr. Srgjan Kerim, for all of his efforts in the \r\nprevious session. I should further like to thank the \r\nSecretary-General, Mr. Ban Ki-moon, for his efforts \r\nto promote and revitalize the role of the United \r\nNations. \r\n Armed conflict, climate change, poverty, hunger \r\nand the proliferation of weapons of mass destruction \r\nare the bleak challenges we face today. \r\n');
-- Hard-wrapped without indents: a paragraph ends with a short line that ends
-- a sentence (AUT_50_1995 lines 1-11).
INSERT INTO doc VALUES ('wrapped', E'It is with great\npleasure that I congratulate you, Mr. President, on your\nelection as President of the General Assembly at this\nfiftieth session, at which we are commemorating the\nfounding of the United Nations half a century ago. Your\nvast experience as a statesman and scholar is our assurance\nthat this session will be crowned with success.\nI wish to thank your distinguished predecessor, the\nForeign Minister of Côte d’Ivoire, whose untiring efforts to\nstimulate the reform process in our world Organization\ndeserve special gratitude.\nAustria, a member of the European Union since 1\nJanuary 1995, fully endorses the comprehensive statement\nmade on behalf of the Union by His Excellency Mr. Javier\nSolana Madariaga, the Spanish Foreign Minister.');
-- One paragraph per line (ISR 2016 style), with a running header and footer
-- and a form feed in mid-sentence (COL_70_2015 lines 8-11, shortened).
INSERT INTO doc VALUES ('one per line', E'Colombia is at a historic moment. We are very close to ending the last armed conflict in the western hemisphere, and the agreements reached in Havana, after almost three years of talks, are based on the rights of victims\n30/51 15-29431\n\f\n29/09/2015 A/70/PV.16\nand on truth, reparations and the non-resumption of the conflict, placing them at the centre of the solution.\nWe are also firmly committed to the Sustainable Development Goals, and we were among the first countries to align our national development plan with them.\n');
-- Blank lines between paragraphs, trailing spaces, and a page break (form
-- feed) that falls between two paragraphs (AFG_68_2013 lines 1-25, 281-288).
INSERT INTO doc VALUES ('blank lines', E'I bring to all warm \ngreetings and the good wishes of the Afghan people. \nI have the honour to address the General Assembly \nin the last year of the current elected Government of \nAfghanistan. I therefore think that it is useful briefly to \nrevisit the story of Afghanistan over the past 12 years. \n\nTo better illustrate the journey that Afghanistan \nand its noble people have been on over the past 12 years, \nI should like to share two contrasting pictures of the \nreality of Afghanistan — in the year 2001 and in the year 2013, \nas we are going through a historic period and a process \nof transition.\n\nWe will continue to work \ntowards lasting peace, security and prosperity.\n\n\n\f\nAs we go forward in implementing the transition \nagenda and preparing for the transformation decade, \nanother key foundation of our long-term success will \nbe the strategic partnerships we have forged.\n');
-- Mixed: separator lines, blank lines inside paragraphs, and a paragraph on
-- one long line.
INSERT INTO doc VALUES ('mixed', E'We acknowledge that Governments bear the\nprimary responsibility for the protection of their own\ncitizens\n\n* * *\n\nWe have carefully examined the latest report of Secretary-General Guterres (A/72/884) and share his views on the importance of prioritizing prevention.\n\n* * *\n\nIn conclusion, I would like to reiterate that\nKazakhstan is committed to working closely with\n\nall the relevant parties.');
-- Numbered paragraphs, one per line (AFG_29_1974; the numbers are dropped
-- from the text, not from the span).
INSERT INTO doc VALUES ('numbered', E'46.\tI also wish to avail myself of this opportunity to express my delegation''s deep gratitude to Mr. Leopoldo Benites.\r\n47.\tI should like to extend to Mr. Kurt Waldheim, the Secretary-General, our deep appreciation of his untiring efforts.\r\n');

SELECT d.name, p.n, p.paragraph
FROM doc d, paragraphs(d.body) p ORDER BY d.name, p.n;

-- spans: the text at the span starts and ends like the paragraph (modulo
-- unwrapping and the dropped paragraph numbers)
SELECT d.name, p.n, p.start_pos, p.end_pos,
       left(regexp_replace(substr(d.body, p.start_pos, p.end_pos - p.start_pos), '\s+', ' ', 'g'), 30) AS span_starts,
       right(regexp_replace(substr(d.body, p.start_pos, p.end_pos - p.start_pos), '\s+', ' ', 'g'), 20) AS span_ends
FROM doc d, paragraphs(d.body) p ORDER BY d.name, p.n;
