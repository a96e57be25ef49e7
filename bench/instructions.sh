#!/bin/sh
# bench/instructions.sh - instructions executed by gateway.h, counted by callgrind: per byte on the
# bench's mixed corpus (decode, encode, tokenize, peek), per heartbeat frame, and per byte of the
# mixed corpus in each key order (canonical, keys shuffled, keys reversed, pretty-printed, and each
# message in the original implementations' wire: decode, peek, tokenize; and yyjson's read and read +
# full walk, when build/instr has yyjson: YYJSON_DIR, see the Makefile). Unlike MB/s these figures do
# not move with machine noise (they do move with the compiler and its flags).
#
#   sh bench/instructions.sh [--markdown] [--functions] [--check] [--passes K] [--calls N]
#   make instructions
#
#   --markdown   the three tables as Markdown (bench/readme.sh pastes them into README.md)
#   --functions  also callgrind's per-function split (self cost) of decode on the mixed corpus
#   --check      also count each figure a second way (whole program, no --toggle-collect) and print
#                the difference per call: the driver loop's own instructions, a small positive number
#   --passes K   passes over the corpus that are counted (default 2)
#   --calls N    calls per heartbeat frame that are counted (default 10000)
#
# How: build/bench --dump writes the corpus (the same 31,367 generated frames `make bench` times) and
# its other key orders (DIR/shuffled, DIR/reversed, DIR/pretty, DIR/original: the forms `make bench` builds
# and times);
# build/instr (bench/instr.c) runs one operation over it. Every measurement is two processes under
# `valgrind --tool=callgrind --toggle-collect=FUNCTION`, which counts only the instructions executed
# inside FUNCTION (gw_decode, gw_encode, gj_tokenize or gw_peek, compiled in bench/instr_impl.c,
# or peer_yyjson_read in bench/peer_yyjson.c, yyjson built -O2 -g without -march: valgrind has no AVX-512, a
# translation unit of its own, so never inlined into the driver): one with 1 pass (or 1 call), one
# with 1 + K passes (1 + N calls). The difference divided by K (N) is the cost of the operation
# itself: no process start-up, no file reading, no driver loop, no first-call cost.
# Needs valgrind (installed with apt-get when missing), make and a C compiler.
set -u
cd "$(dirname "$0")/.." || exit 2

markdown=0 functions=0 check=0 passes=2 calls=10000
while [ $# -gt 0 ]; do
    case "$1" in
        --markdown) markdown=1 ;;
        --functions) functions=1 ;;
        --check) check=1 ;;
        --passes) shift; passes=${1:-} ;;
        --calls) shift; calls=${1:-} ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "instructions.sh: unknown option $1 (--help)" >&2; exit 2 ;;
    esac
    shift
done
case "$passes$calls" in *[!0-9]*|'') echo "instructions.sh: --passes and --calls take a number" >&2; exit 2 ;; esac
[ "$passes" -ge 1 ] && [ "$calls" -ge 1 ] || { echo "instructions.sh: --passes and --calls must be >= 1" >&2; exit 2; }

if ! command -v valgrind >/dev/null 2>&1; then
    echo "instructions.sh: installing valgrind" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; } ||
        { echo "instructions.sh: valgrind is missing and apt-get could not install it" >&2; exit 2; }
fi
make -s build/bench build/instr >&2 || { echo "instructions.sh: build failed" >&2; exit 1; }

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/corpus"
build/bench --dump "$tmp/corpus" >&2 || { echo "instructions.sh: build/bench --dump failed" >&2; exit 1; }

# count FUNCTION PASSES OP ARGS...: collected instructions of one process; the driver's line in $tmp/line
count() {
    fn=$1 n=$2 op=$3
    shift 3
    out="$tmp/cg.$fn.$n"
    if [ "$fn" = "-" ]; then tog=""; else tog="--toggle-collect=$fn"; fi
    if ! valgrind --tool=callgrind --callgrind-out-file="$out" $tog build/instr "$op" "$n" "$@" \
            > "$tmp/line" 2> "$tmp/err"; then
        echo "instructions.sh: build/instr $op $n $* failed under callgrind:" >&2
        cat "$tmp/line" >&2; grep -v '^==' "$tmp/err" >&2
        exit 1
    fi
    ir=$(awk '/^totals:/ { print $2 }' "$out")
    [ -n "$ir" ] || { echo "instructions.sh: no totals in $out" >&2; exit 1; }
    echo "$ir"
}
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" "$tmp/line"; }

