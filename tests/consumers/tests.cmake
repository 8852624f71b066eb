# Tests of the library as others link it: the C API's contract (from C, against the shared library), the
# shared library's exported symbols, and three consumers built against a staging install of this build.
include(GNUInstallDirs)
find_package(Threads REQUIRED)

# ---- The C API, tested from C99 ------------------------------------------------------------------------
add_executable(pitchclarity_capi_test ${CMAKE_CURRENT_LIST_DIR}/capi_test.c)
set_target_properties(pitchclarity_capi_test PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_link_libraries(pitchclarity_capi_test PRIVATE pitchclarity::pitchclarity Threads::Threads m)
target_compile_options(pitchclarity_capi_test PRIVATE -Wall -Wextra -pedantic-errors
                                                      $<$<BOOL:${PITCHCLARITY_WERROR}>:-Werror>)
foreach(case bad-arguments options rule-pack invalid-utf8 report threads)
  add_test(NAME capi.${case} COMMAND pitchclarity_capi_test ${case} ${PROJECT_SOURCE_DIR}/examples/pitch.txt)
endforeach()

# ---- Exported symbols: exactly the allow-list ---------------------------------------------------------
if(CMAKE_NM AND PC_HAVE_VERSION_SCRIPT)
  add_test(NAME consumers.symbols
           COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/check_symbols.sh ${CMAKE_NM} $<TARGET_FILE:pitchclarity>
                   ${CMAKE_CURRENT_LIST_DIR}/exported_symbols.txt)
endif()

# ---- Consumers of a staging install: C++ (find_package), C (pkg-config), Python (ctypes) -----------------
if(PITCHCLARITY_INSTALL AND TARGET pitchcheck)
  find_package(PkgConfig QUIET)
  find_package(Python3 3.8 COMPONENTS Interpreter QUIET)
  set(pc_consumer_work ${CMAKE_CURRENT_BINARY_DIR}/consumers)
  set(pc_consumer_inputs ${PROJECT_SOURCE_DIR}/examples/pitch.txt|${PROJECT_SOURCE_DIR}/tests/data/torture.txt)
  set(pc_consumer_sanitize "")
  if(PITCHCLARITY_SANITIZE)
    set(pc_consumer_sanitize "-fsanitize=address,undefined")
  endif()
  foreach(step install cpp cpp-static c python)
    add_test(NAME consumers.${step}
             COMMAND ${CMAKE_COMMAND} -DSTEP=${step} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                     -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DSTAGING=${pc_consumer_work}/staging
                     -DWORK=${pc_consumer_work} -DLIBDIR=${CMAKE_INSTALL_LIBDIR} -DCONFIG=$<CONFIG>
                     -DINPUTS=${pc_consumer_inputs} -DPITCHCHECK=$<TARGET_FILE:pitchcheck>
                     -DGENERATOR=${CMAKE_GENERATOR} -DCXX=${CMAKE_CXX_COMPILER} -DCC=${CMAKE_C_COMPILER}
                     -DPKG_CONFIG=${PKG_CONFIG_EXECUTABLE} -DPYTHON=${Python3_EXECUTABLE}
                     -DSANITIZE_FLAGS=${pc_consumer_sanitize}
                     -P ${CMAKE_CURRENT_LIST_DIR}/consumers.cmake)
    if(step STREQUAL "install")
      set_tests_properties(consumers.install PROPERTIES FIXTURES_SETUP pc_staging)
    else()
      set_tests_properties(consumers.${step} PROPERTIES FIXTURES_REQUIRED pc_staging)
    endif()
  endforeach()
  set_tests_properties(consumers.cpp consumers.cpp-static PROPERTIES TIMEOUT 600)
endif()
