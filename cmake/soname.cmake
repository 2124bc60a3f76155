# docket_soname(OUT LIBRARY): the name the dynamic loader knows a shared
# library by (libxml2.so.2), read from the SONAME of the file the linker
# would use (libxml2.so, a link to libxml2.so.2.9.14). Readers that load
# their library on first need (src/read/shared_library.hpp) open it by
# this name, the one a binary linked against it would record.
function(docket_soname out library)
  file(REAL_PATH "${library}" real)
  execute_process(COMMAND ${CMAKE_OBJDUMP} -p "${real}" OUTPUT_VARIABLE headers RESULT_VARIABLE failed)
  if(failed OR NOT headers MATCHES "SONAME +([^\n ]+)")
    message(FATAL_ERROR "no SONAME in ${real} (read with ${CMAKE_OBJDUMP} -p)")
  endif()
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()
