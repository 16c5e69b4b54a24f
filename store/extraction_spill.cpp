#include "store/extraction_spill.h"

#include <algorithm>

namespace kg {

void ExtractionSpill::add(const std::string& id, std::string_view bytes) {
  std::uint64_t offset = file_.append(bytes);
  if (sorted_ && !rows_.empty() && !(rows_.back().id < id)) sorted_ = false;
  rows_.push_back({id, offset, bytes.size()});
}

void ExtractionSpill::each(const Row& row) const {
  if (!sorted_) std::sort(rows_.begin(), rows_.end());
  sorted_ = true;
  std::string bytes;
  for (const auto& place : rows_) {
    file_.read(place.offset, place.size, bytes);
    row(place.id, bytes);
  }
}

}  // namespace kg
