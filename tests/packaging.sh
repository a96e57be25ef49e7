#!/bin/sh
# Packaging checks: `make install` (PREFIX and DESTDIR), `cmake --install`, and a tiny consumer
# (tests/consumer) built with pkg-config, CMake find_package(gateway CONFIG) and add_subdirectory.
# Prints "packaging: N passed, N failed". Needs cc, make, cmake, pkg-config (zlib for the zlib case).
cd "$(dirname "$0")/.." || exit 2
repo=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
ok() { echo "packaging: $1: ok"; passed=$((passed + 1)); }
bad() { echo "packaging: $1: FAILED"; [ -f "$tmp/log" ] && tail -n 15 "$tmp/log"; failed=$((failed + 1)); }
check() { # name, command...
    name=$1; shift
    if "$@" > "$tmp/log" 2>&1; then ok "$name"; else bad "$name"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }

# 1. make install PREFIX=...: every header, the .pc and the CMake config
check "make install" make -s install PREFIX="$tmp/prefix"
check "installed files" sh -c "test -f '$tmp/prefix/include/gateway.h' && test -f '$tmp/prefix/include/gateway_json.h' \
    && test -f '$tmp/prefix/share/pkgconfig/gateway.pc' && test -f '$tmp/prefix/share/cmake/gateway/gatewayConfig.cmake'"
# 2. DESTDIR staging: nothing outside DESTDIR
check "make install DESTDIR" sh -c "make -s install DESTDIR='$tmp/stage' PREFIX=/usr && test -f '$tmp/stage/usr/include/gateway.h'"

# 3. pkg-config
if have pkg-config; then
    export PKG_CONFIG_PATH="$tmp/prefix/share/pkgconfig"
    check "pkg-config consumer" sh -c "cc -std=c99 -Wall -Werror \$(pkg-config --cflags gateway) -o '$tmp/pc' tests/consumer/main.c && '$tmp/pc'"
    check "pkg-config consumer, zlib" sh -c "cc -std=c99 -Wall -Werror -DGATEWAY_ZLIB \$(pkg-config --cflags gateway) -o '$tmp/pcz' tests/consumer/main.c -lz && '$tmp/pcz' | grep -q zlib"
    unset PKG_CONFIG_PATH
else
    bad "pkg-config not installed"
fi

# 4. CMake: find_package against the make-installed prefix, add_subdirectory, cmake --install
if have cmake; then
    check "cmake find_package (make install)" sh -c "cmake -S tests/consumer -B '$tmp/b1' -DCMAKE_PREFIX_PATH='$tmp/prefix' \
        && cmake --build '$tmp/b1' && '$tmp/b1/consumer' && '$tmp/b1/consumer_zlib' | grep -q zlib"
    check "cmake add_subdirectory" sh -c "cmake -S tests/consumer -B '$tmp/b2' -DGATEWAY_SOURCE_DIR='$repo' \
        && cmake --build '$tmp/b2' && '$tmp/b2/consumer' && '$tmp/b2/consumer_zlib' | grep -q zlib"
    check "cmake --install + find_package" sh -c "cmake -S . -B '$tmp/b3' && cmake --install '$tmp/b3' --prefix '$tmp/prefix2' \
        && cmake -S tests/consumer -B '$tmp/b4' -DCMAKE_PREFIX_PATH='$tmp/prefix2' && cmake --build '$tmp/b4' && '$tmp/b4/consumer' \
        && test -f \"\$(PKG_CONFIG_PATH='$tmp/prefix2/share/pkgconfig' pkg-config --variable=includedir gateway)/gateway.h\""
else
    bad "cmake not installed"
fi
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
