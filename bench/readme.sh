#!/bin/sh
# Re-measure and paste the bench's own tables into README.md: the results and peers tables between
# <!-- bench:begin --> and <!-- bench:end -->, the callgrind instruction counts between
# <!-- instructions:begin --> and <!-- instructions:end -->. Nothing in them is typed by hand.
# The bench block: gateway.h's results, the mixed corpus in every key order (canonical, shuffled, reversed,
# pretty, and the original implementations' wire), the peers in the four key orders (yyjson too when
# YYJSON_DIR, default ../shared/peers/yyjson, holds
# yyjson.c) and encode against yyjson's write. The instructions block: per byte and per heartbeat, and
# decode, peek, tokenize (and yyjson's read) per byte in every key order. Both name the commit and date.
#   sh bench/readme.sh [--no-instructions] [--rt]
#   YYJSON_DIR=/path/to/yyjson sh bench/readme.sh   (another yyjson; YYJSON_DIR= leaves yyjson out)
#   --rt: run the timed bench at real-time priority (chrt -f 1, as root) so that other jobs on a shared
#         machine cannot take its core; the table's first line then says so.
cd "$(dirname "$0")/.." || exit 2
instructions=1 rt=""
for a in "$@"; do
    case "$a" in
        --no-instructions) instructions=0 ;;
        --rt) rt="chrt -f 1" ;;
        *) echo "usage: sh bench/readme.sh [--no-instructions] [--rt]" >&2; exit 2 ;;
    esac
done
# with the peers when their packages are installed (make bench-peers installs them)
if dpkg -s libjsmn-dev libcjson-dev libsimdjson-dev rapidjson-dev >/dev/null 2>&1; then
    make -s build/bench-peers && bin=build/bench-peers || exit 1
else
    echo "readme.sh: peers' packages missing (make bench-peers installs them): measuring without peers" >&2
    make -s build/bench && bin=build/bench || exit 1
fi
table=$(mktemp); trap 'rm -f "$table" "$table.new" "$table.raw"' EXIT
paste_block() { # paste $table between <!-- $1:begin --> and <!-- $1:end -->
    grep -q "<!-- $1:begin -->" README.md || { echo "readme.sh: README.md has no <!-- $1:begin --> marker" >&2; exit 1; }
    awk -v t="$table" -v b="<!-- $1:begin -->" -v e="<!-- $1:end -->" '
        $0 == b { print; while ((getline line < t) > 0) print line; skip = 1; next }
        $0 == e { skip = 0 }
        !skip { print }' README.md > "$table.new" && cat "$table.new" > README.md
}
# the headers measured: GW_REV overrides (e.g. when run from an export without .git)
if [ -n "${GW_REV:-}" ]; then rev=$GW_REV
elif rev=$(git rev-parse --short HEAD 2>/dev/null); then
    git diff --quiet HEAD -- gateway.h gateway_json.h 2>/dev/null || rev="$rev with uncommitted changes"
else rev=unknown
fi
$rt "$bin" --markdown > "$table.raw" || exit 1
sed "1s/\$/ gateway.h and gateway_json.h at commit $rev./" "$table.raw" > "$table" || exit 1
paste_block bench
echo "README.md: results table updated from $bin"
if [ "$instructions" = 1 ]; then
    sh bench/instructions.sh --markdown > "$table" || exit 1
    paste_block instructions
    echo "README.md: instruction counts updated from bench/instructions.sh"
fi
