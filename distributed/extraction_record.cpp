#include "distributed/extraction_record.h"

#include <cstdio>

namespace kg::distributed {
namespace {

void write_strings(WireWriter& out, const std::vector<std::string>& v) {
  out.u64(v.size());
  for (const auto& s : v) out.str(s);
}

std::vector<std::string> read_strings(WireReader& in) {
  std::vector<std::string> v(in.u64());
  for (auto& s : v) s = in.str();
  return v;
}

// FNV-1a, 64 bits, with the length: what tells two texts apart for DocumentIds.
std::string digest(const std::string& text) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
  char hex[40];
  std::snprintf(hex, sizeof hex, "%016llx:%zu", static_cast<unsigned long long>(h), text.size());
  return hex;
}

}  // namespace

Document identity_of(const Document& doc) { return {doc.id, doc.path, digest(doc.text), doc.date, doc.source, doc.url}; }

void write_document(WireWriter& out, const Document& identity, const std::vector<std::string>& warnings,
                    std::string_view compact) {
  out.u64(static_cast<std::uint64_t>(ExtractionRecord::Kind::document));
  for (const std::string* s : {&identity.id, &identity.path, &identity.text, &identity.date, &identity.source,
                               &identity.url})
    out.str(*s);
  write_strings(out, warnings);
  out.str(compact);
}

void write_warnings(WireWriter& out, const std::vector<std::string>& warnings) {
  out.u64(static_cast<std::uint64_t>(ExtractionRecord::Kind::warnings));
  write_strings(out, warnings);
}

void write_error(WireWriter& out, const InputError& error) {
  out.u64(static_cast<std::uint64_t>(ExtractionRecord::Kind::error));
  out.str(error.what());
  out.str(error.file());
  out.u64(error.line());
  out.u64(error.column());
  out.u64(error.offset());
  out.u64(error.has_offset() ? 1 : 0);
}

ExtractionRecord read_record(WireReader& in) {
  ExtractionRecord r;
  switch (in.u64()) {
    case 0:
      for (std::string* s : {&r.identity.id, &r.identity.path, &r.identity.text, &r.identity.date,
                             &r.identity.source, &r.identity.url})
        *s = in.str();
      r.warnings = read_strings(in);
      r.compact = in.str();
      return r;
    case 1:
      r.kind = ExtractionRecord::Kind::warnings;
      r.warnings = read_strings(in);
      return r;
    case 2: {
      r.kind = ExtractionRecord::Kind::error;
      std::string message(in.str()), file(in.str());
      std::uint64_t line = in.u64(), column = in.u64(), offset = in.u64();
      r.error = InputError(std::move(message), std::move(file), line, column, offset, in.u64() != 0);
      return r;
    }
    default:
      throw std::runtime_error("a message between MPI ranks holds an unknown record");
  }
}

}  // namespace kg::distributed
