#!/bin/sh
# Runs every test program (plain and under ASan+UBSan), the compile checks and the gwcat checks,
# then prints one total line "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
passed=0; failed=0
count() { # parse "suite: N passed, N failed" lines from a log
    p=$(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$1" | awk '{s+=$1} END {print s+0}')
    passed=$((passed + p)); failed=$((failed + f))
}
log=$(mktemp); trap 'rm -f "$log"' EXIT
for mode in plain asan; do
    for t in build/$mode/test_*; do
        [ -x "$t" ] || continue
        case "$t" in *.o) continue;; esac
        if ! "$t" > "$log" 2>&1; then
            grep -q ' passed, [0-9]* failed$' "$log" || failed=$((failed + 1)) # crashed before its summary
        fi
        sed "s|^|[$mode] |" "$log" | grep -v '^\[.*\] *$' | tail -n 25
        count "$log"
    done
done
# Compile checks: the headers as C99 and C++ with gcc and clang, all warnings as errors.
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror"
for cc in "gcc -x c -std=c99" "clang -x c -std=c99" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
    bin=${cc%% *}
    if ! command -v "$bin" >/dev/null 2>&1; then echo "compile: $cc: not installed"; failed=$((failed + 1)); continue; fi
    if $cc $WARN -c -o /dev/null tests/impl.c 2> "$log" && $cc $WARN -c -o /dev/null tests/decl_only.c 2>> "$log"; then
        echo "compile: $cc: ok"; passed=$((passed + 1))
    else
        echo "compile: $cc: FAILED"; head -n 20 "$log"; failed=$((failed + 1))
    fi
done
# gwcat end to end
if [ -x tests/gwcat.sh ]; then
    sh tests/gwcat.sh > "$log" 2>&1; cat "$log" | tail -n 15; count "$log"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
