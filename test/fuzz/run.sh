#!/usr/bin/env bash
# `make fuzz`: build every libFuzzer target test/fuzz/fuzz_*.c against the core
# (clang, -fsanitize=fuzzer,address,undefined) and run each for FUZZ_SECONDS
# (default 60), seeded from test/fuzz/corpus/<target>/ when it exists.
set -u
cd "$(dirname "$0")/../.."
out=test/build/fuzz
mkdir -p "$out"
secs=${FUZZ_SECONDS:-60}
flags="-std=gnu11 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc/core -Isrc/gen"
rc=0
for t in test/fuzz/fuzz_*.c; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .c)
	clang $flags "$t" $CORE_SRCS $ICU_LIBS -lm -o "$out/$name" || { echo "not ok - $name does not build"; rc=1; continue; }
	seeds=()
	[ -d "test/fuzz/corpus/$name" ] && seeds=("test/fuzz/corpus/$name")
	mkdir -p "$out/$name.corpus"
	if "$out/$name" -max_total_time="$secs" -max_len=4096 -print_final_stats=1 -artifact_prefix="$out/$name-" "$out/$name.corpus" "${seeds[@]}" >"$out/$name.log" 2>&1; then
		echo "ok - $name: $(grep -E 'stat::number_of_executed_units' "$out/$name.log" | awk '{print $2}') inputs in ${secs}s, no crash"
	else
		echo "not ok - $name:"; tail -40 "$out/$name.log"; rc=1
	fi
done
exit $rc
