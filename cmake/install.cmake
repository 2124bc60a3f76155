# `cmake --install` puts the docket command, the library docket::docket
# (every stage's static archive), its public headers and a package
# configuration that find_package(docket) reads.
include(CMakePackageConfigHelpers)

install(TARGETS docket RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS docket_library ${DOCKET_STAGES}
        EXPORT docketTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/docket DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(DOCKET_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/docket)
install(EXPORT docketTargets NAMESPACE docket:: DESTINATION ${DOCKET_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/docketConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/docketConfig.cmake
                              INSTALL_DESTINATION ${DOCKET_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/docketConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/docketConfig.cmake ${PROJECT_BINARY_DIR}/docketConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/FindStemmer.cmake
              ${PROJECT_SOURCE_DIR}/cmake/FindLibZip.cmake
        DESTINATION ${DOCKET_CMAKE_DIR})