# measure FUNCTION K OP ARGS...: instructions per pass (or call) = (count(1 + K) - count(1)) / K
measure() {
    fn=$1 k=$2 op=$3
    shift 3
    base=$(count "$fn" 1 "$op" "$@") || exit 1
    full=$(count "$fn" $((1 + k)) "$op" "$@") || exit 1
    per=$(awk -v a="$base" -v b="$full" -v k="$k" 'BEGIN { printf "%.1f", (b - a) / k }')
    if awk -v p="$per" 'BEGIN { exit !(p <= 0) }'; then
        echo "instructions.sh: nothing counted inside $fn ($op): is it still an out-of-line function?" >&2
        exit 1
    fi
    if [ "$check" = 1 ]; then
        wb=$(count - 1 "$op" "$@") || exit 1
        wf=$(count - $((1 + k)) "$op" "$@") || exit 1
        frames=$(field frames)
        label=corpus; [ "$1" = --frame ] && label=$4
        awk -v a="$base" -v b="$full" -v c="$wb" -v d="$wf" -v k="$k" -v f="$frames" -v w="$op $label" -v fn="$fn" 'BEGIN {
            printf "check: %s: %s %.1f per call; whole program %.1f; the driver loop %.1f\n",
                   w, fn, (b - a) / k / f, (d - c) / k / f, ((d - c) - (b - a)) / k / f }' >&2
    fi
    echo "$per"
}

cc_version=$(${CC:-cc} --version 2>/dev/null | head -n 1)
vg_version=$(valgrind --version)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
date=$(date -u '+%Y-%m-%d %H:%M UTC')
# the headers measured: GW_REV overrides (e.g. when run from an export without .git)
if [ -n "${GW_REV:-}" ]; then rev=$GW_REV
elif rev=$(git rev-parse --short HEAD 2>/dev/null); then
    git diff --quiet HEAD -- gateway.h gateway_json.h 2>/dev/null || rev="$rev with uncommitted changes"
else rev=unknown
fi

