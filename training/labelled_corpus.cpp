#include "training/labelled_corpus.h"

#include <filesystem>

#include "extract/document_reader.h"
#include "extract/input_error.h"

namespace kg::training {

std::vector<LabelledDocument> load_labelled(const std::vector<std::string>& folders) {
  std::vector<LabelledDocument> out;
  for (const auto& folder : folders) {
    if (!std::filesystem::is_directory(folder)) throw InputError("not a folder of texts with gold files", folder);
    for (const auto& source : expand_inputs({folder})) {
      std::filesystem::path gold = source.path;
      gold.replace_extension(".gold.json");
      if (!std::filesystem::exists(gold)) continue;
      LabelledDocument d{read_document(source), load_gold(gold)};
      d.gold.document = d.document.id;
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace kg::training
