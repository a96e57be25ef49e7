#!/bin/sh
# The protocols' JSON Schema and AsyncAPI documents (gwcat --schema, issue 23) checked by validators
# we did not write: ajv + ajv-formats (JSON Schema 2020-12) and @asyncapi/parser, installed from npm
# into build/node (never committed). tests/schema.mjs then checks, per protocol: both documents parse
# and the AsyncAPI one has no errors; every frame the codec accepts validates for its sender (the
# vectors, their re-encodes in both wires, their accepted mutations: tests/schema_frames.c); every
# frame it refuses fails, unless its rule is out of JSON Schema's reach (PROTOCOLS.md "What JSON
# Schema cannot say"); every message the protocol tests encode, in both wires, validates
# (tests/schema_tap.c records them). Prints "schema: N passed, N failed". Needs node and npm
# (tests/run.sh skips this suite without them) and, once, the npm registry.
cd "$(dirname "$0")/.." || exit 2
fail() { echo "schema: $1"; echo "schema: 0 passed, 1 failed"; exit 1; }
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || fail "node and npm are needed"
node=build/node
# pinned majors: ajv 8 (draft 2020-12), ajv-formats 3, @asyncapi/parser 3 (AsyncAPI 3.0)
if [ ! -f "$node/node_modules/ajv/package.json" ] || [ ! -f "$node/node_modules/ajv-formats/package.json" ] ||
   [ ! -f "$node/node_modules/@asyncapi/parser/package.json" ]; then
    mkdir -p "$node" && [ -f "$node/package.json" ] || echo '{"private":true}' > "$node/package.json"
    (cd "$node" && npm install --no-audit --no-fund --silent ajv@8 ajv-formats@3 @asyncapi/parser@3) >"$node/install.log" 2>&1 ||
        { tail -n 20 "$node/install.log"; fail "npm install failed (see $node/install.log)"; }
fi
make -s schema-docs build/schema/frames build/schema/test_sm build/schema/test_i386 build/schema/test_ms \
    build/schema/test_ng build/schema/test_dmod >/dev/null || fail "cannot build gwcat or the frame programs"
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
build/schema/frames > "$tmp/frames.jsonl" || fail "tests/schema_frames.c failed"
for p in sm i386 ms ng dmod; do # their own verdicts were counted by tests/run.sh; here only what they encode
    GW_ENCODE_TAP="$tmp/encodes.jsonl" "build/schema/test_$p" >/dev/null 2>&1 || fail "build/schema/test_$p failed"
done
node tests/schema.mjs "$node" build/share/gateway "$tmp/frames.jsonl" "$tmp/encodes.jsonl"
