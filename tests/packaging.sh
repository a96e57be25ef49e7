#!/bin/sh
# Packaging checks: one version everywhere (tests/version.sh), GATEWAY_STATIC warning-free, `make
# install` (PREFIX and DESTDIR) and `make uninstall`, `cmake --install`, and a tiny consumer
# (tests/consumer) built with pkg-config, CMake find_package(gateway <version> CONFIG) and
# add_subdirectory. Prints "packaging: N passed, N failed".
# Needs cc, make, cmake, pkg-config (zlib for the zlib cases; clang, g++, clang++ where installed).
cd "$(dirname "$0")/.." || exit 2
repo=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
ok() { echo "packaging: $1: ok"; passed=$((passed + 1)); }
bad() { echo "packaging: $1: FAILED"; [ -f "$tmp/log" ] && tail -n 15 "$tmp/log"; failed=$((failed + 1)); }
check() { # name, command...: the command must succeed
    name=$1; shift
    if "$@" > "$tmp/log" 2>&1; then ok "$name"; else bad "$name"; fi
}
rejects() { # name, pattern, command...: the command must fail, saying pattern (a grep regex)
    name=$1; pat=$2; shift 2
    if "$@" > "$tmp/log" 2>&1; then bad "$name (it succeeded)"
    elif grep -q -- "$pat" "$tmp/log"; then ok "$name"
    else bad "$name (failed without '$pat')"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }

