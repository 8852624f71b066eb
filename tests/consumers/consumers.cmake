# Drives the consumer tests (cmake -P). STEP is one of:
#   install     cmake --install the build into STAGING, check the package is self-contained and its version
#               file's answers (the fixture the other steps need)
#   cpp         build examples/consumers/cpp with find_package against STAGING only, run it on each INPUT
#   cpp-static  the same with -DSCORE_STATIC=ON (the `static` component and its find_dependency calls)
#   c           build examples/consumers/c/score.c with `pkg-config --cflags --libs pitchclarity` from STAGING
#   python      run examples/consumers/python/score.py on STAGING's libpitchclarity.so
# Each consumer's output on each INPUT must equal what `pitchcheck --format json` says: the score, the band,
# and every finding's rule and byte span.
foreach(var STEP BUILD_DIR SOURCE_DIR STAGING WORK LIBDIR INPUTS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "consumers.cmake: ${var} is required")
  endif()
endforeach()
set(stage_lib ${STAGING}/${LIBDIR})
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(config_args)
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()

# Runs a command; exit codes other than 0 (and OK_EXIT_CODE, if set by the caller) are failures.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 AND NOT rc STREQUAL "${OK_EXIT_CODE}")
    message(FATAL_ERROR "${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# What every consumer must print for INPUT, derived from the CLI's JSON.
function(expected_output input out_var)
  set(OK_EXIT_CODE 1)  # pitchcheck exits 1 when a finding is an error
  run("pitchcheck on ${input}" ${PITCHCHECK} --format json ${input})
  set(json "${run_output}")
  string(JSON score GET "${json}" score)
  string(JSON band GET "${json}" band)
  set(text "${score} ${band}\n")
  string(JSON count LENGTH "${json}" findings)
  if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
      string(JSON rule GET "${json}" findings ${i} rule)
      string(JSON start ERROR_VARIABLE no_span GET "${json}" findings ${i} start)
      if(no_span)
        string(APPEND text "${rule} -\n")
      else()
        string(JSON end GET "${json}" findings ${i} end)
        string(APPEND text "${rule} ${start}-${end}\n")
      endif()
    endforeach()
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Runs a consumer (the command, with the input appended) on every input and compares with the CLI.
function(check_consumer name)
  foreach(input IN LISTS INPUTS)
    expected_output(${input} expected)
    run("${name} on ${input}" ${ARGN} ${input})
    if(NOT run_output STREQUAL expected)
      message(FATAL_ERROR "${name} disagrees with pitchcheck on ${input}\n--- pitchcheck\n${expected}--- ${name}\n${run_output}")
    endif()
    string(REGEX MATCH "^[^\n]*" first_line "${run_output}")
    message(STATUS "${name} ${input}: ${first_line} (same as pitchcheck)")
  endforeach()
endfunction()

if(STEP STREQUAL "install")
  file(REMOVE_RECURSE ${STAGING})
  run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGING} ${config_args})
  # The package must be relocatable and self-contained: no installed text file may point back into the
  # source or build tree (the staging prefix sits inside the build tree, hence the relative-path rule).
  file(GLOB_RECURSE installed_text ${STAGING}/*.cmake ${STAGING}/*.pc ${STAGING}/*.h ${STAGING}/*.hpp)
  foreach(file IN LISTS installed_text)
    file(READ ${file} content)
    foreach(tree ${SOURCE_DIR} ${BUILD_DIR})
      string(FIND "${content}" "${tree}" at)
      if(at GREATER -1)
        message(FATAL_ERROR "${file} refers to ${tree}; installed files must not point into the source or build tree")
      endif()
    endforeach()
  endforeach()
  # SameMinorVersion: 0.1 finds 0.1.x; 0.2, 1.0 and 0.0 do not.
  file(GLOB version_file ${stage_lib}/cmake/pitchclarity/pitchclarityConfigVersion.cmake)
  foreach(request_and_expected 0.1:TRUE 0.1.0:TRUE 0.2:FALSE 1.0:FALSE 0.0:FALSE)
    string(REPLACE ":" ";" pair ${request_and_expected})
    list(GET pair 0 PACKAGE_FIND_VERSION)
    list(GET pair 1 want)
    string(REPLACE "." ";" parts ${PACKAGE_FIND_VERSION})
    list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
    list(GET parts 1 PACKAGE_FIND_VERSION_MINOR)
    include(${version_file})
    if(NOT PACKAGE_VERSION_COMPATIBLE STREQUAL want)
      message(FATAL_ERROR "find_package(pitchclarity ${PACKAGE_FIND_VERSION}) against ${PACKAGE_VERSION}: "
                          "compatible=${PACKAGE_VERSION_COMPATIBLE}, expected ${want}")
    endif()
  endforeach()
  message(STATUS "installed pitchclarity ${PACKAGE_VERSION} into ${STAGING}")

elseif(STEP STREQUAL "cpp" OR STEP STREQUAL "cpp-static")
  # A copy outside the source tree, so nothing can be found relative to it.
  set(src ${WORK}/src-${STEP})
  set(bin ${WORK}/build-${STEP})
  file(REMOVE_RECURSE ${src} ${bin})
  file(COPY ${SOURCE_DIR}/examples/consumers/cpp/ DESTINATION ${src})
  set(static OFF)
  if(STEP STREQUAL "cpp-static")
    set(static ON)
  endif()
  run("configuring the C++ consumer" ${CMAKE_COMMAND} -S ${src} -B ${bin} -G ${GENERATOR}
      -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=${CONFIG} "-DCMAKE_CXX_FLAGS=${SANITIZE_FLAGS}"
      -DCMAKE_PREFIX_PATH=${STAGING} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DSCORE_STATIC=${static})
  file(STRINGS ${bin}/CMakeCache.txt found_dir REGEX "^pitchclarity_DIR:")
  if(NOT found_dir MATCHES "=${STAGING}/")
    message(FATAL_ERROR "the C++ consumer found pitchclarity outside the staging prefix: ${found_dir}")
  endif()
  run("building the C++ consumer" ${CMAKE_COMMAND} --build ${bin} ${config_args})
  file(GLOB_RECURSE exe ${bin}/score ${bin}/*/score)
  check_consumer(${STEP} ${exe})

