#include "text/utf8_decoder.hpp"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace pitchclarity::text {
namespace {

bool is_control_to_blank(UChar32 c) {
  return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F;
}

}  // namespace

DecodedText decode_utf8(std::string_view bytes) {
  DecodedText out;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  out.units.reserve(bytes.size());
  out.to_original.reserve(bytes.size() + 1);
  out.starts_char.assign(bytes.size(), 0);

  std::int32_t i = 0;
  if (length >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
    out.starts_char[0] = 1;  // the BOM occupies one column on its line, like any character
    i = 3;
  }
  while (i < length) {
    const std::int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);  // ICU advances past the maximal invalid subpart, as the W3C/WHATWG practice says
    out.starts_char[static_cast<std::size_t>(begin)] = 1;
    if (c < 0) {
      if (!out.invalid.empty() && out.invalid.back().end == static_cast<std::uint32_t>(begin)) {
        out.invalid.back().end = static_cast<std::uint32_t>(i);
      } else {
        out.invalid.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
      }
      c = 0xFFFD;
    } else if (is_control_to_blank(c)) {
      c = u' ';
    }
    if (U_IS_BMP(c)) {
      out.units.push_back(static_cast<char16_t>(c));
      out.to_original.push_back(static_cast<std::uint32_t>(begin));
    } else {
      out.units.push_back(static_cast<char16_t>(U16_LEAD(c)));
      out.units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      out.to_original.push_back(static_cast<std::uint32_t>(begin));
      out.to_original.push_back(static_cast<std::uint32_t>(begin));
    }
  }
  out.to_original.push_back(static_cast<std::uint32_t>(length));
  return out;
}

}  // namespace pitchclarity::text
