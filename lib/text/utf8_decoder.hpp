// text/utf8_decoder.hpp — caller's UTF-8 bytes to UTF-16 with an exact map back to byte offsets.
#pragma once

#include "text/document.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::text {

struct DecodedText {
  std::u16string units;                 // one U+FFFD per maximal invalid subpart
  std::vector<std::uint32_t> to_original;  // units.size() + 1 entries
  std::vector<ByteRun> invalid;         // adjacent invalid subparts merged into one run
  std::vector<std::uint8_t> starts_char;  // per original byte: 1 where a code point (or invalid subpart) begins
};

// Never fails. A leading BOM is dropped (it is not text); C0 controls other than tab and line ends, and
// DEL, become spaces so that segmentation treats them as separators (NUL bytes included).
DecodedText decode_utf8(std::string_view bytes);

}  // namespace pitchclarity::text
