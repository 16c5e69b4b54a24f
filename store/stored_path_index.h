#pragma once
// The PathIndex of a stored graph, read straight from its `adjacency` blobs and entity types
// (store/adjacency.h), without building a KnowledgeGraph: the blobs hold a node's arcs in
// the very order PathIndex keeps them, so loading is one pass over a table. At 1M nodes and
// 5M facts that is a fraction of a second and about 200 MB, where a skeleton graph took
// seconds and gigabytes (bench/README.md, "Queries on the graph store").
//
// What it reads is checked — ids in range, arcs in the documented order, one outgoing arc
// with some evidence per relation, weights that add up to meta's evidence count — and damage
// throws kg::InputError "damaged kgraph store: ...".
#include "query/path_index.h"
#include "store/store_rows.h"

namespace kg::store {

PathIndex read_path_index(StoreRows& rows);

}  // namespace kg::store
