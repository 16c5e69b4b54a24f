#include "extract/person_index.h"

#include "extract/name_key.h"

namespace kg {
namespace {

std::string first_word(const std::string& s) { return s.substr(0, s.find(' ')); }
std::string last_word(const std::string& s) {
  auto p = s.rfind(' ');
  return p == std::string::npos ? s : s.substr(p + 1);
}

bool near(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() < 7 || b.size() < 7 || (a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > 2) return false;
  return edit_distance(to_u32(a), to_u32(b), 1) <= 1;
}

}  // namespace

void PersonIndex::set(int entity, const std::string& name) {
  // Words as written: "Nomin-Erdene" is one surname although its key has two words.
  Entry e{entity, name_key(name), name_key(first_word(name)), name_key(last_word(name)),
          name.find(' ') == std::string::npos};
  for (auto& old : entries_)
    if (old.entity == entity) {
      old = std::move(e);
      return;
    }
  entries_.push_back(std::move(e));
}

int PersonIndex::match(const std::string& text) const {
  bool single = text.find(' ') == std::string::npos;
  std::string key = name_key(text), last = name_key(last_word(text)), first = name_key(first_word(text));
  // -2: nobody; -1: several; else the one entity.
  auto unique = [&](auto&& pred) {
    int found = -2;
    for (const auto& e : entries_)
      if (pred(e)) found = found == -2 ? e.entity : -1;
    return found;
  };
  // A surname alone for a full name, or a full name for a surname seen alone so far (also a
  // family name written first: "Ryu", then "Ryu Sang-hoon").
  int found = unique([&](const Entry& e) {
    return (single && near(e.last, key)) || (e.single && (e.full == last || (!single && e.full == first)));
  });
  if (found != -2) return found;
  if (single)  // "Prince Faisal" after "Prince Faisal bin Farhan ...": the given name alone
    found = unique([&](const Entry& e) { return !e.single && e.first == key; });
  else  // "Al Misnad" after "Khalid bin Saad Al Misnad", "Nurul Ain" after "Nurul Ain Sulaiman": the last or first words of one name
    found = unique([&](const Entry& e) {
      return e.full.size() > key.size() + 1 &&
             (e.full.compare(e.full.size() - key.size() - 1, std::string::npos, " " + key) == 0 ||
              e.full.compare(0, key.size() + 1, key + " ") == 0);
    });
  return found < 0 ? -1 : found;
}

}  // namespace kg
