#!/bin/sh
# Installs what the examples, tests/test_zlib.c and tests/e2e.sh need, when missing (Debian, root):
# libwslay-dev (WebSocket framing), zlib1g-dev (the GATEWAY_ZLIB transport), python3-websockets
# (the e2e test's peer), plus cmake and pkg-config for tests/packaging.sh.
pkgs=""
for p in libwslay-dev zlib1g-dev python3-websockets cmake pkg-config; do
    dpkg -s "$p" >/dev/null 2>&1 || pkgs="$pkgs $p"
done
[ -z "$pkgs" ] && exit 0
echo "installing:$pkgs"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq $pkgs >/dev/null
