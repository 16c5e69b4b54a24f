#pragma once
// Scoring a KnowledgeGraph against gold files. Several gold files form one combined gold:
// entities with the same type and folded name are one entity (aliases united), relations
// are united. Types and relations are strings, as in gold files and every kgraph output.
//
// Matching: a graph node matches a gold entity of its type when name_key of its label or
// any alias equals name_key of the gold name or any gold alias. A node that matches no
// gold entity is spurious; a gold entity matched by two or more nodes is split. When a
// node matches several gold entities (generic aliases such as "summit" recur across
// files), only those listed in a gold file of one of the node's documents count, if any.
//
// Recall: a gold relation is found when an edge of that relation joins a node matching the
// subject to a node matching the object (either way for met_with); a gold met_with is also
// found when both persons are linked (participated_in or chaired) to one common EVENT node
// that matches a gold event the gold has both of them take part in (not any event they share).
//
// Precision: a graph edge is scored when a document its evidence cites has a gold file
// (an edge without evidence rests on its nodes' documents); other edges are counted as
// unscored, neither right nor wrong. A scored edge is correct when its ends match gold
// entities that a gold relation of the same family joins, in its direction (either way for
// met_with). Families: {holds_position, member_of}, {part_of}, {met_with},
// {participated_in, chaired}, {located_in}. Besides, an edge from a person to an EVENT node
// is correct when the gold person takes part (participated_in or chaired) in a gold event
// that the node matches, and a met_with is correct when the gold links both persons to one
// common gold event. Every other scored edge is wrong, including edges whose ends match no
// gold entity.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// num / den, or nullopt when den is 0 (a ratio over nothing is undefined, not 0 or 1).
std::optional<double> ratio(std::size_t num, std::size_t den);

/// The harmonic mean of precision and recall; 0 when both are 0, nullopt when either is.
std::optional<double> f_measure(std::optional<double> precision, std::optional<double> recall);

struct TypeScore {
  std::string type;
  std::size_t nodes = 0;          // graph nodes of this type
  std::size_t matched_nodes = 0;  // ... that match some gold entity
  std::size_t gold = 0;           // combined gold entities of this type
  std::size_t matched_gold = 0;   // ... matched by at least one node
  std::optional<double> precision() const { return ratio(matched_nodes, nodes); }
  std::optional<double> recall() const { return ratio(matched_gold, gold); }
  std::optional<double> f1() const { return f_measure(precision(), recall()); }
};

struct RelationScore {
  std::string relation;       // "overall" for the total
  std::size_t predicted = 0;  // scored graph edges of this relation
  std::size_t correct = 0;    // ... that are correct
  std::size_t gold = 0;       // combined gold relations
  std::size_t found = 0;      // ... found in the graph
  std::optional<double> precision() const { return ratio(correct, predicted); }
  std::optional<double> recall() const { return ratio(found, gold); }
  std::optional<double> f1() const { return f_measure(precision(), recall()); }
};

struct GraphNodeRef {
  std::string label;
  std::string type;
  std::vector<std::string> documents;
};

/// A graph edge, by its nodes' labels; `documents` are those its evidence cites, sorted.
struct GraphEdgeRef {
  std::string subject;
  std::string relation;
  std::string object;
  std::string title;
  std::vector<std::string> documents;
};

struct SplitEntity {
  std::string name;  // the gold name
  std::string type;
  std::vector<std::string> node_labels;  // the labels of the nodes that match it, in node order
};

/// What one gold file's document lacks or has too much of.
struct DocumentDetail {
  std::string document;
  std::vector<GoldEntity> missed_entities;
  std::vector<GoldRelation> missed_relations;
  std::vector<GraphNodeRef> spurious;        // spurious nodes that mention this document
  std::vector<GraphEdgeRef> spurious_edges;  // wrong edges whose evidence cites this document
  std::vector<SplitEntity> splits;           // split entities listed in this gold file
};

struct Score {
  std::vector<TypeScore> types;              // PERSON, ORG, GPE, EVENT
  std::vector<RelationScore> relations;      // relations of the gold or of scored edges, vocabulary order
  RelationScore overall{"overall"};
  std::size_t unscored_edges = 0;            // edges resting only on documents without a gold file
  std::vector<SplitEntity> splits;
  std::vector<GraphNodeRef> spurious;        // in node order
  std::vector<GraphEdgeRef> spurious_edges;  // wrong scored edges, in edge order
  std::vector<DocumentDetail> documents;     // one per gold file, in the order given
};

/// The sum of `score.types`, as type "all".
TypeScore type_totals(const Score& score);

/// Scores `graph` against `golds` (each with its `document` id set, as load_gold does).
Score score_graph(const KnowledgeGraph& graph, const std::vector<Gold>& golds);

}  // namespace kg
