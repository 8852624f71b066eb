# Warnings for the project's own targets (not for third-party headers, which come in as SYSTEM).
function(pitchclarity_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(PITCHCLARITY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
