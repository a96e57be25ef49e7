#!/bin/sh
# Run the plain test binaries (build/plain/test_*, build them with `make test-plain`) under
# valgrind memcheck; any error or leak fails. Ends with "valgrind: N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
if ! command -v valgrind >/dev/null 2>&1; then
    echo "valgrind: not installed, skipped (apt-get install valgrind)"
    echo "valgrind: 0 passed, 0 failed"
    exit 0
fi
passed=0; failed=0
log=$(mktemp); trap 'rm -f "$log"' EXIT
for t in build/plain/test_*; do
    [ -x "$t" ] || continue
    case "$t" in *.o) continue;; esac
    if valgrind -q --error-exitcode=1 --leak-check=full \
            "$t" > "$log" 2>&1; then
        echo "valgrind: $t: ok"; passed=$((passed + 1))
    else
        echo "valgrind: $t: FAILED"; grep -E '==[0-9]+==|FAIL|failed$' "$log" | head -n 30; failed=$((failed + 1))
    fi
done
[ $((passed + failed)) -gt 0 ] || echo "valgrind: no test binaries in build/plain (run make test-plain first)"
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
