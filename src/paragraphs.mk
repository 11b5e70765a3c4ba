# paragraphs() / fix_text(): the lexicon that decides line-end hyphens is
# generated from Debian's British English word list (package wbritish) and the
# hyphenated forms attested in the corpus (src/data/hyphen_attested.txt).
HYPHEN_WORDLIST ?= /usr/share/dict/british-english
CORE_GEN += src/gen/hyphen_words_table.c

src/gen/hyphen_words_table.c: src/tools/gen_hyphen_words.pl src/data/hyphen_attested.txt
	@test -r $(HYPHEN_WORDLIST) || { echo "missing $(HYPHEN_WORDLIST): apt-get install wbritish" >&2; exit 1; }
	@mkdir -p src/gen
	perl src/tools/gen_hyphen_words.pl $(HYPHEN_WORDLIST) src/data/hyphen_attested.txt > $@.tmp && mv $@.tmp $@
