#pragma once
// The map step: one document in, its entities and facts out. A pure function of the
// document (no global mutable state), so it runs on any number of threads.
#include "extract/document.h"
#include "extract/document_extraction.h"

namespace kg {

DocumentExtraction extract(const Document& document);

}  // namespace kg
