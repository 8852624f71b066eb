// phrase_key: how group summaries tell one phrase from another.
#include <unicode/unistr.h>

#include <pitchclarity/group.hpp>

namespace pitchclarity {

std::string phrase_key(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

}  // namespace pitchclarity