# 1. One release number in gateway_json.h (GATEWAY_VERSION_*), gateway.h's check of it,
# CMakeLists.txt, gateway.pc and cmake/gatewayConfigVersion.cmake; and a copy of those files with
# any one of them changed is rejected.
check "version agrees" sh tests/version.sh
ver=$(sh tests/version.sh | sed -n 's/^version: \([0-9.]*\) everywhere$/\1/p')
[ -n "$ver" ] || ver=0.0.0
mutate() { # file, sed script: $tmp/v holds the version files, that one edited (it must change)
    rm -rf "$tmp/v" && mkdir -p "$tmp/v/cmake" &&
    cp gateway.h gateway_json.h CMakeLists.txt gateway.pc "$tmp/v/" &&
    cp cmake/gatewayConfigVersion.cmake "$tmp/v/cmake/" &&
    sed "$2" "$1" > "$tmp/v/$1" && ! cmp -s "$1" "$tmp/v/$1"
}
for m in "gateway_json.h|s/^\(#define GATEWAY_VERSION_MAJOR\) [0-9]*/\1 7/|gateway.pc has '$ver', gateway_json.h has 7\." \
         "gateway_json.h|s/^\(#define GATEWAY_VERSION_MINOR\) [0-9]*/\1 7/|gateway.pc has '$ver', gateway_json.h has [0-9]*\.7\." \
         "gateway_json.h|s/^\(#define GATEWAY_VERSION_PATCH\) [0-9]*/\1 7/|gateway.pc has '$ver', gateway_json.h has [0-9]*\.[0-9]*\.7" \
         "gateway.h|s/GATEWAY_VERSION_PATCH != [0-9]*/GATEWAY_VERSION_PATCH != 77/|gateway.h does not accept" \
         "CMakeLists.txt|s/^project(gateway VERSION [^ )]*/project(gateway VERSION 9.9.9/|CMakeLists.txt has '9.9.9'" \
         "gateway.pc|s/^Version: .*/Version: 9.9.9/|gateway.pc has '9.9.9'" \
         "cmake/gatewayConfigVersion.cmake|s/^set(PACKAGE_VERSION \"[^\"]*\")/set(PACKAGE_VERSION \"9.9.9\")/|gatewayConfigVersion.cmake has '9.9.9'"; do
    file=${m%%|*}; rest=${m#*|}; script=${rest%%|*}; pat=${rest#*|}
    if mutate "$file" "$script"; then rejects "version: a changed $file is caught" "$pat" sh tests/version.sh "$tmp/v"
    else rm -f "$tmp/log"; bad "version: '$script' does not change $file (update tests/packaging.sh)"; fi
done

# 2. GATEWAY_STATIC: tests/static_impl.c (the library as static functions, one of them called)
# compiles with every warning an error, as C and C++, and runs; with GW_DEF/GJ_DEF plain `static`
# (no unused attribute) the same command must fail, which shows a warning would be caught.
WARN="-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Werror"
ZLIB=""
printf '#include <zlib.h>\n' | cc -E - >/dev/null 2>&1 && ZLIB="-DGATEWAY_ZLIB"
for c in "gcc -x c -std=c99" "clang -x c -std=c99" "g++ -x c++ -std=c++11" "clang++ -x c++ -std=c++11"; do
    bin=${c%% *}
    if ! have "$bin"; then echo "packaging: GATEWAY_STATIC with $bin: not installed, not checked"; continue; fi
    check "GATEWAY_STATIC, $c" sh -c "$c $WARN -o '$tmp/static' tests/static_impl.c && '$tmp/static'"
    [ -n "$ZLIB" ] && check "GATEWAY_STATIC + GATEWAY_ZLIB, $c" \
        sh -c "$c $WARN $ZLIB -o '$tmp/static' tests/static_impl.c -lz && '$tmp/static'"
    rejects "GATEWAY_STATIC, $c: a warning fails it" "unused" \
        $c $WARN -DGW_DEF=static -DGJ_DEF=static -c -o "$tmp/static.o" tests/static_impl.c
done

# 3. make install PREFIX=...: every header, the .pc and the two CMake files
check "make install" make -s install PREFIX="$tmp/prefix"
check "installed files" sh -c "test -f '$tmp/prefix/include/gateway.h' && test -f '$tmp/prefix/include/gateway_json.h' \
    && test -f '$tmp/prefix/share/pkgconfig/gateway.pc' && test -f '$tmp/prefix/share/cmake/gateway/gatewayConfig.cmake' \
    && test -f '$tmp/prefix/share/cmake/gateway/gatewayConfigVersion.cmake'"
# DESTDIR staging: nothing outside DESTDIR
check "make install DESTDIR" sh -c "make -s install DESTDIR='$tmp/stage' PREFIX=/usr && test -f '$tmp/stage/usr/include/gateway.h'"

# 4. pkg-config (PKG_CONFIG_PATH=<prefix>/share/pkgconfig): the consumer, the version
if have pkg-config; then
    export PKG_CONFIG_PATH="$tmp/prefix/share/pkgconfig"
    check "pkg-config consumer" sh -c "cc -std=c99 -Wall -Werror \$(pkg-config --cflags gateway) -o '$tmp/pc' tests/consumer/main.c && '$tmp/pc'"
    check "pkg-config consumer, zlib" sh -c "cc -std=c99 -Wall -Werror -DGATEWAY_ZLIB \$(pkg-config --cflags gateway) -o '$tmp/pcz' tests/consumer/main.c -lz && '$tmp/pcz' | grep -q zlib"
    check "pkg-config version $ver, >= 0.1, not >= 9.0" sh -c "test \"\$(pkg-config --modversion gateway)\" = '$ver' \
        && pkg-config --exists 'gateway >= 0.1' && ! pkg-config --exists 'gateway >= 9.0'"
    unset PKG_CONFIG_PATH
else
    bad "pkg-config not installed"
fi

# 5. CMake: find_package(gateway <version> CONFIG) against the make-installed prefix (accepted and
# rejected versions: gatewayConfigVersion.cmake is SameMinorVersion), add_subdirectory, cmake --install
major=${ver%%.*}; minor=${ver#*.}; minor=${minor%%.*}; patch=${ver##*.}; mm=$major.$minor
consumer() { # build dir, prefix, version: configure the consumer with find_package
    cmake -S tests/consumer -B "$tmp/$1" -DCMAKE_PREFIX_PATH="$2" -DGATEWAY_FIND_VERSION="$3"
}
if have cmake; then
    check "cmake find_package $mm (make install)" sh -c "cmake -S tests/consumer -B '$tmp/b1' -DCMAKE_PREFIX_PATH='$tmp/prefix' \
        -DGATEWAY_FIND_VERSION=$mm > '$tmp/b1.log' && grep -q 'found gateway $ver' '$tmp/b1.log' \
        && cmake --build '$tmp/b1' && '$tmp/b1/consumer' && '$tmp/b1/consumer_zlib' | grep -q zlib"
    check "cmake find_package, no version" consumer b5 "$tmp/prefix" ""
    check "cmake find_package $ver" consumer b6 "$tmp/prefix" "$ver"
    check "cmake find_package range $mm...$major.$((minor + 1))" consumer b7 "$tmp/prefix" "$mm...$major.$((minor + 1))"
    incompatible="compatible with requested version"
    rejects "cmake find_package 9.0 rejected" "$incompatible" consumer b8 "$tmp/prefix" 9.0
    rejects "cmake find_package $major.$((minor + 1)) rejected" "$incompatible" consumer b9 "$tmp/prefix" "$major.$((minor + 1))"
    rejects "cmake find_package $mm.$((patch + 1)) rejected" "$incompatible" consumer b10 "$tmp/prefix" "$mm.$((patch + 1))"
    rejects "cmake find_package range $major.$((minor + 1))...9.0 rejected" "$incompatible" \
        consumer b11 "$tmp/prefix" "$major.$((minor + 1))...9.0"
    check "cmake add_subdirectory" sh -c "cmake -S tests/consumer -B '$tmp/b2' -DGATEWAY_SOURCE_DIR='$repo' \
        && cmake --build '$tmp/b2' && '$tmp/b2/consumer' && '$tmp/b2/consumer_zlib' | grep -q zlib"
    check "cmake --install + find_package $mm" sh -c "cmake -S . -B '$tmp/b3' && cmake --install '$tmp/b3' --prefix '$tmp/prefix2' \
        && test -f '$tmp/prefix2/share/cmake/gateway/gatewayConfigVersion.cmake' \
        && cmake -S tests/consumer -B '$tmp/b4' -DCMAKE_PREFIX_PATH='$tmp/prefix2' -DGATEWAY_FIND_VERSION=$mm \
        && cmake --build '$tmp/b4' && '$tmp/b4/consumer' \
        && test -f \"\$(PKG_CONFIG_PATH='$tmp/prefix2/share/pkgconfig' pkg-config --variable=includedir gateway)/gateway.h\""
    rejects "cmake --install + find_package 9.0 rejected" "$incompatible" consumer b12 "$tmp/prefix2" 9.0
else
    bad "cmake not installed"
fi

# 6. make uninstall: the files go, and so does every directory the install made; a directory that
# holds something else stays, with it (PREFIX pre-existing, with a header, a .pc and another package's
# CMake config).
check "make uninstall (fresh PREFIX: nothing left)" sh -c "make -s uninstall PREFIX='$tmp/prefix' && test ! -e '$tmp/prefix'"
check "make uninstall DESTDIR (nothing left)" sh -c "make -s uninstall DESTDIR='$tmp/stage' PREFIX=/usr && test -z \"\$(ls -A '$tmp/stage')\""
s=$tmp/shared
mkdir -p "$s/include" "$s/share/pkgconfig" "$s/share/cmake/other"
echo '/* other */' > "$s/include/other.h"
echo 'Name: other' > "$s/share/pkgconfig/other.pc"
echo '# other' > "$s/share/cmake/other/otherConfig.cmake"
(cd "$s" && find . | sort) > "$tmp/before"
check "make uninstall (shared PREFIX: other files and their directories stay)" sh -c "make -s install PREFIX='$s' \
    && test -f '$s/share/cmake/gateway/gatewayConfigVersion.cmake' && make -s uninstall PREFIX='$s' \
    && (cd '$s' && find . | sort) > '$tmp/after' && diff '$tmp/before' '$tmp/after'"

echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
