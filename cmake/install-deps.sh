#!/bin/sh
# Installs what pitchclarity needs to build and test, from Debian 12's packages. Run as root.
#   cmake/install-deps.sh          what the default build needs (the library, pitchcheck, and the tests it
#                                  compiles: doctest, valijson and Google Benchmark are small, header-heavy)
#   cmake/install-deps.sh --test   also what running every test needs (sanitizers, fuzzing, a browser)
set -eu
packages="build-essential cmake ninja-build pkg-config git ca-certificates
  libicu-dev libboost-regex-dev libtomlplusplus-dev nlohmann-json3-dev libcli11-dev libcsv-dev
  wordnet-base libhyphen-dev hyphen-en-us doctest-dev libvalijson-dev libbenchmark-dev"
if [ "${1:-}" = "--test" ]; then
  packages="$packages python3 clang libclang-rt-14-dev chromium"
fi
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
