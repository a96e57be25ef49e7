#!/bin/sh
# Run libFuzzer targets: sh fuzz/run.sh SECONDS TARGET... (targets by short name: tokenize ...).
# Each target starts from a seed corpus built from tests/vectors/*.json and fuzz/seeds/*.json
# (fuzz_decode and fuzz_diff: every vector prefixed with its protocol/direction byte) and keeps what
# it finds in fuzz/corpus/<target>/ (git-ignored); fuzz_decode and fuzz_diff also get a dictionary
# of the vectors' keys and names (build/fuzz/decode.dict). Crashes go to build/fuzz/artifacts/.
# Prints "fuzz_<t>: ok (...)" or "fuzz_<t>: FAILED" per target; exits 1 if any failed.
cd "$(dirname "$0")/.." || exit 2
secs=${1:-60}; shift
fail=0
mkdir -p build/fuzz/artifacts
for t in "$@"; do
    bin=build/fuzz/fuzz_$t
    seeds=build/fuzz/seeds/$t
    corpus=fuzz/corpus/$t
    rm -rf "$seeds"; mkdir -p "$seeds" "$corpus"
    for f in tests/vectors/*.json fuzz/seeds/*.json; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .json)
        if [ "$t" = decode ] || [ "$t" = diff ]; then
            # byte 0: protocol = b % 5 + 1 (sm i386 ms ng dmod: the order of GW__PROTOCOLS in gateway.h),
            # direction = (b / 5) & 1 (client, server)
            case "$name" in
                shardmaster_*) p=0;; i386chat_*) p=1;; microservice_*) p=2;; nightingale_*) p=3;; dmod_*) p=4;; *) p=-1;;
            esac
            if [ "$p" -lt 0 ]; then
                for b in 0 1 2 3 4 5 6 7 8 9; do { printf "\\$(printf %03o $b)"; cat "$f"; } > "$seeds/$name.$b"; done
                continue
            fi
            case "$name" in *_server_*) b=$((p + 5));; *) b=$p;; esac
            { printf "\\$(printf %03o $b)"; cat "$f"; } > "$seeds/$name"
        else
            cp "$f" "$seeds/$name"
        fi
    done
    # fuzz_decode, fuzz_diff: a dictionary of every key and short string in the vectors (opcodes, event names)
    dict=""
    if [ "$t" = decode ] || [ "$t" = diff ]; then
        dict=build/fuzz/decode.dict
        LC_ALL=C grep -ho '"[A-Za-z0-9_ .:-]*"' tests/vectors/*.json | LC_ALL=C awk 'length($0) <= 40' | LC_ALL=C sort -u | sed 's/"/\\"/g; s/.*/"&"/' > "$dict"
        dict="-dict=$dict"
    fi
    log=build/fuzz/$t.log
    if [ ! -x "$bin" ]; then echo "fuzz_$t: FAILED (not built)"; fail=1; continue; fi
    "$bin" -max_len=65536 -timeout=10 -max_total_time="$secs" -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/$t-" $dict "$corpus" "$seeds" > "$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    cov=$(printf '%s\n' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(printf '%s\n' "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(printf '%s\n' "$last" | sed -n 's/.*corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p')
    if [ "$rc" -eq 0 ]; then
        echo "fuzz_$t: ok (${secs}s, ${execs:-?} execs, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?})"
    else
        echo "fuzz_$t: FAILED (exit $rc, log $log)"
        grep -E 'ERROR|fuzz_[a-z]+: |SUMMARY|Test unit written|^ *#[0-9]+ 0x.* in [a-zA-Z_]*(gj_|gw_|LLVMFuzzer)' "$log" | head -n 25
        fail=1
    fi
done
exit $fail
