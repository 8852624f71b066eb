#!/bin/sh
# Builds pitchclarity with warnings as errors and runs every test; then the hardening jobs. This is the
# README's second command and what CI runs.
#   1. the normal build (-Werror) and every test
#   2. ASan + UBSan (PITCHCLARITY_SANITIZE): everything again, and every test but the benchmarks, under both
#   3. the libFuzzer targets (clang, PITCHCLARITY_FUZZ: only the library and the targets are built): their
#      regression inputs, then a short run of each (tests/fuzz/README.md)
#   4. ThreadSanitizer: only the library and tests/hardening/threads.cpp, 8 threads sharing one Analyzer
# Usage: tests/run-all.sh [BUILD_DIR]   (default: build-ci; the other builds go to BUILD_DIR-asan,
# BUILD_DIR-fuzz and BUILD_DIR-tsan). PITCHCLARITY_FUZZ_SECONDS: seconds per fuzz target (default 30).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-ci}
fuzz_seconds=${PITCHCLARITY_FUZZ_SECONDS:-30}
sh cmake/install-deps.sh --test
started=$(date +%s)
stage() { echo "== tests/run-all.sh: $1 ($(($(date +%s) - started)) s in)"; }

stage "1/4 normal build and tests"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPITCHCLARITY_WERROR=ON
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j2

# The same compiler as the normal build, so anything that builds there builds here. The benchmarks measure
# time, which the sanitizers distort, and are left out. LeakSanitizer checks every program at exit.
stage "2/4 ASan + UBSan build and tests"
cmake -S . -B "$build-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPITCHCLARITY_SANITIZE=ON
cmake --build "$build-asan"
ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
  UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$build-asan" --output-on-failure -j2 -E '^bench\.'

# libFuzzer needs clang. Everything in this build carries ASan, UBSan and coverage (top CMakeLists.txt);
# only what the fuzz tests use is built.
stage "3/4 fuzz targets: regressions and short runs"
CC=clang CXX=clang++ cmake -S . -B "$build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPITCHCLARITY_FUZZ=ON -DPITCHCLARITY_FUZZ_SECONDS="$fuzz_seconds"
cmake --build "$build-fuzz" --target pc_fuzz_seeds fuzz_analyze fuzz_rule_pack fuzz_capi fuzz_csv fuzz_jsonl
ctest --test-dir "$build-fuzz" --output-on-failure -j2 -L fuzz

# The test sets its own TSAN_OPTIONS: suppressions for the uninstrumented Boost.Regex (tsan.supp says why).
stage "4/4 ThreadSanitizer build and threads test"
cmake -S . -B "$build-tsan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS=-fsanitize=thread -DCMAKE_CXX_FLAGS=-fsanitize=thread \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread
cmake --build "$build-tsan" --target pc_hardening_threads
ctest --test-dir "$build-tsan" --output-on-failure -R '^hardening\.threads$'
stage "done: every test passed"
