# `cmake --install` puts the docket command, the library docket::docket
# (every stage's static archive), its public headers and a package
# configuration that find_package(docket) reads.
include(CMakePackageConfigHelpers)

install(TARGETS docket RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The man page and shell completion, where man, bash-completion, zsh and
# fish look for them under the prefix.
install(FILES ${PROJECT_SOURCE_DIR}/share/man/docket.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/share/completions/docket.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME docket)
install(FILES ${PROJECT_SOURCE_DIR}/share/completions/_docket DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/share/completions/docket.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
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
        DESTINATION ${DOCKET_CMAKE_DIR})
