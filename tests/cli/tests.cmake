# pitchcheck's tests: one CTest test per case file under cli/cases/ (what to run, what to expect, golden
# outputs under cli/golden/), plus the 10,000-pitch determinism run. Refresh the golden files after a
# model change with:  UPDATE_GOLDEN=1 ctest --test-dir BUILD -R cli.golden  (then review the diff).
if(NOT TARGET pitchcheck)
  return()
endif()

set(PC_CLI_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PC_CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli)

add_executable(pitchcheck_make_pitches ${PC_CLI_DIR}/make_pitches.cpp)
pitchclarity_warnings(pitchcheck_make_pitches)

file(GLOB PC_CLI_CASES CONFIGURE_DEPENDS ${PC_CLI_DIR}/cases/*.cmake)
foreach(case IN LISTS PC_CLI_CASES)
  get_filename_component(name ${case} NAME_WE)
  string(REPLACE "_" "-" test_name ${name})
  add_test(NAME cli.${test_name}
           COMMAND ${CMAKE_COMMAND} -DPITCHCHECK=$<TARGET_FILE:pitchcheck> -DCASE=${case} -DDATA=${PC_CLI_DIR}/data
                   -DGOLDEN=${PC_CLI_DIR}/golden -DWORK=${PC_CLI_WORK} -DVALIDATOR=$<TARGET_FILE:validate_json>
                   -DSCHEMA=${PROJECT_SOURCE_DIR}/lib/report/report.schema.json -P ${PC_CLI_DIR}/run_case.cmake)
endforeach()

add_test(NAME cli.batch-10k-deterministic
         COMMAND ${CMAKE_COMMAND} -DPITCHCHECK=$<TARGET_FILE:pitchcheck>
                 -DMAKE_PITCHES=$<TARGET_FILE:pitchcheck_make_pitches> -DWORK=${PC_CLI_WORK}/determinism
                 -P ${PC_CLI_DIR}/batch_determinism.cmake)
set_tests_properties(cli.batch-10k-deterministic PROPERTIES TIMEOUT 1800)
