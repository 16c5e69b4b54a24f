#pragma once
// The output formats `kgraph build -o` knows, chosen by file extension (any case).
// docs/formats.md describes each one.
#include <filesystem>
#include <string>
#include <vector>

#include "cli/output_file.h"
#include "graph/knowledge_graph.h"

namespace kg::cli {

/// The extensions accepted by -o, for --help and error messages:
/// ".graphml, .gexf, .dot, .svg, .png, .csv, .json, .kgdb".
std::string known_output_extensions();
/// Throws kg::InputError (exit 2) if `path`'s extension names no known format, or names an
/// image format while Graphviz is not installed (checked before any work is done).
void check_output_path(const std::filesystem::path& path);
/// check_output_path and check_output_target for every file `outputs` expand to, and that
/// no file is named twice (x.csv and x.nodes.csv); throws kg::InputError before any work.
void check_output_list(const std::vector<std::string>& outputs);
/// The files `write_output(path, ...)` creates: `path` itself, except for .csv, which
/// becomes the pair STEM.nodes.csv and STEM.relationships.csv for Neo4j's import (a
/// STEM already ending in .nodes or .relationships is not doubled).
std::vector<std::filesystem::path> output_files(const std::filesystem::path& path);
/// The files to write for `path` (see output_files), each with its writer; the writers keep a
/// reference to `graph` and may run concurrently.
std::vector<OutputJob> output_jobs(const std::filesystem::path& path, const KnowledgeGraph& graph);
/// Stages `graph` in the format `path`'s extension names into `set` (every file of
/// output_files(path); nodes before relationships for CSV). Nothing is visible until
/// set.commit().
void stage_output(OutputSet& set, const std::filesystem::path& path, const KnowledgeGraph& graph);
/// Writes `graph` to `path` in the format its extension names: stage_output and commit.
void write_output(const std::filesystem::path& path, const KnowledgeGraph& graph);

}  // namespace kg::cli
