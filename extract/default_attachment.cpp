// The default title attachment model, linked into the library from
// models/title_attachment.model with the assembler's .incbin, as the entity model is.
#include <string_view>

#include "extract/title_attachment.h"

#ifdef KG_ATTACHMENT_MODEL
__asm__(".section .rodata\n"
        ".global kg_attachment_model_begin\n"
        "kg_attachment_model_begin:\n"
        ".incbin \"" KG_ATTACHMENT_MODEL "\"\n"
        ".global kg_attachment_model_end\n"
        "kg_attachment_model_end:\n"
        ".byte 0\n"
        ".previous\n");
extern "C" const char kg_attachment_model_begin[];
extern "C" const char kg_attachment_model_end[];
#endif

namespace kg {

const tagger::LinearModel& default_attachment_model() {
#ifdef KG_ATTACHMENT_MODEL
  static const tagger::LinearModel model(tagger::LinearModel::parse(
      std::string_view(kg_attachment_model_begin,
                       static_cast<std::size_t>(kg_attachment_model_end - kg_attachment_model_begin)),
      "models/title_attachment.model"));
#else
  static const tagger::LinearModel model;
#endif
  return model;
}

}  // namespace kg
