#include "extract/extractor.h"

namespace kg {

DocumentExtraction extract(const Document& document) {
  DocumentExtraction result;
  result.doc_id = document.id;
  result.date = document.date;
  return result;
}

}  // namespace kg
