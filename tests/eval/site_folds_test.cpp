// Cross-validation folds by site: site_of on URL variants, site_folds' grouping and balance.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "eval/site_folds.h"

namespace {

kg::Gold gold_from(const std::string& document, const std::string& source) {
  kg::Gold g;
  g.document = document;
  g.source = source;
  return g;
}

// Documents d0.. with the given sites, as https URLs of one page each.
std::vector<kg::Gold> golds_of(const std::vector<std::string>& sites) {
  std::vector<kg::Gold> golds;
  for (std::size_t i = 0; i < sites.size(); ++i) {
    std::string id = "d", url = "https://";  // appended: GCC 12 misreads "d" + std::string (-Wrestrict)
    id += std::to_string(i);
    url += sites[i];
    url += "/news/";
    url += std::to_string(i);
    golds.push_back(gold_from(id, url));
  }
  return golds;
}

std::map<std::string, int> by_document(const std::vector<kg::Gold>& golds, const std::vector<int>& folds) {
  std::map<std::string, int> result;
  for (std::size_t i = 0; i < golds.size(); ++i) result[golds[i].document] = folds[i];
  return result;
}

}  // namespace

TEST_CASE("site_of is the lower-case host without www, m or amp", "[eval][folds]") {
  auto [source, site] = GENERATE(table<std::string, std::string>({
      {"https://www.example.kz/en/some-story_a123/amp", "example.kz"},
      {"http://M.Example.COM:8080/path?q=1", "example.com"},
      {"https://amp.example.co.uk/story", "example.co.uk"},
      {"https://www.m.example.org", "example.org"},
      {"https://en.example.kz/", "en.example.kz"},        // a language subdomain is a site of its own
      {"https://editor:secret@www.example.net#top", "example.net"},
      {"HTTPS://WWW.EXAMPLE.ORG./x", "example.org"},
      {"https://m.com/x", "m.com"},                        // no dotted name would remain
      {"  https://www.example.org/x  ", "example.org"},
      {"https://[2001:db8::1]:443/x", "[2001:db8::1]"},
      {"Agency-style report written for tests", "Agency-style report written for tests"},
      {"see https://example.org", "see https://example.org"},  // not a URL as a whole
      {"file:///tmp/x.txt", "file:///tmp/x.txt"},              // a URL without a host
  }));
  CHECK(kg::site_of(gold_from("doc", source)) == site);
}

TEST_CASE("site_of falls back to the document id when the source is empty", "[eval][folds]") {
  CHECK(kg::site_of(gold_from("a01", "")) == "a01");
  CHECK(kg::site_of(gold_from("a01", " \t")) == "a01");
}

TEST_CASE("site_folds keeps each site in one fold and balances folds by documents", "[eval][folds]") {
  // a.com 3 documents, b.com and c.com 2 each, d.com and e.com 1 each.
  auto golds = golds_of({"a.com", "b.com", "www.a.com", "c.com", "d.com", "m.b.com", "e.com", "c.com", "a.com"});
  auto folds = kg::site_folds(golds, 2);
  REQUIRE(folds.size() == golds.size());
  // a -> 0 (3, 0); b -> 1 (3, 2); c -> 1 (3, 4); d -> 0 (4, 4); e -> 0, the lower index of a tie (5, 4).
  CHECK(folds == std::vector<int>{0, 1, 0, 1, 0, 1, 0, 1, 0});
}

TEST_CASE("site_folds does not depend on the order of the golds", "[eval][folds]") {
  auto golds = golds_of({"a.com", "b.com", "a.com", "c.com", "d.com", "b.com", "e.com", "f.com", "g.com", "a.com"});
  auto expected = by_document(golds, kg::site_folds(golds, 3));
  CHECK(by_document(golds, kg::site_folds(golds, 3)) == expected);  // deterministic
  std::reverse(golds.begin(), golds.end());
  CHECK(by_document(golds, kg::site_folds(golds, 3)) == expected);
  std::rotate(golds.begin(), golds.begin() + 4, golds.end());
  CHECK(by_document(golds, kg::site_folds(golds, 3)) == expected);
  std::map<int, std::size_t> sizes;
  for (const auto& [doc, fold] : expected) ++sizes[fold];
  CHECK(sizes == std::map<int, std::size_t>{{0, 4}, {1, 3}, {2, 3}});
}

TEST_CASE("site_folds with one fold, more folds than sites, or no fold", "[eval][folds]") {
  auto golds = golds_of({"a.com", "b.com", "a.com"});
  CHECK(kg::site_folds(golds, 1) == std::vector<int>{0, 0, 0});
  CHECK(kg::site_folds(golds, 5) == std::vector<int>{0, 1, 0});  // folds 2..4 stay empty
  CHECK(kg::site_folds({}, 3).empty());
  CHECK_THROWS_AS(kg::site_folds(golds, 0), std::invalid_argument);
}
