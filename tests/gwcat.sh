#!/bin/sh
# End-to-end checks of build/gwcat on files made in a temporary directory.
# Prints "gwcat: N passed, N failed" (the format tests/run.sh sums); exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 2
GWCAT=${GWCAT:-build/gwcat}
pass=0; fail=0
if [ ! -x "$GWCAT" ]; then echo "gwcat: $GWCAT not built"; echo "gwcat: 0 passed, 1 failed"; exit 1; fi
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT

# check NAME WANT_RC WANT_STDOUT WANT_STDERR(empty|nonempty) -- ARGS...
check() {
    name=$1; want_rc=$2; want_out=$3; want_err=$4; shift 5
    "$GWCAT" "$@" > "$dir/out" 2> "$dir/err"
    rc=$?
    out=$(cat "$dir/out")
    ok=1
    [ "$rc" -eq "$want_rc" ] || { echo "FAIL $name: exit $rc, want $want_rc"; ok=0; }
    if [ "$want_out" != "*" ] && [ "$out" != "$want_out" ]; then
        echo "FAIL $name: stdout:"; cat "$dir/out"; echo "  want: $want_out"; ok=0
    fi
    case $want_err in
        empty) [ -s "$dir/err" ] && { echo "FAIL $name: unexpected stderr:"; cat "$dir/err"; ok=0; } ;;
        nonempty) [ -s "$dir/err" ] || { echo "FAIL $name: no message on stderr"; ok=0; } ;;
    esac
    if [ $ok -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}

# inputs
printf '{"op":0,"d":{"id":"155112606661607425","s":[1,2.5,-3e2,true,false,null]},"t":"READY"}' > "$dir/valid.json"
printf ' \t\r\n[ "caf\303\251 \360\237\230\200", "\\u00e9\\uD83D\\uDE00" ]\n' > "$dir/utf8.json"
printf '42' > "$dir/scalar.json"
printf '[1,2,]' > "$dir/comma.json"
printf '{"a":1,"a":2}' > "$dir/dup.json"
printf '' > "$dir/empty.json"
printf '   \n' > "$dir/blank.json"
printf '{"a":[1,2' > "$dir/trunc.json"
printf '["a\000b"]' > "$dir/nul.json"
printf '["\300\200"]' > "$dir/overlong.json"
printf '{} x' > "$dir/trailing.json"
printf '// c\n1' > "$dir/comment.json"
printf '%065d' 0 | tr 0 '[' > "$dir/deep.json"; printf '%065d' 0 | tr 0 ']' >> "$dir/deep.json"
printf '%064d' 0 | tr 0 '[' > "$dir/deep64.json"; printf '%064d' 0 | tr 0 ']' >> "$dir/deep64.json"
printf 'x' > "$dir/name with space.json"
mkdir "$dir/adir"

