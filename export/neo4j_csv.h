#pragma once
// The two CSV files `neo4j-admin database import` reads: one for nodes, one for
// relationships, with Neo4j's typed headers (id:ID, :LABEL, :START_ID, :END_ID, :TYPE,
// name:int, ...). See docs/formats.md for the import command.
#include <ostream>

#include "graph/knowledge_graph.h"

namespace kg {

/// nodes.csv: `id:ID` (n0..nN, the ids every other format uses), `:LABEL` (PERSON, ORG,
/// GPE, EVENT), then name, type, aliases, mentions:int, documents, titles, country. Lists
/// are joined with " | " as in GraphML. RFC 4180, CRLF line ends. Throws
/// std::runtime_error if the stream fails.
void write_neo4j_nodes(std::ostream& out, const KnowledgeGraph& graph);

/// relationships.csv: `:START_ID`, `:END_ID`, `:TYPE` (the relation in upper case, e.g.
/// HOLDS_POSITION), then id (e0..eM), relation, label, title, weight:double, evidence, doc,
/// date. Throws std::runtime_error if the stream fails.
void write_neo4j_relationships(std::ostream& out, const KnowledgeGraph& graph);

}  // namespace kg
