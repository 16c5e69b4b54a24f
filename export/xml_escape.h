#pragma once
// Escaping for XML 1.0 text and attribute values (GraphML, GEXF).
#include <string>
#include <string_view>

namespace kg {

/// Returns `text` safe to place between tags or inside a double- or single-quoted
/// attribute value. `& < > " '` become entities; TAB, LF and CR become character
/// references so that attribute-value normalisation and CRLF folding cannot change them.
/// Characters XML 1.0 forbids even as references -- C0 controls other than TAB LF CR,
/// U+FFFE, U+FFFF, surrogates (CESU-8 / WTF-8 bytes) and invalid UTF-8 -- become U+FFFD,
/// one per code point or maximal ill-formed byte sequence. The result is always valid.
std::string xml_escape(std::string_view text);

}  // namespace kg
