# Run by CTest (see CMakeLists.txt): install, build a consumer with find_package, run it,
# then build it again from kgraph.pc. Any failing step fails the test with its output.
function(step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${KG_WORK_DIR}/prefix)
file(REMOVE_RECURSE ${KG_WORK_DIR})
step("cmake --install" ${CMAKE_COMMAND} --install ${KG_BUILD_DIR} --prefix ${prefix})

file(GLOB_RECURSE configs ${prefix}/*/kgraphConfig.cmake)
file(GLOB_RECURSE pcs ${prefix}/*/kgraph.pc)
if(NOT configs OR NOT pcs OR NOT EXISTS ${prefix}/bin/kgraph OR NOT EXISTS ${prefix}/include/kgraph/graph/resolver.h)
  message(FATAL_ERROR "incomplete install: config '${configs}', pc '${pcs}'")
endif()

step("consumer configure" ${CMAKE_COMMAND} -S ${KG_CONSUMER_DIR} -B ${KG_WORK_DIR}/build -G ${KG_GENERATOR}
     -DCMAKE_CXX_COMPILER=${KG_CXX} -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release
     "-DCMAKE_CXX_FLAGS=${KG_CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${KG_LINKER_FLAGS}")
step("consumer build" ${CMAKE_COMMAND} --build ${KG_WORK_DIR}/build)
step("consumer run" ${KG_WORK_DIR}/build/kgraph_consumer)
if(NOT step_output MATCHES "<graphml" OR NOT step_output MATCHES "Tileuberdi")
  message(FATAL_ERROR "consumer output lacks the graph:\n${step_output}")
endif()

if(KG_PKG_CONFIG)
  list(GET pcs 0 pc)
  get_filename_component(pc_dir ${pc} DIRECTORY)
  set(ENV{PKG_CONFIG_PATH} ${pc_dir})
  step("pkg-config" ${KG_PKG_CONFIG} --cflags --libs kgraph)
  separate_arguments(flags UNIX_COMMAND "${KG_CXX_FLAGS} ${step_output} ${KG_LINKER_FLAGS}")
  step("pkg-config consumer build" ${KG_CXX} -std=c++20 ${KG_CONSUMER_DIR}/main.cpp ${flags}
       -o ${KG_WORK_DIR}/kgraph_pc_consumer)
  step("pkg-config consumer run" ${KG_WORK_DIR}/kgraph_pc_consumer)
endif()
