// The default participation model, linked into the library from models/participation.model
// with the assembler's .incbin, as the other models are.
#include <string_view>

#include "extract/participation.h"

#ifdef KG_PARTICIPATION_MODEL
__asm__(".section .rodata\n"
        ".global kg_participation_model_begin\n"
        "kg_participation_model_begin:\n"
        ".incbin \"" KG_PARTICIPATION_MODEL "\"\n"
        ".global kg_participation_model_end\n"
        "kg_participation_model_end:\n"
        ".byte 0\n"
        ".previous\n");
extern "C" const char kg_participation_model_begin[];
extern "C" const char kg_participation_model_end[];
#endif

namespace kg {

const tagger::LinearModel& default_participation_model() {
#ifdef KG_PARTICIPATION_MODEL
  static const tagger::LinearModel model(tagger::LinearModel::parse(
      std::string_view(kg_participation_model_begin,
                       static_cast<std::size_t>(kg_participation_model_end - kg_participation_model_begin)),
      "models/participation.model"));
#else
  static const tagger::LinearModel model;
#endif
  return model;
}

}  // namespace kg
