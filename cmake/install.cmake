# `cmake --install build [--prefix P]`: the vanban executable, the library with its headers, the schemas,
# and a CMake package so that other projects can write
#   find_package(vanban REQUIRED)
#   target_link_libraries(app PRIVATE vanban::vanban)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS vanban RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS vanban_lib EXPORT vanbanTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/src/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/vanban
  FILES_MATCHING PATTERN "*.hpp" PATTERN "cli" EXCLUDE)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/vanban/schemas)
install(EXPORT vanbanTargets NAMESPACE vanban:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vanban)

configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/vanbanConfig.cmake.in
  ${CMAKE_BINARY_DIR}/vanbanConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vanban)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/vanbanConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/vanbanConfig.cmake ${CMAKE_BINARY_DIR}/vanbanConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vanban)

# vanban(1), written from the program's own --help texts (scripts/make-manpage) and installed with it.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/vanban.1
    COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/scripts/make-manpage $<TARGET_FILE:vanban> > ${CMAKE_BINARY_DIR}/vanban.1
    DEPENDS vanban ${CMAKE_SOURCE_DIR}/scripts/make-manpage VERBATIM)
  add_custom_target(manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/vanban.1)
  install(FILES ${CMAKE_BINARY_DIR}/vanban.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
