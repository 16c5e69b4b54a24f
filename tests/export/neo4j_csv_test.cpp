#include "export/neo4j_csv.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "consumers.h"
#include "export/csv_escape.h"
#include "golden.h"
#include "sample_graphs.h"

namespace {

const std::string R = "\xEF\xBF\xBD";

std::string nodes_csv(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_neo4j_nodes(out, graph);
  return out.str();
}
std::string relationships_csv(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_neo4j_relationships(out, graph);
  return out.str();
}

// prefix + std::to_string(n), built with += (GCC 12 -O3 misreads "n" + std::to_string(...): -Wrestrict).
std::string prefixed(const char* prefix, std::size_t n) {
  std::string s = prefix;
  s += std::to_string(n);
  return s;
}

// Python's csv module is strict about RFC 4180 quoting: it reads our files back.
constexpr const char* kCsvScript = R"PY(
import csv, sys
for path in sys.argv[1:]:
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f, strict=True))
    print(len(rows), len({len(r) for r in rows}), rows[0][0])
    for r in rows[1:]:
        print(' '.join(c.encode('utf-8').hex() for c in r[:4]))
)PY";

}  // namespace

TEST_CASE("csv_field quotes every non-empty field the RFC 4180 way", "[export][csv_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"", ""},
      {"plain", R"("plain")"},
      {"a,b", R"("a,b")"},
      {R"(say "hi")", R"("say ""hi""")"},
      {R"(")", R"("""")"},
      {R"(C:\Temp\)", R"("C:\Temp\")"},
      {"two\nlines\r\nand\ttab", R"("two lines  and tab")"},
      {"ctl\x01", "\"ctl" + R + "\""},
      {"\xEF\xBF\xBE", "\"" + R + "\""},
      {"\xED\xA0\x80", "\"" + R + "\""},
      {"caf\xE9", "\"caf" + R + "\""},
      {"Мария Захарова", "\"Мария Захарова\""},
      {" padded ", R"(" padded ")"},
  }));
  CAPTURE(input);
  CHECK(kg::csv_field(input) == expected);
}

TEST_CASE("Neo4j CSV of a graph with hostile names matches the golden files", "[export][neo4j]") {
  auto graph = kg::test::hostile_graph();
  kg::test::check_golden("hostile.nodes.csv", nodes_csv(graph));
  kg::test::check_golden("hostile.relationships.csv", relationships_csv(graph));
}

TEST_CASE("Neo4j CSV of the empty graph is just the headers", "[export][neo4j]") {
  CHECK(nodes_csv(kg::KnowledgeGraph()) == "id:ID,:LABEL,name,type,aliases,mentions:int,documents,titles,country\r\n");
  CHECK(relationships_csv(kg::KnowledgeGraph()) ==
        ":START_ID,:END_ID,:TYPE,id,relation,label,title,weight:double,evidence,doc,date\r\n");
}

TEST_CASE("Neo4j CSV of a one-node graph", "[export][neo4j]") {
  auto graph = kg::test::one_node_graph();
  CHECK(nodes_csv(graph) ==
        "id:ID,:LABEL,name,type,aliases,mentions:int,documents,titles,country\r\n"
        "n0,PERSON,\"Antony Blinken\",\"PERSON\",,1,\"doc-1\",\"Secretary of State\",\"US\"\r\n");
}

TEST_CASE("Neo4j CSV output is the same bytes every time", "[export][neo4j]") {
  CHECK(nodes_csv(kg::test::hostile_graph()) == nodes_csv(kg::test::hostile_graph()));
  CHECK(relationships_csv(kg::test::hostile_graph()) == relationships_csv(kg::test::hostile_graph()));
}

TEST_CASE("Python's strict CSV reader reads the Neo4j files back", "[export][neo4j][consumer]") {
  auto python = kg::test::python();
  if (python.empty()) return;
  auto graph = kg::test::hostile_graph();
  kg::test::TempDir dir("kg-csv");
  kg::test::write_file(dir / "nodes.csv", nodes_csv(graph));
  kg::test::write_file(dir / "relationships.csv", relationships_csv(graph));
  kg::test::write_file(dir / "read.py", kCsvScript);
  auto result = kg::test::run(kg::test::shell_quote(python) + " " + kg::test::shell_quote((dir / "read.py").string()) +
                              " " + kg::test::shell_quote((dir / "nodes.csv").string()) + " " +
                              kg::test::shell_quote((dir / "relationships.csv").string()));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);

  using kg::test::hex;
  std::ostringstream expected;
  expected << graph.node_count() + 1 << " 1 id:ID\n";  // one header, same column count everywhere
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) {
    const auto& node = graph.node(id);
    std::string label = id == 4 ? "Summit" + R + " 2024 " + R : node.label;
    std::string type(kg::to_string(node.type));
    expected << hex(prefixed("n", id)) << " " << hex(type) << " " << hex(label) << " " << hex(type) << "\n";
  }
  expected << graph.edge_count() + 1 << " 1 :START_ID\n";
  for (kg::EdgeId id = 0; id < graph.edge_count(); ++id) {
    std::string type(kg::to_string(graph.edge(id).relation));
    for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    expected << hex(prefixed("n", graph.source(id))) << " " << hex(prefixed("n", graph.target(id)))
             << " " << hex(type) << " " << hex(prefixed("e", id)) << "\n";
  }
  CHECK(result.out == expected.str());
}