# ---- the mixed corpus ----
ops="decode:gw_decode encode:gw_encode tokenize:gj_tokenize peek:gw_peek"
corpus_rows=""
for pair in $ops; do
    op=${pair%%:*} fn=${pair#*:}
    per_pass=$(measure "$fn" "$passes" "$op" "$tmp/corpus") || exit 1
    frames=$(field frames) in_bytes=$(field in_bytes) op_bytes=$(field op_bytes)
    corpus_rows="$corpus_rows$op $fn $per_pass $frames $in_bytes $op_bytes
"
    [ "$op" = decode ] && cp "$tmp/cg.$fn.$((1 + passes))" "$tmp/decode.cg"
done

# ---- heartbeat frames: protocol, side, frame ----
# {"op":4,"d":{}} is microservice's server HEARTBEAT_ACK: dmod's client HEARTBEAT_BACK (op 4) needs
# "d": null and rejects it (d: wrong JSON type), so dmod's is measured in the form its peers send.
hb_rows=""
while IFS='|' read -r proto side frame; do
    [ -n "$proto" ] || continue
    dec=$(measure gw_decode "$calls" decode --frame "$proto" "$side" "$frame") || exit 1
    bytes=$(field in_bytes)
    enc=$(measure gw_encode "$calls" encode --frame "$proto" "$side" "$frame") || exit 1
    pk=$(measure gw_peek "$calls" peek --frame "$proto" "$side" "$frame") || exit 1
    hb_rows="$hb_rows$proto|$side|$frame|$bytes|$dec|$enc|$pk
"
done <<'EOF'
microservice|server|{"op":4,"d":{}}
i386chat|client|{"f":120}
microservice|client|{"op":1,"d":{"heapUsed":102292113,"guilds":3000}}
dmod|client|{"op":4,"t":null,"d":null}
EOF

# ---- the mixed corpus in each key order: decode, peek, tokenize (canonical: the figures above), yyjson ----
yy=0
build/instr yyjson 0 "$tmp/corpus" >/dev/null 2>&1 && yy=1
order_rows=""
for order in canonical shuffled reversed pretty original; do
    dir="$tmp/corpus"; [ "$order" = canonical ] || dir="$tmp/corpus/$order"
    row="$order"
    for pair in decode:gw_decode peek:gw_peek tokenize:gj_tokenize; do
        op=${pair%%:*} fn=${pair#*:}
        if [ "$order" = canonical ]; then
            per_pass=$(printf '%s' "$corpus_rows" | awk -v op="$op" '$1 == op { print $3 }')
        else
            per_pass=$(measure "$fn" "$passes" "$op" "$dir") || exit 1
        fi
        row="$row $per_pass"
    done
    if [ "$yy" = 1 ]; then
        for op in yyjson yyjson_walk; do
            per_pass=$(measure peer_yyjson_read "$passes" "$op" "$dir") || exit 1
            row="$row $per_pass"
        done
    else
        row="$row - -"
    fi
    build/instr decode 0 "$dir" > "$tmp/line" || exit 1
    row="$row $(field frames) $(field in_bytes)"
    order_rows="$order_rows$row
"
done

flags="-std=c99 -O2 -g"
# order_table MD: the key-order rows, as Markdown (1) or aligned text (0); "-" = yyjson not counted
order_table() {
    printf '%s' "$order_rows" | while read -r order dec pk tok yr yw frames bytes; do
        awk -v md="$1" -v o="$order" -v d="$dec" -v p="$pk" -v t="$tok" -v yr="$yr" -v yw="$yw" -v f="$frames" -v b="$bytes" 'BEGIN {
            none = md ? "" : "-"
            r = yr == "-" ? none : sprintf("%.2f", yr / b); w = yw == "-" ? none : sprintf("%.2f", yw / b)
            x = yw == "-" ? none : sprintf(md ? "%.2f" : "%.2fx", d / yw)
            if (md) printf "| %s | %d | %d | **%.2f** | %.2f | %.2f | %s | %s | %s |\n", o, f, b, d / b, p / b, t / b, r, w, x
            else printf "%-10s %7d %9d %9.2f %9.2f %9.2f %9s %9s %11s\n", o, f, b, d / b, p / b, t / b, r, w, x }'
    done
}
if [ "$markdown" = 1 ]; then
    echo "Counted by \`sh bench/instructions.sh --markdown\` ($vg_version, callgrind) on $cpu, $cc_version, \`$flags\`,"
    echo "$date; gateway.h and gateway_json.h at commit $rev."
    echo "Each figure: instructions executed inside the named function only, over $passes passes of the corpus or"
    echo "$calls calls per frame, after one pass or call that is not counted (bench/instructions.sh says how)."
    echo
    echo "| mixed corpus (same frames as above) | function | instructions per byte | instructions per message |"
    echo "|---|---|---:|---:|"
    printf '%s' "$corpus_rows" | while read -r op fn per_pass frames in_bytes op_bytes; do
        awk -v op="$op" -v fn="$fn" -v p="$per_pass" -v f="$frames" -v ib="$in_bytes" -v ob="$op_bytes" 'BEGIN {
            what = op == "encode" ? "encode (per output byte)" : op == "tokenize" ? "tokenizer alone" : op == "peek" ? "peek, envelope only" : "**decode**"
            printf "| %s | `%s` | %s%.2f%s | %.0f |\n", what, fn, op == "decode" ? "**" : "", p / ob, op == "decode" ? "**" : "", p / f }'
    done
    echo
    echo "| heartbeat frame | protocol, sent by | bytes | decode | encode | peek |"
    echo "|---|---|---:|---:|---:|---:|"
    printf '%s' "$hb_rows" | while IFS='|' read -r proto side frame bytes dec enc pk; do
        printf '| `%s` | %s, %s | %s | %.0f | %.0f | %.0f |\n' "$frame" "$proto" "$side" "$bytes" "$dec" "$enc" "$pk"
    done
    echo
    echo "The mixed corpus in each key order (the forms \`build/bench\` builds and times: keys of every object shuffled"
    echo "with a seeded PRNG, reversed, pretty-printed with indent 2; original: each message in the original"
    echo "implementations' wire, \`gw_encode_wire\` with \`GW_WIRE_ORIGINAL\`, less those it cannot carry),"
    echo "instructions per input byte."
    if [ "$yy" = 1 ]; then
        echo "yyjson: \`yyjson_read_opts\` (flags 0) into its pool allocator over a caller buffer, then \`yyjson_doc_free\`;"
        echo "read + walk adds the full walk of the DOM that bench-peers' walk rows do (yyjson.c built \`-O2 -g\`)."
    else
        echo "yyjson not counted: build/instr was built without it (YYJSON_DIR, see the Makefile)."
    fi
    echo
    echo "| key order | frames | bytes | **decode** | peek | tokenizer alone | yyjson read | yyjson read + walk | decode ÷ yyjson read + walk |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    order_table 1
