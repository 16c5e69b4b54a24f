#include "distributed/launch.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace kg::distributed {
namespace {

std::optional<int> env_int(const char* name) {
  const char* value = std::getenv(name);
  if (!value) return std::nullopt;
  std::string_view text(value);
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

std::optional<Launch> launch_from(const char* rank_name, const char* size_name) {
  auto rank = env_int(rank_name);
  auto size = env_int(size_name);
  if (!rank || !size || *size < 1 || *rank < 0 || *rank >= *size) return std::nullopt;
  return Launch{*rank, *size};
}

}  // namespace

std::optional<Launch> launched_by_mpi() {
  if (auto launch = launch_from("OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE")) return launch;
  return launch_from("PMI_RANK", "PMI_SIZE");
}

}  // namespace kg::distributed
