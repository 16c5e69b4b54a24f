#include "extract/name_cap.h"

#include <algorithm>

namespace kg {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void cap_in_place(std::string& text, std::size_t max_bytes) {
  if (text.size() > max_bytes) text.resize(cap_utf8(text, max_bytes).size());
}

}  // namespace

std::string_view cap_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && continuation(text[end])) --end;  // text[end] starts the first code point left out
  while (end > 0 && text[end - 1] == ' ') --end;
  return text.substr(0, end);
}

std::size_t cap_entity_names(DocumentExtraction& extraction, std::size_t max_bytes) {
  std::size_t cut = 0;
  for (auto& entity : extraction.entities) {
    if (entity.name.size() > max_bytes) ++cut;
    cap_in_place(entity.name, max_bytes);
    std::vector<std::string> forms;
    for (auto& form : entity.forms) {
      cap_in_place(form, max_bytes);
      if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
    }
    entity.forms = std::move(forms);
    for (auto& mention : entity.mentions) cap_in_place(mention.text, max_bytes);
  }
  return cut;
}

}  // namespace kg