check "valid"            0 ""                                                             empty -- --json "$dir/valid.json"
check "utf8+ws"          0 ""                                                             empty -- --json "$dir/utf8.json"
check "scalar"           0 ""                                                             empty -- --json "$dir/scalar.json"
check "depth 64"         0 ""                                                             empty -- --json "$dir/deep64.json"
check "several valid"    0 ""                                                             empty -- --json "$dir/valid.json" "$dir/utf8.json" "$dir/scalar.json"
check "trailing comma"   1 "$dir/comma.json:5: 1:6: trailing comma before closing bracket" empty -- --json "$dir/comma.json"
check "duplicate key"    1 "$dir/dup.json:7: 1:8: duplicate object key"                   empty -- --json "$dir/dup.json"
check "empty file"       1 "$dir/empty.json:0: 1:1: no JSON value in input"               empty -- --json "$dir/empty.json"
check "blank file"       1 "$dir/blank.json:4: 2:1: no JSON value in input"               empty -- --json "$dir/blank.json"
check "truncated"        1 "$dir/trunc.json:9: 1:10: input ends inside a value"           empty -- --json "$dir/trunc.json"
check "NUL in string"    1 "$dir/nul.json:3: 1:4: unescaped control character in string" empty -- --json "$dir/nul.json"
check "overlong utf8"    1 "$dir/overlong.json:2: 1:3: invalid UTF-8"                     empty -- --json "$dir/overlong.json"
check "trailing data"    1 "$dir/trailing.json:3: 1:4: unexpected data after the top-level value" empty -- --json "$dir/trailing.json"
check "comment"          1 "$dir/comment.json:0: 1:1: expected a value"                   empty -- --json "$dir/comment.json"
check "depth 65"         1 "$dir/deep.json:64: 1:65: nesting too deep"                    empty -- --json "$dir/deep.json"
check "space in name"    1 "$dir/name with space.json:0: 1:1: expected a value"           empty -- --json "$dir/name with space.json"
check "mixed: only the invalid reported, in order" 1 "$dir/comma.json:5: 1:6: trailing comma before closing bracket
$dir/dup.json:7: 1:8: duplicate object key" empty -- --json "$dir/comma.json" "$dir/valid.json" "$dir/dup.json"
check "missing file"     2 ""                                                             nonempty -- --json "$dir/nope.json"
check "directory"        2 ""                                                             nonempty -- --json "$dir/adir"
check "missing wins over invalid, others still checked" 2 "$dir/comma.json:5: 1:6: trailing comma before closing bracket" \
                                                                                          nonempty -- --json "$dir/nope.json" "$dir/comma.json" "$dir/valid.json"
check "no arguments"     2 ""                                                             nonempty --
check "no files"         2 ""                                                             nonempty -- --json
check "no mode"          2 ""                                                             nonempty -- "$dir/valid.json"
check "unknown option"   2 ""                                                             nonempty -- --jsn "$dir/valid.json"
check "files before --json" 0 ""                                                          empty -- "$dir/valid.json" --json
check "-- ends options"  2 ""                                                             nonempty -- --json -- --help
check "--help"           0 "*"                                                            empty -- --help
grep -q '^usage: ' "$dir/out" && grep -q -- '--json' "$dir/out" && pass=$((pass + 1)) || { echo "FAIL --help: no usage text"; fail=$((fail + 1)); }

# standard input
if printf '{"a":[1,2,]}' | "$GWCAT" --json - > "$dir/out" 2>&1; then rc=0; else rc=$?; fi
if [ "$rc" -eq 1 ] && [ "$(cat "$dir/out")" = "-:10: 1:11: trailing comma before closing bracket" ]; then pass=$((pass + 1)); else echo "FAIL stdin: rc $rc: $(cat "$dir/out")"; fail=$((fail + 1)); fi
if printf '[true]' | "$GWCAT" --json - > "$dir/out" 2>&1; then pass=$((pass + 1)); else echo "FAIL stdin valid"; fail=$((fail + 1)); fi

# a larger file: many distinct keys, and one over the initial read buffer size
awk 'BEGIN { printf "{"; for (i = 0; i < 20000; i++) printf "%s\"key%d\":[%d,\"v\"]", (i ? "," : ""), i, i; printf "}" }' > "$dir/big.json"
check "big valid"        0 ""                                                             empty -- --json "$dir/big.json"
printf ',"key7":0}' >> "$dir/big.json"
check "big invalid"      1 "*"                                                            empty -- --json "$dir/big.json"
grep -q "big.json:437781: 1:437782: unexpected data after the top-level value" "$dir/out" && pass=$((pass + 1)) || { echo "FAIL big invalid message: $(cat "$dir/out")"; fail=$((fail + 1)); }

