# un_symbols (issue 3): the scanner's multi-pattern matcher is generated from the
# gazetteer of titled documents and the cue-word list.
CORE_GEN += src/gen/un_symbols_names.c

src/gen/un_symbols_names.c: src/tools/gen_un_symbols_names.pl src/tools/AhoCorasick.pm src/data/named_documents.tsv src/data/un_symbols_cues.tsv
	@mkdir -p src/gen
	perl src/tools/gen_un_symbols_names.pl src/data/named_documents.tsv src/data/un_symbols_cues.tsv > $@.tmp && mv $@.tmp $@
