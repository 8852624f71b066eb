# Runs one libFuzzer target for a while (the fuzz.run.* tests):
#   cmake -DFUZZER=fuzz_x -DTARGET=x -DWORK=DIR -DSEEDS=DIR -DSECONDS=30 [-DEXTRA=-dict=…] -P run_fuzz.cmake
# New inputs go to WORK/corpus/TARGET (kept between runs, so each run starts where the last stopped); a crash
# leaves its input in WORK/artifacts/TARGET/ and fails the test with the command that replays it.
cmake_minimum_required(VERSION 3.25)
set(corpus ${WORK}/corpus/${TARGET})
set(artifacts ${WORK}/artifacts/${TARGET})
file(MAKE_DIRECTORY ${corpus} ${artifacts})
# -timeout: one input taking longer is a hang. -rss_limit_mb: above it is a leak or a blow-up (ASan's shadow
# memory included). -max_len: a pitch is a page; longer inputs mostly slow the search down.
set(command ${FUZZER} -max_total_time=${SECONDS} -timeout=25 -rss_limit_mb=3072 -max_len=16384
            -print_final_stats=1 -artifact_prefix=${artifacts}/ ${EXTRA} ${corpus} ${SEEDS})
execute_process(COMMAND ${command} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCHALL "stat::[a-z_]+: *[0-9]+" stats "${err}")
list(JOIN stats ", " stats)
if(NOT rc EQUAL 0)
  file(GLOB found ${artifacts}/*)
  message("${err}")
  message(FATAL_ERROR "fuzz_${TARGET} failed (exit ${rc}). Inputs: ${found}\n"
                      "Replay one with: ${FUZZER} INPUT; then add it under tests/fuzz/regressions/${TARGET}/")
endif()
message(STATUS "fuzz_${TARGET}: ${SECONDS} s without a finding (${stats})")
