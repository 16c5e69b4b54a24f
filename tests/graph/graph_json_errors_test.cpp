#include <catch2/catch.hpp>

#include "extract/input_error.h"
#include "graph/graph_json.h"

namespace {

// The located message a malformed file produces ("g.json:LINE:COL: message").
std::string error_of(const std::string& text) {
  try {
    kg::parse_graph_json(text, "g.json");
  } catch (const kg::InputError& e) {
    return e.located();
  }
  return "no error";
}

const std::string kHead = "{\"format\": \"kgraph\", \"version\": 1,\n";
const std::string kNodes =
    "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"PERSON\"},\n"
    "          {\"id\": \"b\", \"label\": \"B\", \"type\": \"ORG\"}],\n";
const std::string kEvidence = "[{\"doc\": \"d\", \"sentence\": 0}]";

}  // namespace

TEST_CASE("a minimal hand-written graph file loads", "[graph][json]") {
  auto graph = kg::parse_graph_json(kHead + kNodes +
                                        "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": "
                                        "\"member_of\", \"evidence\": " + kEvidence + ", \"extra\": [[1]]}],\n"
                                        "\"unknown\": {\"x\": [1, {\"y\": null}]}}",
                                    "g.json");
  REQUIRE(graph.node_count() == 2);
  REQUIRE(graph.edge_count() == 1);
  CHECK(graph.edge(0).relation == kg::Relation::MemberOf);
  CHECK(graph.edge(0).evidence.at(0).doc == "d");
}

TEST_CASE("links may come before the nodes they name", "[graph][json]") {
  auto graph = kg::parse_graph_json(
      "{\"links\": [{\"source\": \"b\", \"target\": \"a\", \"relation\": \"part_of\", \"evidence\": " + kEvidence +
          "}],\n" + kNodes + "\"format\": \"kgraph\", \"version\": 1}",
      "g.json");
  CHECK(graph.source(0) == 1);
}

