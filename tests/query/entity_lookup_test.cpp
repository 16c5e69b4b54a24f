#include <catch2/catch.hpp>

#include "extract/input_error.h"
#include "query/entity_lookup.h"
#include "query_fixtures.h"

namespace {

std::string lookup_error(const kg::KnowledgeGraph& graph, const std::string& name) {
  try {
    kg::lookup_entity(graph, name);
  } catch (const kg::InputError& e) {
    return e.located();
  }
  return "no error";
}

}  // namespace

TEST_CASE("lookup finds a label or alias whatever the case, accents and look-alike letters", "[query][lookup]") {
  auto graph = kg::test::officials();
  auto [name, id] = GENERATE(table<std::string, kg::NodeId>({
      {"Roman Vassilenko", 0},
      {"ROMAN VASSILENKO", 0},
      {"gerd schaich", 1},    // the label has a Cyrillic a
      {"G. Schaich", 1},      // alias
      {"auswartiges amt", 2},
      {"anna muller", 5},
  }));
  CHECK(kg::lookup_entity(graph, name) == id);
}

TEST_CASE("lookup accepts a unique subset of the words of a name", "[query][lookup]") {
  auto graph = kg::test::officials();
  CHECK(kg::lookup_entity(graph, "Vassilenko") == 0);
  CHECK(kg::lookup_entity(graph, "schaich") == 1);
  CHECK(kg::lookup_entity(graph, "Foreign Office") == 2);
}

TEST_CASE("an unknown name is an error that suggests close spellings", "[query][lookup]") {
  auto graph = kg::test::officials();
  CHECK(lookup_error(graph, "Roman Vasilenko") == "unknown entity \"Roman Vasilenko\"; did you mean \"Roman Vassilenko\"?");
  CHECK(lookup_error(graph, "Astanna") == "unknown entity \"Astanna\"; did you mean \"Astana\"?");
  CHECK(lookup_error(graph, "Nobody Atall") == "unknown entity \"Nobody Atall\"");
}

TEST_CASE("suggestions are the three closest spellings, closest first", "[query][lookup]") {
  kg::KnowledgeGraph graph;
  for (auto name : {"Ivan Petrov", "Ivan Petrova", "Ivan Petrovic", "Iva Petrov", "Zed Zed"})
    graph.add_entity(kg::test::entity(name));
  CHECK(kg::suggest_names(graph, "Ivan Petrow") ==
        std::vector<std::string>{"Ivan Petrov", "Iva Petrov", "Ivan Petrova"});
}

TEST_CASE("an ambiguous name lists the candidates with type and titles", "[query][lookup]") {
  auto graph = kg::test::officials();
  CHECK(lookup_error(graph, "Astana") == "no error");  // exact label beats the word match
  graph.add_entity(kg::test::entity("Roman Smith", kg::EntityType::Person, {"Minister", "Envoy"}));
  CHECK(lookup_error(graph, "roman") ==
        "ambiguous entity \"roman\" could be \"Roman Vassilenko\" (PERSON, Deputy Foreign Minister), "
        "\"Roman Smith\" (PERSON, Minister, Envoy)");
  graph.add_entity(kg::test::entity("Astana", kg::EntityType::Event));
  CHECK(lookup_error(graph, "ASTANA") == "ambiguous entity \"ASTANA\" could be \"Astana\" (GPE), \"Astana\" (EVENT)");
}

TEST_CASE("an empty name is refused", "[query][lookup]") {
  auto graph = kg::test::officials();
  CHECK(lookup_error(graph, "") == "empty entity name");
  CHECK(lookup_error(graph, "  ") == "empty entity name");
}