elseif(STEP STREQUAL "c")
  run("pkg-config" ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${stage_lib}/pkgconfig
      ${PKG_CONFIG} --cflags --libs pitchclarity)
  string(STRIP "${run_output}" flags)
  if(NOT flags MATCHES "-I${stage_lib}/pkgconfig/" AND NOT flags MATCHES "-I${STAGING}/")
    message(FATAL_ERROR "pkg-config found a pitchclarity outside the staging prefix: ${flags}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  separate_arguments(sanitize UNIX_COMMAND "${SANITIZE_FLAGS}")
  file(MAKE_DIRECTORY ${WORK})
  run("compiling the C consumer" ${CC} -std=c99 -Wall -Wextra -pedantic-errors -Werror ${sanitize}
      ${SOURCE_DIR}/examples/consumers/c/score.c ${flags} -o ${WORK}/score-c)
  check_consumer(c ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${stage_lib} ${WORK}/score-c)

elseif(STEP STREQUAL "python")
  if(NOT PYTHON)
    message(FATAL_ERROR "python3 was not found when the build was configured")
  endif()
  set(env)
  if(SANITIZE_FLAGS)
    # The library carries ASan; Python does not, so the runtime has to be preloaded.
    execute_process(COMMAND ${CXX} -print-file-name=libasan.so OUTPUT_VARIABLE asan OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(env LD_PRELOAD=${asan} ASAN_OPTIONS=detect_leaks=0)
  endif()
  check_consumer(python ${CMAKE_COMMAND} -E env ${env} ${PYTHON}
                 ${SOURCE_DIR}/examples/consumers/python/score.py --lib ${stage_lib}/libpitchclarity.so)

else()
  message(FATAL_ERROR "consumers.cmake: unknown STEP '${STEP}'")
endif()
