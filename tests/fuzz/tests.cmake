# tests/fuzz — libFuzzer targets for analyze(), the rule-pack loader, pitchcheck's CSV and JSONL readers
# and the C API (README.md in this folder: how to run them, and how to run a long campaign).
#
# Normal build: each target is linked with replay_main.cpp instead of libFuzzer, and `fuzz.replay.<target>`
# runs it over the regression inputs in regressions/<target>/ and over the generated seeds. Any compiler.
# With -DPITCHCLARITY_FUZZ=ON (clang; the top CMakeLists then compiles everything with ASan, UBSan and
# coverage): the real libFuzzer binaries fuzz_<target>, `fuzz.regressions.<target>` (the same inputs, under
# the sanitizers) and `fuzz.run.<target>`, a short campaign of PITCHCLARITY_FUZZ_SECONDS per target.
set(PC_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PC_FUZZ_WORK ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
set(PC_FUZZ_SEEDS ${PC_FUZZ_WORK}/seeds)
set(PC_PITCHCHECK_DIR ${PROJECT_SOURCE_DIR}/examples/pitchcheck)
set(PITCHCLARITY_FUZZ_SECONDS 30 CACHE STRING "Seconds of fuzzing per target in the fuzz.run.* tests")

# The seeds are generated from the corpus, the rule packs and the CLI's test data; every other fuzz test
# needs them.
add_executable(pc_fuzz_seeds ${PC_FUZZ_DIR}/make_seeds.cpp)
target_link_libraries(pc_fuzz_seeds PRIVATE tomlplusplus::tomlplusplus)
pitchclarity_warnings(pc_fuzz_seeds)
add_test(NAME fuzz.seeds COMMAND pc_fuzz_seeds ${PROJECT_SOURCE_DIR} ${PC_FUZZ_SEEDS})
set_tests_properties(fuzz.seeds PROPERTIES FIXTURES_SETUP pc_fuzz_seeds LABELS fuzz)

set(PC_FUZZ_TARGETS analyze rule_pack capi)
set(PC_FUZZ_SOURCES_analyze ${PC_FUZZ_DIR}/fuzz_analyze.cpp)
set(PC_FUZZ_SOURCES_rule_pack ${PC_FUZZ_DIR}/fuzz_rule_pack.cpp)
set(PC_FUZZ_SOURCES_capi ${PC_FUZZ_DIR}/fuzz_capi.cpp)
# pitchcheck's readers are compiled from its own sources, unchanged; they need libcsv (found by examples/).
if(PITCHCHECK_LIBCSV_INCLUDE_DIR AND PITCHCHECK_LIBCSV_LIBRARY)
  list(APPEND PC_FUZZ_TARGETS csv jsonl)
  set(pc_reader_common ${PC_FUZZ_DIR}/fuzz_batch_source.cpp ${PC_PITCHCHECK_DIR}/line_reader.cpp
                       ${PC_PITCHCHECK_DIR}/columns.cpp ${PC_PITCHCHECK_DIR}/file_list_source.cpp
                       ${PC_PITCHCHECK_DIR}/read_file.cpp)
  set(PC_FUZZ_SOURCES_csv ${pc_reader_common} ${PC_PITCHCHECK_DIR}/csv_source.cpp)
  set(PC_FUZZ_SOURCES_jsonl ${pc_reader_common} ${PC_PITCHCHECK_DIR}/jsonl_source.cpp)
endif()

foreach(target IN LISTS PC_FUZZ_TARGETS)
  if(PITCHCLARITY_FUZZ)
    set(exe fuzz_${target})
    add_executable(${exe} ${PC_FUZZ_SOURCES_${target}})
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
  else()
    set(exe fuzz_replay_${target})
    add_executable(${exe} ${PC_FUZZ_SOURCES_${target}} ${PC_FUZZ_DIR}/replay_main.cpp)
  endif()
  target_include_directories(${exe} PRIVATE ${PC_FUZZ_DIR} ${PC_PITCHCHECK_DIR})
  target_link_libraries(${exe} PRIVATE pitchclarity_static nlohmann_json::nlohmann_json)
  pitchclarity_warnings(${exe})
  if(target STREQUAL "csv")
    target_compile_definitions(${exe} PRIVATE PCFUZZ_CSV)
  endif()
  if(target MATCHES "^(csv|jsonl)$")
    target_include_directories(${exe} PRIVATE ${PITCHCHECK_LIBCSV_INCLUDE_DIR})
    target_link_libraries(${exe} PRIVATE ${PITCHCHECK_LIBCSV_LIBRARY})
  endif()

  # Inputs that once broke something stay here for good (see README.md); the seeds are a smoke test.
  set(inputs ${PC_FUZZ_SEEDS}/${target})
  if(EXISTS ${PC_FUZZ_DIR}/regressions/${target})
    list(PREPEND inputs ${PC_FUZZ_DIR}/regressions/${target})
  endif()
  if(PITCHCLARITY_FUZZ)
    add_test(NAME fuzz.regressions.${target} COMMAND ${exe} -runs=0 ${inputs})
    set(dict)
    if(EXISTS ${PC_FUZZ_DIR}/${target}.dict)
      set(dict -dict=${PC_FUZZ_DIR}/${target}.dict)
    endif()
    add_test(NAME fuzz.run.${target}
             COMMAND ${CMAKE_COMMAND} -DFUZZER=$<TARGET_FILE:${exe}> -DTARGET=${target} -DWORK=${PC_FUZZ_WORK}
                     -DSEEDS=${PC_FUZZ_SEEDS}/${target} -DSECONDS=${PITCHCLARITY_FUZZ_SECONDS} "-DEXTRA=${dict}"
                     -P ${PC_FUZZ_DIR}/run_fuzz.cmake)
    set_tests_properties(fuzz.regressions.${target} fuzz.run.${target}
                         PROPERTIES FIXTURES_REQUIRED pc_fuzz_seeds LABELS fuzz)
    set_tests_properties(fuzz.run.${target} PROPERTIES TIMEOUT 900)
  else()
    add_test(NAME fuzz.replay.${target} COMMAND ${exe} ${inputs})
    set_tests_properties(fuzz.replay.${target} PROPERTIES FIXTURES_REQUIRED pc_fuzz_seeds LABELS fuzz)
  endif()
endforeach()
