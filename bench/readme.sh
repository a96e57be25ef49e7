#!/bin/sh
# Re-measure and paste the bench's own results table into README.md, between the markers
# <!-- bench:begin --> and <!-- bench:end -->. Nothing in the table is typed by hand.
cd "$(dirname "$0")/.." || exit 2
# with the peers when their packages are installed (make bench-peers installs them)
if dpkg -s libjsmn-dev libcjson-dev libsimdjson-dev >/dev/null 2>&1; then
    make -s build/bench-peers && bin=build/bench-peers || exit 1
else
    make -s build/bench && bin=build/bench || exit 1
fi
table=$(mktemp); trap 'rm -f "$table" "$table.new"' EXIT
"$bin" --markdown > "$table" || exit 1
awk -v t="$table" '
    /<!-- bench:begin -->/ { print; while ((getline line < t) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }' README.md > "$table.new" && mv "$table.new" README.md
echo "README.md: results table updated from $bin"
