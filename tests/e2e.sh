#!/bin/sh
# End-to-end: the example servers and client against Python's websockets (tests/e2e.py).
# Prints "e2e: N passed, N failed". Needs `sh examples/deps.sh` (libwslay-dev, zlib1g-dev,
# python3-websockets); Debian's /usr/bin/python3 is used, since that is where the package lives.
cd "$(dirname "$0")/.." || exit 2
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if ! make -s examples >/dev/null || ! "$py" -c 'import websockets' 2>/dev/null; then
    echo "e2e: cannot build the examples or import websockets (run: sh examples/deps.sh)"
    echo "e2e: 0 passed, 1 failed"
    exit 1
fi
exec timeout 300 "$py" tests/e2e.py
