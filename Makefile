# diplotext: PGXS build.  `make demo` and `make test` are the two front doors;
# see README.md.

EXTENSION    = diplotext
EXTVERSION   = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" diplotext.control)
MODULE_big   = diplotext

# The plain C core (no PostgreSQL header) and the thin PostgreSQL layer.
CORE_SRCS    = $(sort $(wildcard src/core/*.c))
PG_SRCS      = $(sort $(wildcard src/pg/*.c))
# Sources generated from the fact tables in src/data (feature fragments add to it).
CORE_GEN     =

# Feature fragments (generated tables, feature rules) come before PGXS, so
# name the default goal here: a rule in a fragment must not become it.
.DEFAULT_GOAL := all
include $(sort $(wildcard src/*.mk))

OBJS         = $(CORE_SRCS:.c=.o) $(CORE_GEN:.c=.o) $(PG_SRCS:.c=.o)

# The install script is assembled from one SQL fragment per feature.
SQL_PARTS    = $(sort $(wildcard src/sql/*.sql))
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
DATA         = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*--*.sql))

# One pg_regress suite per feature: every file in sql/.
REGRESS      = $(basename $(notdir $(sort $(wildcard sql/*.sql))))
REGRESS_OPTS = --encoding=UTF8 --no-locale

ICU_LIBS_ALL = -licui18n -licuuc -licudata
PG_CPPFLAGS  = -Isrc/core -Isrc/pg -Isrc/gen -DDT_VERSION=\"$(EXTVERSION)\"
PG_CFLAGS    = -Wall -Wextra -Werror -Wno-missing-field-initializers
SHLIB_LINK   = $(ICU_LIBS_ALL)

EXTRA_CLEAN  = $(DATA_built) src/gen test/build results regression.diffs regression.out

# PostgreSQL 15's pg_config where Debian puts it, else the one on the PATH.
PG_CONFIG   ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS        := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))
ifneq ($(PGXS),)
include $(PGXS)

# PostgreSQL's headers trip -Wextra warnings of their own: read them as system
# headers so that -Werror judges only our code.
override CPPFLAGS := $(patsubst -I$(includedir_server),-isystem $(includedir_server),$(patsubst -I$(includedir_internal),-isystem $(includedir_internal),$(CPPFLAGS)))
else
# No server headers yet: `make demo` and `make test` install them first.
all install installcheck:
	@echo "diplotext: PostgreSQL 15 server headers not found: run 'make demo' or 'make test' as root," \
	      "or apt-get install postgresql-15 postgresql-server-dev-15 libicu-dev wbritish" >&2; exit 1
endif

$(DATA_built): $(SQL_PARTS) diplotext.control Makefile
	{ echo "-- diplotext $(EXTVERSION): generated from src/sql/*.sql by make; do not edit"; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION diplotext" to load this file. \quit'; \
	  for f in $(SQL_PARTS); do echo; echo "-- ---- $$f"; cat $$f; done; } > $@

# Every object depends on the generated tables, and on our headers (few, so
# a change to any of them rebuilds all: PGXS tracks no header dependencies);
# the JIT bitcode likewise.
HEADERS = $(wildcard src/core/*.h src/pg/*.h)
$(OBJS): $(CORE_GEN) $(HEADERS)
ifeq ($(with_llvm), yes)
$(OBJS:.o=.bc): $(CORE_GEN) $(HEADERS)
endif

# ---------------------------------------------------------------------------
# Tests, demo, benchmarks.  The scripts in test/ do the work.
# ---------------------------------------------------------------------------
.PHONY: test unit demo corpus-check bench fuzz core-lib print-core-link

CORE_ONLY_SRCS = $(CORE_SRCS) $(CORE_GEN)

# C unit tests of the core, under AddressSanitizer and UBSan.
unit: $(CORE_GEN)
	CORE_SRCS="$(CORE_ONLY_SRCS)" ICU_LIBS="$(ICU_LIBS_ALL)" test/run-unit.sh

# Everything: build, unit tests, install, pg_regress in a throw-away cluster.
test:
	test/run-tests.sh

demo:
	test/demo.sh

# Property checks over the UN General Debate Corpus in ../shared (not in make test).
corpus-check:
	test/corpus/run.sh

bench:
	test/bench/run.sh

# The core alone, optimised, as a static library for drivers outside the
# server (dev-set scorers, command-line benchmarks): test/build/libdtcore.a.
CORE_LIB_DIR  = test/build/corelib
CORE_LIB      = test/build/libdtcore.a
CORE_LIB_OBJS = $(addprefix $(CORE_LIB_DIR)/,$(subst /,_,$(CORE_ONLY_SRCS:.c=.o)))
CORE_LIB_CC   = $(CC) -std=gnu11 -O2 -g -Wall -Wextra -Werror -Isrc/core -Isrc/gen
core-lib: $(CORE_LIB)
$(CORE_LIB): $(CORE_LIB_OBJS)
	rm -f $@ && ar rcs $@ $^
$(CORE_LIB_DIR)/src_core_%.o: src/core/%.c $(CORE_GEN) $(HEADERS) | $(CORE_LIB_DIR)
	$(CORE_LIB_CC) -c $< -o $@
$(CORE_LIB_DIR)/src_gen_%.o: src/gen/%.c $(HEADERS) | $(CORE_LIB_DIR)
	$(CORE_LIB_CC) -c $< -o $@
$(CORE_LIB_DIR):
	mkdir -p $@

# Flags to link a driver against the core: `$(make -s print-core-link)`.
print-core-link:
	@echo -Isrc/core -Isrc/gen test/build/libdtcore.a $(ICU_LIBS_ALL) -lm

fuzz: $(CORE_GEN)
	CORE_SRCS="$(CORE_ONLY_SRCS)" ICU_LIBS="$(ICU_LIBS_ALL)" test/fuzz/run.sh

# The flags the module is compiled with (test/run-tests.sh compiles every file
# once more with clang, -Werror, to keep both compilers clean).
print-compile-flags:
	@echo $(CPPFLAGS) $(CFLAGS) $(PG_CFLAGS)
