# unsymbol: the table of Security Council resolution numbers by year is
# generated from src/data/sc_resolution_years.tsv at build time.
CORE_GEN += src/gen/sc_resolution_years_table.c

src/gen/sc_resolution_years_table.c: src/tools/gen_sc_resolution_years.pl src/data/sc_resolution_years.tsv
	@mkdir -p src/gen
	perl src/tools/gen_sc_resolution_years.pl src/data/sc_resolution_years.tsv > $@.tmp && mv $@.tmp $@

