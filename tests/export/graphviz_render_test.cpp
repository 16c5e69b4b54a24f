#include "export/graphviz_render.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "consumers.h"
#include "sample_graphs.h"

TEST_CASE("dot draws small graphs and sfdp large ones", "[export][render]") {
  CHECK(kg::layout_program(0) == "dot");
  CHECK(kg::layout_program(150) == "dot");
  CHECK(kg::layout_program(151) == "sfdp");
  CHECK(kg::layout_program(10, {"", 5}) == "sfdp");
}

TEST_CASE("render_image says how to get Graphviz when it is missing", "[export][render]") {
  kg::test::TempDir empty("kg-nopath");
  kg::RenderOptions options{empty.path().string(), 150};
  std::ostringstream out;
  CHECK_THROWS_WITH(kg::render_image(out, kg::test::one_node_graph(), kg::ImageFormat::Svg, options),
                    "Graphviz is needed to draw images but 'dot' was not found on PATH; install Graphviz "
                    "(e.g. apt-get install graphviz) or write a .dot file and render it elsewhere");
  CHECK_THROWS_AS(kg::require_graphviz(options), std::runtime_error);
  CHECK(out.str().empty());
}

TEST_CASE("render_image reports a failing layout program with its exit status", "[export][render]") {
  kg::test::TempDir bin("kg-fakebin");
  kg::test::write_file(bin / "dot", "#!/bin/sh\necho 'Error: out of cheese' >&2\nexit 3\n");
  std::filesystem::permissions(bin / "dot", std::filesystem::perms::owner_all);
  kg::RenderOptions options{bin.path().string(), 150};
  std::ostringstream out;
  CHECK_THROWS_WITH(kg::render_image(out, kg::test::one_node_graph(), kg::ImageFormat::Png, options),
                    "dot failed with exit status 3: Error: out of cheese");
}

TEST_CASE("render_image draws SVG and PNG with the real Graphviz", "[export][render][consumer]") {
  if (kg::test::dot().empty()) return;
  auto graph = kg::test::hostile_graph();
  std::ostringstream svg, png;
  kg::render_image(svg, graph, kg::ImageFormat::Svg);
  kg::render_image(png, graph, kg::ImageFormat::Png);
  CHECK(svg.str().find("<svg") != std::string::npos);
  CHECK(svg.str().find("Мария Захарова") != std::string::npos);
  CHECK(png.str().rfind("\x89PNG\r\n\x1a\n", 0) == 0);
}

TEST_CASE("render_image uses sfdp beyond the node limit", "[export][render][consumer]") {
  if (kg::test::dot().empty()) return;
  kg::KnowledgeGraph graph;
  for (int i = 0; i < 20; ++i) {
    graph.add_entity({"Person " + std::to_string(i), kg::EntityType::Person, {}, 1, {"d"}, i % 2 ? "FR" : "", {}});
    if (i > 0)
      graph.add_fact(static_cast<kg::NodeId>(i - 1), static_cast<kg::NodeId>(i), kg::Relation::MetWith, "",
                     kg::test::evidence("d", static_cast<std::uint32_t>(i), "They met."));
  }
  std::ostringstream svg;
  kg::render_image(svg, graph, kg::ImageFormat::Svg, {"", 10});
  CHECK(svg.str().find("Person 19") != std::string::npos);
}
