// The default entity model, linked into the library from models/entity_tagger.model with the
// assembler's .incbin (no generated source, no copy of 1 MB of text through CMake).
#include <string_view>

#include "tagger/sequence_tagger.h"

#ifdef KG_DEFAULT_MODEL
__asm__(".section .rodata\n"
        ".global kg_default_model_begin\n"
        "kg_default_model_begin:\n"
        ".incbin \"" KG_DEFAULT_MODEL "\"\n"
        ".global kg_default_model_end\n"
        "kg_default_model_end:\n"
        ".byte 0\n"
        ".previous\n");
extern "C" const char kg_default_model_begin[];
extern "C" const char kg_default_model_end[];
#endif

namespace kg::tagger {

const SequenceTagger& default_tagger() {
#ifdef KG_DEFAULT_MODEL
  static const SequenceTagger tagger(LinearModel::parse(
      std::string_view(kg_default_model_begin, static_cast<std::size_t>(kg_default_model_end - kg_default_model_begin)),
      "models/entity_tagger.model"));
#else
  static const SequenceTagger tagger{LinearModel{}};
#endif
  return tagger;
}

}  // namespace kg::tagger
