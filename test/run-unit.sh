#!/usr/bin/env bash
# Build and run the C unit tests of the core under AddressSanitizer and UBSan.
# Called by `make unit` with CORE_SRCS and ICU_LIBS set; prints the TAP output
# of each test program and, last, "unit: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
CC=${CC:-gcc}
out=test/build/unit
mkdir -p "$out"
flags="-std=gnu11 -O1 -g -Wall -Wextra -Werror -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -Isrc/core -Isrc/gen -Itest/unit"
passed=0; failed=0; broken=0
objs=()
for src in $CORE_SRCS; do
	obj="$out/$(echo "$src" | tr / _).o"
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find src/core src/gen -name '*.h' -newer "$obj" 2>/dev/null | head -1)" ]; then
		$CC $flags -c "$src" -o "$obj" || { echo "unit: cannot compile $src"; exit 1; }
	fi
	objs+=("$obj")
done
for t in test/unit/test_*.c; do
	name=$(basename "$t" .c)
	if ! $CC $flags "$t" "${objs[@]}" $ICU_LIBS -lm -o "$out/$name"; then
		echo "not ok - $name does not compile"; broken=$((broken+1)); continue
	fi
	log="$out/$name.log"
	( cd test/unit && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "../../$out/$name" ) > "$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log"); f=$(grep -c '^not ok ' "$log")
	passed=$((passed+p)); failed=$((failed+f))
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then broken=$((broken+1)); fi
	if [ $rc -ne 0 ]; then
		echo "--- $name (exit $rc):"; grep -v '^ok ' "$log" | head -50
	fi
	printf '%-28s %4d passed, %d failed%s\n' "$name" "$p" "$f" "$([ $rc -ne 0 ] && echo ", exit $rc")"
done
failed=$((failed+broken))
echo "unit: $passed passed, $failed failed"
[ $failed -eq 0 ]
