#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "extract/shared_text.h"

TEST_CASE("SharedText copies share one string and compare by content", "[extract][shared_text]") {
  kg::SharedText a(std::string("The talks were held in Riga."));
  kg::SharedText copy = a;
  CHECK(copy.same_copy(a));
  CHECK(copy.str().data() == a.str().data());  // one buffer, not two

  kg::SharedText other(std::string("The talks were held in Riga."));
  CHECK_FALSE(other.same_copy(a));
  CHECK(other == a);  // equal by content
  CHECK((other <=> a) == std::strong_ordering::equal);
  CHECK(kg::SharedText("Alpha") < kg::SharedText("Beta"));
  CHECK(a == "The talks were held in Riga.");
  CHECK(a == std::string("The talks were held in Riga."));
  CHECK(a != "The talks were held in Tallinn.");

  std::ostringstream out;
  out << a;
  CHECK(out.str() == a.str());
  std::set<std::string> docs;
  docs.insert(a);  // converts where a std::string is wanted
  CHECK(docs.count("The talks were held in Riga.") == 1);
}

TEST_CASE("An empty SharedText is the empty string", "[extract][shared_text]") {
  kg::SharedText none, empty(std::string{});
  CHECK(none.empty());
  CHECK(empty.empty());
  CHECK(none == empty);
  CHECK(none.str().empty());
  CHECK(none.size() == 0);
  CHECK(std::string(none.c_str()).empty());
  CHECK(none < kg::SharedText("a"));
}
