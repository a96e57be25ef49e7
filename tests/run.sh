#!/bin/sh
# Runs every test program (plain, and under ASan+UBSan with gcc and with clang), the compile checks, gwcat, and the suites
# that need optional tools (packaging: cmake + pkg-config; e2e: wslay + python3-websockets;
# valgrind; schema: node + npm), then prints one total line "N passed, N failed, N skipped". A suite whose tools are
# missing is skipped with a message (.ci/run installs them all, so CI skips nothing).
#   sh tests/run.sh --plain   only the plain test programs, gwcat.sh and names.sh (`make check`: the quick run)
cd "$(dirname "$0")/.." || exit 2
modes="plain asan csan tsan"
[ "${1:-}" = "--plain" ] && modes=plain
passed=0; failed=0; skipped=0
have() { command -v "$1" >/dev/null 2>&1; }
skip() { echo "skipped: $1"; skipped=$((skipped + 1)); }
count() { # parse "suite: N passed, N failed" lines from a log
    p=$(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$1" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$1" | awk '{s+=$1} END {print s+0}')
    passed=$((passed + p)); failed=$((failed + f))
}
log=$(mktemp); trap 'rm -f "$log"' EXIT
for mode in $modes; do # csan: ASan + UBSan built with clang; tsan: test_threads, ThreadSanitizer
    for t in build/$mode/test_*; do
        [ -x "$t" ] || continue
        case "$t" in *.o) continue;; esac
        # a sanitizer's report stops the program before its summary, so it counts as a failure
        if ! TSAN_OPTIONS="halt_on_error=1 ${TSAN_OPTIONS:-}" "$t" > "$log" 2>&1; then
            grep -q ' passed, [0-9]* failed$' "$log" || failed=$((failed + 1)) # crashed before its summary
        fi
        sed "s|^|[$mode] |" "$log" | grep -v '^\[.*\] *$' | tail -n 25
        count "$log"
    done
done
if [ "$modes" = plain ]; then
    for s in tests/gwcat.sh tests/names.sh; do
        sh "$s" > "$log" 2>&1 || grep -q ' passed, [0-9]* failed$' "$log" || failed=$((failed + 1))
        grep -E 'FAIL|passed, [0-9]+ failed$' "$log" | tail -n 15
        count "$log"
    done
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi
# Compile checks: the headers as C99 and C++ with gcc and clang, all warnings as errors; tests/twice.c
# (declarations, then the implementation, then again) built and run.
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror"
for cc in "gcc -x c -std=c99" "clang -x c -std=c99" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
    bin=${cc%% *}
    if ! have "$bin"; then skip "compile check with $bin (not installed)"; continue; fi
    if $cc $WARN -c -o /dev/null tests/impl.c 2> "$log" && $cc $WARN -c -o /dev/null tests/decl_only.c 2>> "$log" &&
       { ! echo '#include <zlib.h>' | $cc -E - >/dev/null 2>&1 || $cc $WARN -DGATEWAY_ZLIB -c -o /dev/null tests/impl.c 2>> "$log"; } &&
       $cc $WARN -o "$log.twice" tests/twice.c 2>> "$log" && "$log.twice" 2>> "$log"; then
        echo "compile: $cc: ok"; passed=$((passed + 1))
    else
        echo "compile: $cc: FAILED"; head -n 20 "$log"; failed=$((failed + 1))
    fi
done
# The README's quick start compiles on its own (its first C block), with each compiler.
awk '/^## Quick start/ { q = 1 } q && /^```c/ { on = 1; next } on && /^```/ { exit } on' README.md > "$log.c"
for cc in "gcc -x c -std=c99" "clang -x c -std=c99" "g++ -x c++ -std=c++11"; do
    bin=${cc%% *}
    have "$bin" || continue
    if [ -s "$log.c" ] && $cc $WARN -I. -c -o /dev/null "$log.c" 2> "$log"; then
        echo "compile: README quick start with $cc: ok"; passed=$((passed + 1))
    else
        echo "compile: README quick start with $cc: FAILED"; head -n 20 "$log"; failed=$((failed + 1))
    fi
done
rm -f "$log.c" "$log.twice"
# A suite script prints "name: N passed, N failed"; one that dies before that counts as a failure.
suite() {
    sh "$1" > "$log" 2>&1 || grep -q ' passed, [0-9]* failed$' "$log" || failed=$((failed + 1))
    grep -E 'FAIL|passed, [0-9]+ failed$' "$log" | tail -n 15
    count "$log"
}
suite tests/gwcat.sh
suite tests/names.sh
if have cmake && have pkg-config; then suite tests/packaging.sh; else skip "packaging (needs cmake and pkg-config)"; fi
if [ -x build/ms_server ] && [ -x build/dmod_server ] && [ -x build/i386_client ] &&
   /usr/bin/python3 -c 'import websockets' 2>/dev/null; then suite tests/e2e.sh
else skip "e2e (needs the examples built with libwslay-dev, and python3-websockets: sh examples/deps.sh)"; fi
if [ -x build/ms_server ] && [ -x build/dmod_server ] && [ -x build/gwload ]; then suite tests/load.sh
else skip "load (needs the examples built with libwslay-dev: sh examples/deps.sh)"; fi
if have valgrind; then suite tests/valgrind.sh; else skip "valgrind (not installed)"; fi
if have node && have npm; then suite tests/schema.sh; else skip "schema (needs node and npm)"; fi
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ]
