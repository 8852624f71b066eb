# Installation: headers, the shared and static libraries, a CMake package and a pkg-config file.
# Included from lib/CMakeLists.txt after the library targets exist.
#
# The CMake package has two components:
#   find_package(pitchclarity 0.1 CONFIG REQUIRED)                    -> pitchclarity::pitchclarity (shared)
#   find_package(pitchclarity 0.1 CONFIG REQUIRED COMPONENTS static)  -> also pitchclarity::pitchclarity_static
# ICU, Boost.Regex and toml++ are private to the shared library, so its consumers need none of them (not
# even their development packages). The static library needs them at link time, so only asking for the
# `static` component makes the config find_dependency() them. Two export sets keep the shared one free of
# references to targets the consumer may not have.
#
# Version compatibility is SameMinorVersion: before 1.0 every minor release may change the ABI (the SONAME
# is MAJOR.MINOR), so a request for 0.1 accepts 0.1.x and nothing else. From 1.0 on this becomes
# SameMajorVersion together with a SONAME of MAJOR.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
include(CheckLinkerFlag)

option(PITCHCLARITY_INSTALL "Generate the install rules" ${PITCHCLARITY_TOP_LEVEL})

# ---- What the shared library exports ------------------------------------------------------------------
# Hidden visibility plus this version script; tests/consumers/exported_symbols.txt is the checked result.
set(PC_SYMBOL_MAP ${PROJECT_SOURCE_DIR}/cmake/pitchclarity.map)
check_linker_flag(CXX "LINKER:--version-script=${PC_SYMBOL_MAP}" PC_HAVE_VERSION_SCRIPT)
if(PC_HAVE_VERSION_SCRIPT)
  target_link_options(pitchclarity PRIVATE "LINKER:--version-script=${PC_SYMBOL_MAP}")
  set_property(TARGET pitchclarity APPEND PROPERTY LINK_DEPENDS ${PC_SYMBOL_MAP})
endif()

# The public headers are C++20 (defaulted comparisons); consumers of the C++ API inherit that. C consumers
# are unaffected: this is a C++ feature.
target_compile_features(pitchclarity INTERFACE cxx_std_20)
target_compile_features(pitchclarity_static INTERFACE cxx_std_20)

if(NOT PITCHCLARITY_INSTALL)
  return()
endif()

set(PC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pitchclarity)

# Only the public headers: include/pitchclarity/ plus the generated version.hpp. lib/ stays private.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/pitchclarity
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT pitchclarity_Development
        FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/include/pitchclarity/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/pitchclarity
        COMPONENT pitchclarity_Development)

install(TARGETS pitchclarity EXPORT pitchclarityTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
                COMPONENT pitchclarity_Runtime
                NAMELINK_COMPONENT pitchclarity_Development
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT pitchclarity_Runtime
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT pitchclarity_Development)
install(TARGETS pitchclarity_static EXPORT pitchclarityStaticTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT pitchclarity_Development)

install(EXPORT pitchclarityTargets NAMESPACE pitchclarity:: DESTINATION ${PC_CMAKE_DIR}
        COMPONENT pitchclarity_Development)
install(EXPORT pitchclarityStaticTargets NAMESPACE pitchclarity:: DESTINATION ${PC_CMAKE_DIR}
        COMPONENT pitchclarity_Development)

# The static component's find_dependency() calls ask for what this build was made with. ICU renames its
# symbols per major version (u_strlen_72), so a static consumer must use the same ICU major exactly.
string(REGEX MATCH "^[0-9]+" PC_ICU_MAJOR "${ICU_VERSION}")
set(PC_BOOST_VERSION "${Boost_VERSION_MAJOR}.${Boost_VERSION_MINOR}")
set(PC_TOMLPP_VERSION "${tomlplusplus_VERSION_MAJOR}")
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/pitchclarityConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/cmake/pitchclarityConfig.cmake
                              INSTALL_DESTINATION ${PC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/pitchclarityConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/pitchclarityConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/pitchclarityConfigVersion.cmake
        DESTINATION ${PC_CMAKE_DIR}
        COMPONENT pitchclarity_Development)

# pkg-config: the .pc file finds the prefix relative to itself, like the CMake package does, so a staged or
# moved install still works.
set(PC_PKGCONFIG_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(FATAL_ERROR "pitchclarity's pkg-config file needs CMAKE_INSTALL_LIBDIR and CMAKE_INSTALL_INCLUDEDIR "
                      "relative to the prefix (got '${CMAKE_INSTALL_LIBDIR}', '${CMAKE_INSTALL_INCLUDEDIR}')")
endif()
file(RELATIVE_PATH PC_PC_TO_PREFIX /prefix/${PC_PKGCONFIG_DIR} /prefix)
string(REGEX REPLACE "/$" "" PC_PC_TO_PREFIX "${PC_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/pitchclarity.pc.in ${PROJECT_BINARY_DIR}/pitchclarity.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pitchclarity.pc DESTINATION ${PC_PKGCONFIG_DIR}
        COMPONENT pitchclarity_Development)
