#!/bin/sh
# Load and faults against the example servers (issue 14), sized for a 2-core machine and well
# under a minute. examples/gwload.c does the work; each check is one gwload run:
#   - ms_server, then dmod_server: 1000 connections, 20% of them faulty (gwload's eight faults in
#     turn), 100 events for each healthy one: every healthy connection gets all its events, none
#     lost, duplicated or out of order, and every faulty one is closed with its code in time;
#   - dmod_server: 1000 idle connections held at once, at most 64 KiB of server memory each;
#   - dmod_server --max-conns 200: of 250 connections, 50 are refused (HTTP 503), 200 served;
#   - ms_server with 128 file descriptors: past the limit connections are refused (HTTP 503) and
#     the server then serves another round with faults;
#   - dmod_server, 100 connections x 10,000 events: all delivered (the events/s is printed, not
#     judged: speed is for the benchmarks);
#   - ms_server, gwload --feed (issue 21, point 5): one connection plays the sharder and sends 2,000
#     numbered EXECUTE_COMMANDs, the server routes them to the 9 other connections (commands
#     services), each must get all 2,000 once and in order: none lost, duplicated or out of order.
#     Through --url, as against any server. Then with --server original and 20% faults: the faults
#     that need the example servers' rules (stall, slow, oversize) are reported not applicable,
#     the others pass.
# Prints "load: N passed, N failed". Needs the examples (sh examples/deps.sh: libwslay-dev).
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
if ! make -s build/ms_server build/dmod_server build/gwload >/dev/null 2>&1; then
    echo "load: cannot build the examples (run: sh examples/deps.sh)"
    echo "load: 0 passed, 1 failed"
    exit 1
fi
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null
tmp=$(mktemp -d)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$tmp"' EXIT

# start COMMAND...: run a server, wait for its "listening on PORT"; sets spid and port
start() {
    : > "$tmp/out"
    "$@" > "$tmp/out" 2> "$tmp/err" &
    spid=$!
    port=
    i=0
    while [ -z "$port" ] && [ $i -lt 50 ]; do
        sleep 0.1
        port=$(sed -n 's/^listening on //p' "$tmp/out")
        i=$((i + 1))
    done
}
stop() { kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null; spid=; }

# check NAME PATTERN GWLOAD-ARGS...: gwload must succeed and print a line matching PATTERN
check() {
    name=$1 pattern=$2
    shift 2
    if [ -n "$port" ] && timeout 50 build/gwload --port "$port" "$@" > "$tmp/load" 2>&1 && grep -qE "$pattern" "$tmp/load"; then
        echo "load: $name: ok"
        passed=$((passed + 1))
    else
        echo "load: $name: FAILED"
        tail -n 15 "$tmp/load"
        failed=$((failed + 1))
    fi
    grep -E '^gwload |^latency|^feed|^server memory|refused by|not applicable' "$tmp/load" | sed 's/^/    /'
}

for p in ms dmod; do
    start "build/${p}_server" --hb 1000 --timeout 55
    check "$p: 1000 connections, 20% faulty, 100 events each" '^load: [0-9]+ passed, 0 failed' \
        --proto "$p" --conns 1000 --events 100 --faults 20
    stop
done

start build/dmod_server --hb 1000 --timeout 55
check "dmod: 1000 idle connections held at once, <= 64 KiB of server memory each" ' 1000 held at once' \
    --proto dmod --conns 1000 --events 0 --hold 1000 --server-pid "$spid" --mem-limit 64
check "dmod: 100 connections x 10,000 events" '^load: 100 passed, 0 failed' --proto dmod --conns 100 --events 10000
stop

start build/dmod_server --hb 1000 --timeout 55 --max-conns 200
check "dmod --max-conns 200: 250 connections, 50 refused with HTTP 503, 200 served" '^  50 refused by the server' \
    --proto dmod --conns 250 --events 10 --hold 500 --allow-refused
stop

start build/ms_server --hb 1000 --timeout 55
check "ms --feed: 1 sharder -> 2,000 EXECUTE_COMMANDs -> 9 commands services, none lost, duplicated or out of order" \
    '^feed: 2000 of 2000 events sent, to 9 consumers: 18000 delivered, 0 lost, 0 duplicated, 0 out of order' \
    --proto ms --url "ws://127.0.0.1:$port/gateway" --feed --conns 10 --events 2000 --timeout 40
check "ms --feed --server original, 20% faulty: stall, slow, oversize not applicable, the others pass" \
    '^  oversize +[0-9]+ not applicable' --proto ms --feed --server original --conns 50 --events 500 --faults 20 --timeout 40
stop

start sh -c 'ulimit -n 128 && exec build/ms_server --hb 1000 --timeout 55'
check "ms with 128 file descriptors: 150 connections, those past the limit refused with HTTP 503" \
    '^  [1-9][0-9]* refused by the server' --proto ms --conns 150 --events 10 --hold 500 --allow-refused
check "ms with 128 file descriptors: then 100 connections, 20% faulty" '^load: [0-9]+ passed, 0 failed' \
    --proto ms --conns 100 --events 100 --faults 20
stop

echo "load: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