else
    echo "gateway.h instructions | commit $rev | callgrind ($vg_version) | $cc_version | $flags | $cpu | $date"
    printf '%s' "$corpus_rows" | head -n 1 | while read -r op fn per_pass frames in_bytes op_bytes; do
        echo "mixed corpus (build/bench --dump): $frames frames, $in_bytes bytes; $passes counted passes after 1 uncounted"
    done
    printf '\n%-9s %-12s %14s %12s %10s %10s\n' "operation" "function" "instr/pass" "bytes/pass" "instr/B" "instr/msg"
    printf '%s' "$corpus_rows" | while read -r op fn per_pass frames in_bytes op_bytes; do
        awk -v op="$op" -v fn="$fn" -v p="$per_pass" -v f="$frames" -v ob="$op_bytes" 'BEGIN {
            printf "%-9s %-12s %14.0f %12d %10.2f %10.0f\n", op, fn, p, ob, p / ob, p / f }'
    done
    echo "(encode: bytes/pass = output bytes, the canonical encoding of the decoded corpus)"
    printf '\nheartbeat frames: instructions per call, %s counted calls after 1 uncounted\n' "$calls"
    printf '%-52s %-20s %5s %8s %8s %8s\n' "frame" "protocol, sent by" "bytes" "decode" "encode" "peek"
    printf '%s' "$hb_rows" | while IFS='|' read -r proto side frame bytes dec enc pk; do
        printf '%-52s %-20s %5s %8.0f %8.0f %8.0f\n' "$frame" "$proto $side" "$bytes" "$dec" "$enc" "$pk"
    done
    printf '\nkey orders: the mixed corpus in each form build/bench builds and times; instructions per input byte'
    [ "$yy" = 1 ] && printf ' (yyjson: read into its pool allocator; walk: + full DOM walk; yyjson.c -O2 -g)'
    [ "$yy" = 1 ] || printf ' (yyjson not counted: build/instr built without it)'
    printf '\n%-10s %7s %9s %9s %9s %9s %9s %9s %11s\n' "order" "frames" "bytes" "decode" "peek" "tokenize" "yy read" "yy walk" "dec/yywalk"
    order_table 0
fi

if [ "$functions" = 1 ]; then
    decode_bytes=$(printf '%s' "$corpus_rows" | awk '$1 == "decode" { print $6 }')
    total_passes=$((1 + passes))
    echo
    echo "decode on the mixed corpus, per function (self cost, callgrind_annotate; all $total_passes passes, the uncounted one included):"
    callgrind_annotate --inclusive=no --auto=no "$tmp/decode.cg" 2>/dev/null |
        awk -v b="$decode_bytes" -v n="$total_passes" '
            !/^ *[0-9,]+ / { next }
            { ir = $1; gsub(",", "", ir) }
            /PROGRAM TOTALS/ { total = ir; next }
            {
                fn = $0; sub(/ \[[^]]*\] *$/, "", fn); sub(/^ *[0-9,]+ +\( *[0-9.]+%\) +/, "", fn); sub(/^.*\//, "", fn)
                printf "  %6.2f instr/B %6.1f%%  %s\n", ir / n / b, total ? 100 * ir / total : 0, fn
                if (++rows == 25) exit
            }'
fi
