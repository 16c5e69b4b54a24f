#pragma once
// Whether a short form is the acronym of a name: its letters, in order, are prefixes of the
// name's words ("KazISS" <- "Kazakhstan Institute for Strategic Studies", "UNSC" <- "UN Security
// Council", "CCTSS" <- "Cooperation Council of Turkic-speaking States"). Function words ("of",
// "the", "and", "for", ...) may be skipped or used; every other word gives at least one letter.
#include <string_view>

namespace kg {

bool is_acronym_of(std::string_view acronym, std::string_view name);

}  // namespace kg
