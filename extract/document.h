#pragma once
// One input article as read from disk, stdin or a JSONL line.
#include <string>

namespace kg {

struct Document {
  std::string id;      // stable identifier: the file name stem, or the JSONL "id"
  std::string path;    // where it came from, for messages ("-" for stdin)
  std::string text;    // the original bytes (UTF-8 expected)
  std::string date;    // YYYY-MM-DD when known (metadata or a dateline), else empty
  std::string source;  // optional metadata
  std::string url;     // optional metadata
};

}  // namespace kg