# --proto / --from / --list (issue 3): decode one payload, print its canonical re-encoding
printf '{ "op": 3, "d": null }' > "$dir/hb.json"
printf '{"op":1,"d":{"token":3,"uid":null}}' > "$dir/badtype.json"
printf '{"op":3,"d":null,"op":3}' > "$dir/dupkey.json"
check "--list"           0 "$(printf 'shardmaster\ni386chat\nmicroservice\nnightingale\ndmod')" empty -- --list
check "proto canonical"  0 '{"op":3,"t":null,"d":null}'                                   empty -- --proto dmod --from server "$dir/hb.json"
check "proto direction"  1 "$dir/hb.json:8: 1:9: op: message not allowed in this direction: got 3, which the other side sends" empty -- --proto dmod --from client "$dir/hb.json"
check "proto field path" 1 "$dir/badtype.json:21: 1:22: d.token: wrong JSON type: must be a string or null, got 3"         empty -- --proto dmod --from client "$dir/badtype.json"
check "proto bad json"   1 "$dir/dupkey.json:17: 1:18: op: duplicate object key"              empty -- --proto dmod --from server "$dir/dupkey.json"
check "proto unknown"    2 ""                                                             nonempty -- --proto nope --from server "$dir/hb.json"
check "proto no --from"  2 ""                                                             nonempty -- --proto dmod "$dir/hb.json"
check "--from no proto"  2 ""                                                             nonempty -- --json --from client "$dir/hb.json"
check "proto missing file" 2 "*"                                                          nonempty -- --proto dmod --from server "$dir/nope.json"
for v in tests/vectors/*.json; do
    case $v in *_client_*) side=client;; *) side=server;; esac
    p=${v#tests/vectors/}; p=${p%%_*}
    # the originals' own forms (tests/vectors/README.md) re-encode in that wire form (PROTOCOLS.md 0.4)
    case $v in *_orig_*) wire=original;; *) wire=seed;; esac
    check "vector $v" 0 "*" empty -- --proto "$p" --from "$side" --wire "$wire" "$v"
done

# error positions (issue 12): "FILE:OFFSET: LINE:COL:" counts lines by "\n" and columns in bytes, from 1
printf '{\n  "op": 1,\n  "d": {\n    "token": 3,\n    "uid": null\n  }\n}\n' > "$dir/pretty.json"
printf '[\n  1,\n  2,\n]' > "$dir/pretty_comma.json"
printf '[\r\n  1,\r\n]' > "$dir/crlf_comma.json"
check "line:col proto"   1 "$dir/pretty.json:35: 4:14: d.token: wrong JSON type: must be a string or null, got 3"            empty -- --proto dmod --from client "$dir/pretty.json"
check "line:col json"    1 "$dir/pretty_comma.json:12: 4:1: trailing comma before closing bracket" empty -- --json "$dir/pretty_comma.json"
check "line:col CRLF"    1 "$dir/crlf_comma.json:9: 3:1: trailing comma before closing bracket" empty -- --json "$dir/crlf_comma.json"

# --lines: one payload per line; blank lines skipped; positions are the file's; exit 1 if any line fails
hb='{"op":3,"d":null}'
{ printf '%s\n\n' "$hb"; printf '{"op":3,"d":null,"op":3}\n'; printf '  \t\n'; printf '%s\n' "$hb"
  printf '[1,\n'; printf '%s' "$hb"; } > "$dir/mixed.jsonl"     # the last line has no "\n"
sed 's/$/\r/' "$dir/mixed.jsonl" > "$dir/crlf.jsonl"             # the same lines ending in "\r\n"
printf '%s\n%s\n' "$hb" "$hb" > "$dir/good.jsonl"
canon='{"op":3,"t":null,"d":null}'
check "--lines proto mixed" 1 "$canon
$dir/mixed.jsonl:36: 3:18: op: duplicate object key
$canon
$dir/mixed.jsonl:69: 6:4: [1]: input ends inside a value
$canon"                                                                                     empty -- --lines --proto dmod --from server "$dir/mixed.jsonl"
check "--lines json mixed" 1 "$dir/mixed.jsonl:36: 3:18: duplicate object key
$dir/mixed.jsonl:69: 6:4: input ends inside a value"                                       empty -- --json --lines "$dir/mixed.jsonl"
# CRLF: the "\r" is dropped (a kept one would move the truncation error to 6:5); offsets count it
check "--lines CRLF"     1 "$canon
$dir/crlf.jsonl:38: 3:18: op: duplicate object key
$canon
$dir/crlf.jsonl:74: 6:4: [1]: input ends inside a value
$canon"                                                                                     empty -- --lines --proto dmod --from server "$dir/crlf.jsonl"
check "--lines all good" 0 "$canon
$canon"                                                                                     empty -- --lines --proto dmod --from server "$dir/good.jsonl"
check "--lines empty file" 0 ""                                                             empty -- --lines --json "$dir/empty.json"
check "--lines several files" 1 "$dir/mixed.jsonl:36: 3:18: duplicate object key
$dir/mixed.jsonl:69: 6:4: input ends inside a value
$dir/comma.json:5: 1:6: trailing comma before closing bracket"                             empty -- --lines --json "$dir/good.jsonl" "$dir/mixed.jsonl" "$dir/comma.json"
check "--lines missing file" 2 ""                                                           nonempty -- --lines --json "$dir/nope.json"
check "--lines directory" 2 ""                                                              nonempty -- --lines --json "$dir/adir"
check "--lines --list"   2 ""                                                               nonempty -- --lines --list
# a line far longer than any first buffer (about 430 KB), then a bad one: still line 2
awk 'BEGIN { printf "{"; for (i = 0; i < 20000; i++) printf "%s\"key%d\":[%d,\"v\"]", (i ? "," : ""), i, i; printf "}\n{\"a\":1,\"a\":2}\n" }' > "$dir/long.jsonl"
check "--lines long line" 1 "$dir/long.jsonl:437789: 2:8: duplicate object key"            empty -- --lines --json "$dir/long.jsonl"
if printf '%s\n[1,]\n' "$hb" | "$GWCAT" --lines --json - > "$dir/out" 2>&1; then rc=0; else rc=$?; fi
if [ "$rc" -eq 1 ] && [ "$(cat "$dir/out")" = "-:21: 2:4: trailing comma before closing bracket" ]; then pass=$((pass + 1)); else echo "FAIL --lines stdin: rc $rc: $(cat "$dir/out")"; fail=$((fail + 1)); fi
# a payload that decodes but cannot be re-encoded in the asked form is named by its line
{ printf '\n'; tr -d '\n' < tests/vectors/microservice_client_cache_channel.json; printf '\n'; } > "$dir/orig.jsonl"
check "--lines cannot re-encode" 1 "$dir/orig.jsonl:1: 2:1: cannot re-encode: d.type: message cannot be encoded as valid protocol JSON: a flat channel cannot carry its integer type (D-34a, D-05)" \
                                                                                            empty -- --lines --proto ms --from client --wire original "$dir/orig.jsonl"

# short protocol names (the API's gw_<p>_ prefixes) give the same output as the long ones
for pair in sm:shardmaster i386:i386chat ms:microservice ng:nightingale dmod:dmod; do
    short=${pair%%:*}; long=${pair#*:}
    for v in tests/vectors/${long}_*.json; do
        case $v in *_client_*) side=client;; *) side=server;; esac
        "$GWCAT" --proto "$long" --from "$side" --wire original "$v" > "$dir/long.out" 2>&1; lrc=$?
        check "short name $short: $v" "$lrc" "$(cat "$dir/long.out")" empty -- --proto "$short" --from "$side" --wire original "$v"
        [ -s "$dir/long.out" ] || { echo "FAIL short name $short: no output for $v"; fail=$((fail + 1)); }
    done
done
check "short name error"  1 "$dir/hb.json:8: 1:9: op: wrong JSON type: must be a string naming the message, got 3"                     empty -- --proto ng --from server "$dir/hb.json"
check "short name --lines" 1 "$dir/good.jsonl:6: 1:7: op: wrong JSON type: must be a string naming the message, got 3
$dir/good.jsonl:24: 2:7: op: wrong JSON type: must be a string naming the message, got 3"                                              empty -- --lines --proto ng --from server "$dir/good.jsonl"
check "not a short name" 2 ""                                                               nonempty -- --proto dm --from server "$dir/hb.json"
check "--help names"     0 "*"                                                              empty -- --help
grep -q -- '--lines' "$dir/out" && grep -q 'sm, i386, ms, ng, dmod' "$dir/out" && pass=$((pass + 1)) || { echo "FAIL --help: no --lines or short names"; fail=$((fail + 1)); }

# --lenient (D-06): an unknown name becomes GW_<P>_UNKNOWN, re-encoded as it came; unknown keys are
# skipped and counted on stderr; the JSON and the envelope stay strict
printf '{"op":5,"t":"GUILD_NEW","d":{"a" : 1}}' > "$dir/newev.json"
printf '{"op":3,"t":null,"d":null,"zz":[1]}' > "$dir/extrakey.json"
printf '{"op":3,"t":null,"d":null,"zz":1,"zz":2}' > "$dir/dupkey.json"
check "strict: unknown name"   1 "$dir/newev.json:12: 1:13: t: unknown event, command or type name: got \"GUILD_NEW\"" empty -- --proto dmod --from server "$dir/newev.json"
check "lenient: unknown name"  0 '{"op":5,"t":"GUILD_NEW","d":{"a":1}}'                   empty -- --lenient --proto dmod --from server "$dir/newev.json"
check "strict: unknown key"    1 "$dir/extrakey.json:26: 1:27: zz: unknown field: no such key in this object (D-02)"          empty -- --proto dmod --from server "$dir/extrakey.json"
check "lenient: unknown key"   0 '{"op":3,"t":null,"d":null}'                             nonempty -- --lenient --proto dmod --from server "$dir/extrakey.json"
grep -q "1 unknown key skipped" "$dir/err" && pass=$((pass + 1)) || { echo "FAIL lenient: no count on stderr: $(cat "$dir/err")"; fail=$((fail + 1)); }
check "lenient: still strict JSON" 1 "$dir/dupkey.json:33: 1:34: zz: duplicate object key"    empty -- --lenient --proto dmod --from server "$dir/dupkey.json"
check "lenient without --proto" 2 ""                                                      nonempty -- --lenient --json "$dir/newev.json"
# D-06a: an opcode no kind has decodes leniently too; a broken envelope says which rule
printf '{"op":9,"d":{"x":1}}' > "$dir/newop.json"
printf '{"op":2,"t":"NEW"}' > "$dir/nod.json"
check "lenient: unknown op"    0 '{"op":9,"d":{"x":1}}'                                  empty -- --lenient --proto ms --from server "$dir/newop.json"
check "lenient: envelope rule" 1 "$dir/nod.json:0: 1:1: d: required field missing: must be an object on every message (D-31)" empty -- --lenient --proto ms --from server "$dir/nod.json"

# --schema (issue 23): both documents for every protocol, long or short name, are strict JSON (checked
# here by gwcat --json; tests/schema.sh has ajv and @asyncapi/parser judge them)
for p in $("$GWCAT" --list) sm i386 ms ng dmod; do
    for f in json-schema asyncapi; do
        check "--schema $f $p" 0 "*" empty -- --schema "$f" "$p"
        if "$GWCAT" --json "$dir/out" > "$dir/err" 2>&1 && grep -q "\"$(echo "$f" | sed 's/json-schema/\$schema/')\"" "$dir/out"; then pass=$((pass + 1))
        else echo "FAIL --schema $f $p: not strict JSON or no \$schema/asyncapi key: $(head -c 300 "$dir/err")"; fail=$((fail + 1)); fi
    done
done
check "--schema same for short and long names" 0 "$("$GWCAT" --schema asyncapi nightingale)" empty -- --schema asyncapi ng
check "--schema unknown format" 2 ""                                                       nonempty -- --schema yaml dmod
check "--schema unknown protocol" 2 ""                                                     nonempty -- --schema json-schema nope
check "--schema no protocol" 2 ""                                                          nonempty -- --schema json-schema
check "--schema with a file" 2 ""                                                          nonempty -- --schema json-schema dmod "$dir/hb.json"
check "--schema with --proto" 2 ""                                                         nonempty -- --schema json-schema dmod --proto dmod --from server

echo "gwcat: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
