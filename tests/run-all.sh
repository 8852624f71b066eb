#!/bin/sh
# Builds pitchclarity with warnings as errors and runs every test. This is the README's second command and
# what CI runs. Usage: tests/run-all.sh [BUILD_DIR]   (default: build-ci)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-ci}
sh cmake/install-deps.sh --test
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPITCHCLARITY_WERROR=ON
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j2
