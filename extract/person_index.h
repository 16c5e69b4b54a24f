#pragma once
// The persons of one document, indexed for coreference of later, shorter mentions: a surname
// ("Kilicarslan" for "Oğuz Kılıçarslan", one typo allowed in long names), a given name alone
// ("Prince Faisal"), or the last words of a name ("Al Misnad"). Keys are computed once per
// name, so matching a mention costs a pass over short strings, not an ICU call per person.
#include <string>
#include <vector>

namespace kg {

class PersonIndex {
 public:
  /// Adds (or, after its name changed, refreshes) a person entity.
  void set(int entity, const std::string& name);
  /// The one person a mention written `text` refers to, or -1 (none, or several).
  int match(const std::string& text) const;

 private:
  struct Entry {
    int entity;
    std::string full, first, last;  // name keys: whole name, first word, last word
    bool single;                    // a one-word name (a surname seen alone so far)
  };
  std::vector<Entry> entries_;
};

}  // namespace kg
