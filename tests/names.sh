#!/bin/sh
# Every schema a message-list row names is written out where it is defined, so that grep finds
# it (issue 24): a row's sixth column (M(...) or A(...) in GW__<P>_MESSAGES of gateway.h and of
# tests/toy/) must appear, as a whole word, on some line that is not a row.
# usage: sh tests/names.sh    prints "names: N passed, N failed"
cd "$(dirname "$0")/.." || exit 2
passed=0 failed=0
files="gateway.h tests/toy/toy_decls.h tests/toy/toy_tables.h"
rows=$(cat $files | sed -n 's/^[[:space:]]*[MA](\([^,]*,\)\{5\}[[:space:]]*\([A-Za-z_][A-Za-z0-9_]*\),.*/\2/p' | sort -u)
[ -n "$rows" ] || { echo "names: no message-list rows found"; echo "names: 0 passed, 1 failed"; exit 1; }
for name in $rows; do
    if cat $files | grep -v '^[[:space:]]*[MA](' | grep -qw "$name"; then
        passed=$((passed + 1))
    else
        echo "FAIL names: $name (a row's schema) is not written where it is defined"
        failed=$((failed + 1))
    fi
done
echo "names: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
