# Installs the libraries, their headers, the kgraph CLI, a CMake package (find_package(kgraph)
# gives kg::extract, kg::graph, kg::store, kg::export, kg::query, kg::eval) and kgraph.pc for pkg-config.
# Headers keep their folders under include/kgraph, matching each target's INSTALL_INTERFACE:
# a consumer writes #include <graph/resolver.h>.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(KG_LIBRARIES kg_tagger kg_extract kg_graph kg_store kg_export kg_query kg_eval kg_training)
foreach(lib ${KG_LIBRARIES})
  string(REPLACE "kg_" "" short ${lib})
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${short})
  file(GLOB headers RELATIVE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/${short}/*.h)
  foreach(header ${headers})
    get_filename_component(dir ${header} DIRECTORY)
    install(FILES ${PROJECT_SOURCE_DIR}/${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/kgraph/${dir})
  endforeach()
endforeach()
# Static libraries carry their private link items into the export ($<LINK_ONLY:...>), so the
# warnings target travels too; its compile options never reach a consumer.
set_target_properties(kg_warnings PROPERTIES EXPORT_NAME warnings)

install(TARGETS ${KG_LIBRARIES} kg_warnings EXPORT kgraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS kgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(KG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kgraph)
install(EXPORT kgraphTargets NAMESPACE kg:: DESTINATION ${KG_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgraphConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/kgraphConfig.cmake INSTALL_DESTINATION ${KG_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgraphConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgraphConfig.cmake ${PROJECT_BINARY_DIR}/kgraphConfigVersion.cmake
        DESTINATION ${KG_CMAKE_DIR})

# The prefix is found relative to the .pc file, so `cmake --install --prefix P` works too.
file(RELATIVE_PATH KG_PC_TO_PREFIX /root/${CMAKE_INSTALL_LIBDIR}/pkgconfig /root)
string(REGEX REPLACE "/$" "" KG_PC_TO_PREFIX "${KG_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/kgraph.pc.in ${PROJECT_BINARY_DIR}/kgraph.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/kgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
