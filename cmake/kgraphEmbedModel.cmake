# kg_embed_model(TARGET SOURCE DEFINE FILE): links a model file made by `kgraph train` into
# TARGET: SOURCE .incbin's the file named by the DEFINE macro, rebuilt when the file changes.
# Without the file the library builds without that model (and says so).
function(kg_embed_model target source define file)
  if(EXISTS ${file})
    target_compile_definitions(${target} PRIVATE ${define}="${file}")
    set_source_files_properties(${source} PROPERTIES OBJECT_DEPENDS ${file})
  else()
    message(WARNING "kgraph: ${file} is missing: the build runs without it (make it with kgraph train ... -o models)")
  endif()
endfunction()