TEST_CASE("malformed graph files are refused with their position", "[graph][json]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"", "g.json:1:1: invalid JSON: the document is empty"},
      {"{\"format\": \"kgraph\",\n \"version\": 1", "g.json:2:14: invalid JSON: missing a comma or '}' after an object member"},
      {"{\"format\": \"kgraph\", \"version\": 1} x", "g.json:1:36: invalid JSON: the document root must not be followed by other values"},
      {"{\"format\": \"k\xFFgraph\"}", "g.json:1:14: invalid JSON: invalid encoding in string"},
      {std::string("{\"format\": \"kgraph\"\0}", 21), "g.json:1:20: invalid JSON: NUL byte"},
      {"[]", "g.json:1:1: a graph file must be a JSON object, not an array"},
      {"{\"version\": 1}", "g.json:1:1: not a kgraph graph file: \"format\": \"kgraph\" is missing"},
      {"{\"format\": \"kgraph\"}", "g.json:1:1: graph file \"version\" is missing"},
      {"{\"format\": \"networkx\"}", "g.json:1:12: unsupported format \"networkx\" (expected \"kgraph\")"},
      {"{\"format\": 1}", "g.json:1:12: graph file \"format\" must be a string, not a number"},
      {"{\"format\": \"kgraph\", \"version\": 2}", "g.json:1:33: unsupported version 2 (this kgraph reads version 1)"},
      {"{\"format\": \"kgraph\", \"version\": \"1\"}", "g.json:1:33: graph file \"version\" must be a whole number, not a string"},
      {"{\"format\": \"kgraph\", \"format\": \"kgraph\"}", "g.json:1:22: duplicate member \"format\""},
      {kHead + "\"directed\": 1}", "g.json:2:13: graph file \"directed\" must be a boolean, not a number"},
      {kHead + "\"graph\": []}", "g.json:2:10: graph file \"graph\" must be an object, not an array"},
      {kHead + "\"nodes\": {}}", "g.json:2:10: graph file \"nodes\" must be an array, not an object"},
      {kHead + "\"nodes\": [1]}", "g.json:2:11: each entry of \"nodes\" must be an object, not a number"},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"type\": \"PERSON\"}]}", "g.json:2:11: node is missing \"label\""},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"label\": 7, \"type\": \"PERSON\"}]}",
       "g.json:2:32: node \"label\" must be a string, not a number"},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"id\": \"b\"}]}", "g.json:2:23: node has a duplicate member \"id\""},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"}]}",
       "g.json:2:45: unknown entity type \"person\" (expected PERSON, ORG, GPE or EVENT)"},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"GPE\", \"aliases\": [\"x\", null]}]}",
       "g.json:2:69: node \"aliases\" must hold strings, not null"},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"GPE\", \"mentions\": -1}]}",
       "g.json:2:64: node \"mentions\" must be a whole number from 0 to 4294967295"},
      {kHead + kNodes + "\"nodes\": []}", "g.json:4:1: duplicate member \"nodes\""},
      {kHead + "\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"GPE\"},\n"
                        "{\"id\": \"a\", \"label\": \"B\", \"type\": \"GPE\"}]}",
       "g.json:3:8: duplicate node id \"a\""},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"c\", \"relation\": \"member_of\", \"evidence\": " +
           kEvidence + "}]}",
       "g.json:4:37: link target \"c\" is not a node id"},
      {kHead + kNodes + "\"links\": [{\"source\": \"x\", \"target\": \"a\", \"relation\": \"member_of\", \"evidence\": " +
           kEvidence + "}]}",
       "g.json:4:22: link source \"x\" is not a node id"},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"likes\", \"evidence\": " +
           kEvidence + "}]}",
       "g.json:4:54: unknown relation \"likes\" (expected holds_position, member_of, part_of, located_in, met_with, "
       "participated_in or chaired)"},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\"}]}",
       "g.json:4:11: link is missing \"evidence\""},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\", \"evidence\": []}]}",
       "g.json:4:79: link \"evidence\" is empty (every fact needs at least one)"},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\", \"evidence\": [7]}]}",
       "g.json:4:80: each evidence must be an object, not a number"},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\", \"evidence\": "
                        "[{\"doc\": \"d\"}]}]}",
       "g.json:4:80: evidence is missing \"sentence\""},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\", \"evidence\": "
                        "[{\"doc\": \"d\", \"sentence\": 1.5}]}]}",
       "g.json:4:105: evidence \"sentence\" must be a whole number from 0 to 4294967295"},
      {kHead + kNodes + "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"relation\": \"member_of\", \"weight\": \"2\", "
                        "\"evidence\": " + kEvidence + "}]}",
       "g.json:4:77: link \"weight\" must be a number, not a string"},
      {kHead + "\"documents\": [{\"id\": \"d\", \"sentences\": 4294967296}]}",
       "g.json:2:40: document \"sentences\" must be a whole number from 0 to 4294967295"},
      {"{\"format\": \"kgraph\",\n \"nodes\": [{\"label\": \"Zoë\", \"type\": 1}]}",
       "g.json:2:37: node \"type\" must be a string, not a number"},
  }));
  CAPTURE(text);
  CHECK(error_of(text) == expected);
}

TEST_CASE("deeply nested input is refused without overflowing the stack", "[graph][json]") {
  std::string deep(100000, '[');
  CHECK(error_of(deep) == "g.json:1:1: a graph file must be a JSON object, not an array");
  std::string inside = "{\"graph\": {\"x\": " + deep;
  CHECK(error_of(inside) == "g.json:1:100017: invalid JSON: invalid value");
  std::string closed = "{\"format\": \"kgraph\", \"version\": 1, \"graph\": {\"x\": " + deep +
                       std::string(100000, ']') + "}}";
  CHECK(kg::parse_graph_json(closed, "g.json").node_count() == 0);
}
