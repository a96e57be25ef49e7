#!/bin/sh
# Checks that one release number is written everywhere: GATEWAY_VERSION_MAJOR/MINOR/PATCH of
# gateway_json.h (read through the preprocessor; gateway.h must accept them too, it #errors on
# another release), project(gateway VERSION) of CMakeLists.txt, Version: of gateway.pc and
# PACKAGE_VERSION of cmake/gatewayConfigVersion.cmake.
# usage: sh tests/version.sh [DIR]   (DIR: a tree holding those files, default the repository)
# Prints "version: X.Y.Z everywhere" and exits 0, or names each file that differs and exits 1.
dir=${1:-$(dirname "$0")/..}
cc=${CC:-cc}
hdr=$(printf '#include "%s/gateway_json.h"\ngw_version GATEWAY_VERSION_MAJOR.GATEWAY_VERSION_MINOR.GATEWAY_VERSION_PATCH\n' "$dir" |
      $cc -E -P -x c - 2>/dev/null | sed -n 's/^gw_version //p' | tr -d ' ')
case $hdr in
    [0-9]*.[0-9]*.[0-9]*) ;;
    *) echo "version: no GATEWAY_VERSION_MAJOR/MINOR/PATCH in $dir/gateway_json.h (got '$hdr')"; exit 1;;
esac
rc=0
differs() { # file, version found there
    if [ "$2" != "$hdr" ]; then echo "version: $1 has '$2', gateway_json.h has $hdr"; rc=1; fi
}
differs CMakeLists.txt "$(sed -n 's/^project(gateway VERSION \([^ )]*\).*/\1/p' "$dir/CMakeLists.txt")"
differs gateway.pc "$(sed -n 's/^Version: *//p' "$dir/gateway.pc")"
differs cmake/gatewayConfigVersion.cmake \
    "$(sed -n 's/^set(PACKAGE_VERSION "\([^"]*\)")/\1/p' "$dir/cmake/gatewayConfigVersion.cmake")"
if ! printf '#include "%s/gateway.h"\n' "$dir" | $cc -E -x c - >/dev/null 2>&1; then
    echo "version: gateway.h does not accept gateway_json.h's $hdr"; rc=1
fi
[ "$rc" -eq 0 ] && echo "version: $hdr everywhere"
exit "$rc"
