#!/bin/sh
# CI entry for the fuzzers: make sure clang's libFuzzer runtime is there (installs
# libclang-rt-14-dev with apt-get when a trivial fuzz target does not link), then run
# `make fuzz-smoke` (every target 20 s) and end with "fuzz: N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
FUZZ_CC=${FUZZ_CC:-clang}
probe_dir=$(mktemp -d); trap 'rm -rf "$probe_dir"' EXIT
probe() {
    printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' > "$probe_dir/p.c"
    "$FUZZ_CC" -fsanitize=fuzzer,address,undefined -o "$probe_dir/p" "$probe_dir/p.c" >/dev/null 2>&1
}
if ! command -v "$FUZZ_CC" >/dev/null 2>&1 || ! probe; then
    echo "fuzz: installing clang and libclang-rt-14-dev (libFuzzer runtime)"
    export DEBIAN_FRONTEND=noninteractive
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq make clang libclang-rt-14-dev >/dev/null || echo "fuzz: apt-get failed"
    if ! probe; then echo "fuzz: libFuzzer runtime still missing"; echo "fuzz: 0 passed, 1 failed"; exit 1; fi
fi
log="$probe_dir/log"
make --no-print-directory fuzz-smoke FUZZ_CC="$FUZZ_CC" > "$log" 2>&1
rc=$?
cat "$log"
passed=$(grep -c '^fuzz_[a-z]*: ok' "$log")
failed=$(grep -c '^fuzz_[a-z]*: FAILED' "$log")
# a build failure prints no per-target line: count it as a failure
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "fuzz: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
