#!/bin/sh
# Names a reader finds by grep (issue 24):
# - every schema a message-list row names is written out where it is defined: a row's sixth column
#   (M(...) or A(...) in GW__<P>_MESSAGES of gateway.h and tests/toy/toy.h) must appear, as a whole
#   word, on some line that is not a row;
# - the manual's CONTENTS lists gateway.h's section banners ("/* ==== title ===...") in order.
# usage: sh tests/names.sh    prints "names: N passed, N failed"
cd "$(dirname "$0")/.." || exit 2
passed=0 failed=0
files="gateway.h tests/toy/toy.h"
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
toc=$(sed -n '/^   CONTENTS /,/^$/p' gateway.h | sed -n 's/^     [* ] \(.*\)$/\1/p')
banners=$(sed -n 's|^/\* ==== \(.*\) =* \*/$|\1|p' gateway.h | sed 's/ *=*$//')
if [ -n "$toc" ] && [ "$toc" = "$banners" ]; then
    passed=$((passed + 1))
else
    echo "FAIL names: the manual's CONTENTS and the section banners differ:"
    printf '%s\n' "$toc" > /tmp/names_toc.$$; printf '%s\n' "$banners" > /tmp/names_banners.$$
    diff /tmp/names_toc.$$ /tmp/names_banners.$$ | sed 's/^/    /'; rm -f /tmp/names_toc.$$ /tmp/names_banners.$$
    failed=$((failed + 1))
fi
echo "names: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
