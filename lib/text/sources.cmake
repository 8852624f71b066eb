list(APPEND PC_SOURCES text/utf8_decoder.cpp text/normalize.cpp text/segment.cpp text/lemma_cache.cpp
                       text/document.cpp text/language.cpp)

# Abbreviations after which a full stop does not end a sentence ("Dr. Mei-Ling Zhou") are data
# (data/no_break_after.txt), written into a header when CMake runs; editing the list re-runs CMake.
set(_pc_no_break ${CMAKE_CURRENT_LIST_DIR}/data/no_break_after.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_pc_no_break})
file(STRINGS ${_pc_no_break} _pc_no_break_lines REGEX "^[^#]")
foreach(_pc_line IN LISTS _pc_no_break_lines)
  if(NOT _pc_line MATCHES "^[A-Za-z][A-Za-z.]*\\.$")
    message(FATAL_ERROR "${_pc_no_break}: '${_pc_line}' is not an abbreviation (letters and full stops, ending with one)")
  endif()
endforeach()
if(NOT _pc_no_break_lines)
  message(FATAL_ERROR "${_pc_no_break}: no abbreviations")
endif()
list(JOIN _pc_no_break_lines "\", \"" PC_NO_BREAK_AFTER)
configure_file(${CMAKE_CURRENT_LIST_DIR}/no_break_after.hpp.in ${CMAKE_CURRENT_BINARY_DIR}/text/no_break_after.hpp @ONLY)
