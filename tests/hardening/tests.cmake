# tests/hardening — every kind of bad input and what it gets (the table in the top-level README), with the
# memory and time each costs; and 8 threads sharing one Analyzer over the corpus (threads.cpp), which the
# ThreadSanitizer job of tests/run-all.sh builds on its own.
set(PC_HARD_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PC_HARD_WORK ${CMAKE_CURRENT_BINARY_DIR}/hardening)
find_package(Threads REQUIRED)

add_executable(pc_hardening_threads ${PC_HARD_DIR}/threads.cpp)
target_link_libraries(pc_hardening_threads PRIVATE pitchclarity_static tomlplusplus::tomlplusplus Threads::Threads)
pitchclarity_warnings(pc_hardening_threads)
add_test(NAME hardening.threads
         COMMAND pc_hardening_threads ${PROJECT_SOURCE_DIR}/corpus ${PROJECT_SOURCE_DIR}/tests/data/torture.txt)
# Under ThreadSanitizer: the suppressions for the uninstrumented Boost.Regex (tsan.supp says why), and stop
# at the first report so that it fails the test.
set_tests_properties(hardening.threads PROPERTIES LABELS "hardening;threads" TIMEOUT 1200
                     ENVIRONMENT "TSAN_OPTIONS=suppressions=${PC_HARD_DIR}/tsan.supp halt_on_error=1 second_deadlock_stack=1")

if(NOT TARGET pitchcheck)
  return()
endif()

# The inputs no script can write (NUL bytes, UTF-16, a binary file) or that must not be committed (100 MB).
add_executable(pc_hardening_inputs ${PC_HARD_DIR}/make_inputs.cpp)
pitchclarity_warnings(pc_hardening_inputs)
add_test(NAME hardening.inputs COMMAND pc_hardening_inputs ${PC_HARD_WORK}/inputs)
set_tests_properties(hardening.inputs PROPERTIES FIXTURES_SETUP pc_hardening_inputs LABELS hardening)

# Each case is a tests/cli-style case file, run by tests/cli/run_case.cmake; pitchcheck runs under
# pc_hardening_measure, which adds its peak RSS and time to stderr and to measurements.txt.
add_executable(pc_hardening_measure ${PC_HARD_DIR}/measure.cpp)
pitchclarity_warnings(pc_hardening_measure)
set(pc_hard_env "PC_RUN=$<TARGET_FILE:pitchcheck>" "PC_MEASURE_LOG=${PC_HARD_WORK}/measurements.txt")
if(PITCHCLARITY_SANITIZE OR PITCHCLARITY_FUZZ)
  list(APPEND pc_hard_env "PC_RSS_LIMIT_SCALE=4")  # ASan's shadow memory and quarantine
endif()
file(GLOB PC_HARD_CASES CONFIGURE_DEPENDS ${PC_HARD_DIR}/cases/*.cmake)
foreach(case IN LISTS PC_HARD_CASES)
  get_filename_component(name ${case} NAME_WE)
  string(REPLACE "_" "-" test_name ${name})
  add_test(NAME hardening.${test_name}
           COMMAND ${CMAKE_COMMAND} -DPITCHCHECK=$<TARGET_FILE:pc_hardening_measure> -DCASE=${case}
                   -DDATA=${PC_HARD_WORK}/inputs -DGOLDEN=${PC_HARD_DIR}/golden -DWORK=${PC_HARD_WORK}/work
                   -DVALIDATOR=$<TARGET_FILE:validate_json> -DSCHEMA=${PROJECT_SOURCE_DIR}/lib/report/report.schema.json
                   -P ${PROJECT_SOURCE_DIR}/tests/cli/run_case.cmake)
  set_tests_properties(hardening.${test_name} PROPERTIES FIXTURES_REQUIRED pc_hardening_inputs LABELS hardening
                       TIMEOUT 900 ENVIRONMENT "${pc_hard_env}")
endforeach()
