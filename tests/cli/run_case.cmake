# Runs one CLI test case: cmake -DPITCHCHECK=… -DCASE=cases/x.cmake -DDATA=… -DGOLDEN=… -DWORK=… -P run_case.cmake
#
# A case file is data: it sets what to run and what to expect, and may prepare files under ${WORK}.
#   ARGS                 pitchcheck's arguments (run in WORKDIR, default ${DATA}, so paths in output are short)
#   WORKDIR              where to run
#   STDIN                a file to feed on standard input
#   ENV_VARS             NAME=value settings for the run (NO_COLOR is unset unless set here)
#   EXPECT_RC            the exit status (default 0)
#   STDOUT_GOLDEN        a file under golden/ that stdout must equal byte for byte
#   STDERR_GOLDEN        the same for stderr
#   STDOUT_MATCHES, STDERR_MATCHES, STDOUT_NOT_MATCHES, STDERR_NOT_MATCHES   lists of regular expressions
#                        (file(READ) turns CRLF into LF, so they see LF; golden files are compared as bytes)
#   VALIDATE             "document" or "lines": check stdout against the report schema with VALIDATOR
#
# With UPDATE_GOLDEN=1 in the environment, golden files are rewritten from the actual output instead of
# compared (after a model change: UPDATE_GOLDEN=1 ctest -R cli.golden, then review the diff).
cmake_minimum_required(VERSION 3.25)
foreach(required PITCHCHECK CASE DATA GOLDEN WORK)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_case.cmake: -D${required}=… is required")
  endif()
endforeach()

set(ARGS)
set(WORKDIR ${DATA})
set(STDIN)
set(ENV_VARS)
set(EXPECT_RC 0)
set(STDOUT_GOLDEN)
set(STDERR_GOLDEN)
set(STDOUT_MATCHES)
set(STDERR_MATCHES)
set(STDOUT_NOT_MATCHES)
set(STDERR_NOT_MATCHES)
set(VALIDATE)
get_filename_component(case_name ${CASE} NAME_WE)
file(MAKE_DIRECTORY ${WORK})
include(${CASE})

set(out_file ${WORK}/${case_name}.stdout)
set(err_file ${WORK}/${case_name}.stderr)
set(stdin_args)
if(STDIN)
  set(stdin_args INPUT_FILE ${STDIN})
endif()
string(REPLACE ";" " " shown "${ARGS}")
message(STATUS "(cd ${WORKDIR} && pitchcheck ${shown})")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=NO_COLOR ${ENV_VARS} ${PITCHCHECK} ${ARGS}
                WORKING_DIRECTORY ${WORKDIR} ${stdin_args}
                OUTPUT_FILE ${out_file} ERROR_FILE ${err_file} RESULT_VARIABLE rc)
file(READ ${out_file} out)
file(READ ${err_file} err)

set(failures)
if(NOT rc STREQUAL EXPECT_RC)
  list(APPEND failures "exit status ${rc}, expected ${EXPECT_RC}")
endif()

foreach(stream out err)
  string(TOUPPER "STD${stream}" upper)
  foreach(regex IN LISTS ${upper}_MATCHES)
    if(NOT "${${stream}}" MATCHES "${regex}")
      list(APPEND failures "std${stream} does not match: ${regex}")
    endif()
  endforeach()
  foreach(regex IN LISTS ${upper}_NOT_MATCHES)
    if("${${stream}}" MATCHES "${regex}")
      list(APPEND failures "std${stream} should not match: ${regex}")
    endif()
  endforeach()
  if(${upper}_GOLDEN)
    set(golden ${GOLDEN}/${${upper}_GOLDEN})
    if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
      configure_file(${WORK}/${case_name}.std${stream} ${golden} COPYONLY)
      message(STATUS "updated ${golden}")
    elseif(NOT EXISTS ${golden})
      list(APPEND failures "no golden file ${golden}: run with UPDATE_GOLDEN=1 to create it")
    else()
      execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${golden} ${WORK}/${case_name}.std${stream}
                      RESULT_VARIABLE same)
      if(NOT same EQUAL 0)
        find_program(DIFF diff)
        if(DIFF)
          execute_process(COMMAND ${DIFF} -u ${golden} ${WORK}/${case_name}.std${stream} OUTPUT_VARIABLE diff_text)
          message("${diff_text}")
        endif()
        list(APPEND failures "std${stream} differs from ${golden} (if the change is intended: UPDATE_GOLDEN=1 ctest -R cli.)")
      endif()
    endif()
  endif()
endforeach()

if(VALIDATE)
  set(lines_flag)
  if(VALIDATE STREQUAL "lines")
    set(lines_flag --lines)
  endif()
  execute_process(COMMAND ${VALIDATOR} ${lines_flag} ${SCHEMA} ${out_file} RESULT_VARIABLE vrc ERROR_VARIABLE verr)
  if(NOT vrc EQUAL 0)
    list(APPEND failures "stdout does not satisfy ${SCHEMA}: ${verr}")
  endif()
endif()

if(failures)
  message("--- stdout ---\n${out}--- stderr ---\n${err}--------------")
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "${case_name}:\n  ${text}")
endif()
