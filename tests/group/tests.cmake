# Group matching and the HTML group report (issue 8).
#   group.*              the matching rules on hand-made profiles and the pairs a person would name on the fixed
#                        group in group/data (doctest, against the shared library's public API)
#   group.html-static    the report for the fixed group, parsed without a browser: escaping, structure
#   group.html-browser   the same report opened in real headless Chromium over the DevTools protocol: rows,
#                        highlights at their exact spans, the matches, an injected <script> inert, tooltips and
#                        sorting; saves group-report.png and group-report.pdf in the build's tests/group/
# The browser test installs Debian's chromium when it is missing and it can (root, apt-get); it is skipped
# (status 77) only when chromium cannot be had at all, and fails instead when CI is set.
find_package(Threads REQUIRED)
add_executable(pitchclarity_group_tests ${CMAKE_CURRENT_LIST_DIR}/test_group.cpp ${CMAKE_CURRENT_LIST_DIR}/../main.cpp)
target_link_libraries(pitchclarity_group_tests PRIVATE pitchclarity::pitchclarity doctest::doctest Threads::Threads)
target_compile_definitions(pitchclarity_group_tests PRIVATE PC_GROUP_DATA="${CMAKE_CURRENT_LIST_DIR}/data")
pitchclarity_warnings(pitchclarity_group_tests)
doctest_discover_tests(pitchclarity_group_tests)

find_package(Python3 3.8 COMPONENTS Interpreter QUIET)
if(TARGET pitchcheck AND Python3_Interpreter_FOUND)
  set(pc_group_check ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_report.py
      --pitchcheck $<TARGET_FILE:pitchcheck> --data ${CMAKE_CURRENT_LIST_DIR}/data)
  # Each in its own folder, so that they may run at the same time; the browser test's artefacts are in
  # tests/group/ of the build.
  add_test(NAME group.html-static COMMAND ${pc_group_check} --work ${CMAKE_CURRENT_BINARY_DIR}/group/static --no-browser)
  add_test(NAME group.html-browser COMMAND ${pc_group_check} --work ${CMAKE_CURRENT_BINARY_DIR}/group)
  set_tests_properties(group.html-static PROPERTIES TIMEOUT 120)
  # Long enough for apt-get to install chromium on a fresh machine.
  set_tests_properties(group.html-browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1200 RESOURCE_LOCK chromium)
endif()
