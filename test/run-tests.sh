#!/usr/bin/env bash
# `make test`: build, C unit tests (ASan+UBSan), a clang -Werror compile of
# every source, install, and every pg_regress suite in a throw-away cluster
# (pg_virtualenv).  Ends with "N passed, N failed"; exits non-zero on failure.
set -u
cd "$(dirname "$0")/.."
. test/virtualenv.sh
MAKE=${MAKE:-make}
passed=0; failed=0
count() { passed=$((passed+$1)); failed=$((failed+$2)); }

step() { echo; echo "== $*"; }

test/install-deps.sh || exit 1

step "build (gcc, -Wall -Wextra -Werror)"
if $MAKE -s all >test/build.log 2>&1; then count 1 0; echo "ok - build"; else cat test/build.log; count 0 1; echo "not ok - build"; fi
rm -f test/build.log

step "build check with clang (-Wall -Wextra -Werror)"
if command -v clang >/dev/null; then
	flags=$($MAKE -s print-compile-flags | sed -e 's/-fexcess-precision=standard//g' -e 's/-Wformat-truncation//g' -e 's/-Wcast-function-type//g' -e 's/-Wno-stringop-truncation//g' -e 's/-Wno-format-truncation//g' -e 's/-Wimplicit-fallthrough=[0-9]/-Wimplicit-fallthrough/g')
	bad=0
	for f in src/core/*.c src/pg/*.c $(ls src/gen/*.c 2>/dev/null); do
		clang $flags -Wno-unknown-warning-option -Wno-compound-token-split-by-macro -fsyntax-only "$f" || { bad=1; echo "not ok - clang: $f"; }
	done
	if [ $bad -eq 0 ]; then count 1 0; echo "ok - clang"; else count 0 1; fi
else
	echo "# clang not installed: skipped"
fi

step "C unit tests of the core (AddressSanitizer, UBSan)"
log=$(mktemp)
$MAKE -s unit 2>&1 | tee "$log" | grep -v '^ok '
line=$(grep '^unit: ' "$log" | tail -1)
if [ -n "$line" ]; then
	count "$(echo "$line" | sed -E 's/unit: ([0-9]+) passed.*/\1/')" "$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')"
else
	count 0 1
fi
rm -f "$log"

# Installing into the server's directories and testing against them is one
# critical section: several work trees on one machine take turns.
exec 9>/tmp/diplotext-install.lock
flock 9
step "install"
if $MAKE -s install >/dev/null 2>test/install.log; then echo "ok - install"; else cat test/install.log; count 0 1; fi
rm -f test/install.log

step "pg_regress suites in a throw-away cluster (pg_virtualenv)"
log=$(mktemp)
dt_virtualenv $MAKE -s installcheck >"$log" 2>&1
grep -E '^(test | +[a-z0-9_]+ +\.\.\.|ok |not ok |     )' "$log" | sed 's/^/  /' | head -200
rp=$(grep -cE '\.\.\. ok|^ok ' "$log"); rf=$(grep -cE '\.\.\. FAILED|^not ok |\.\.\. failed' "$log")
if [ "$rp" -eq 0 ] && [ "$rf" -eq 0 ]; then tail -30 "$log"; rf=1; fi
count "$rp" "$rf"
if [ -f regression.diffs ] && [ "$rf" -gt 0 ]; then echo "--- regression.diffs:"; head -300 regression.diffs; fi
rm -f "$log"
flock -u 9

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
