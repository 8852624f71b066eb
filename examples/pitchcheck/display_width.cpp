// Widths follow what current terminals do (the rules of wcwidth, extended for emoji sequences):
// East_Asian_Width W/F and Emoji_Presentation are 2 columns; nonspacing and enclosing marks, format
// characters, default-ignorables and Hangul medial/final jamo are 0; a text-style emoji followed by
// U+FE0F becomes 2; an emoji joined by U+200D, a skin-tone modifier after an emoji and the second
// regional indicator of a flag draw inside the previous glyph, so they are 0.
#include "display_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace pitchcheck {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr UChar32 kZwj = 0x200D;
constexpr UChar32 kEmojiVariation = 0xFE0F;

bool unprintable(UChar32 c) {
  const auto category = static_cast<UCharCategory>(u_charType(c));
  return category == U_CONTROL_CHAR || category == U_LINE_SEPARATOR || category == U_PARAGRAPH_SEPARATOR ||
         category == U_SURROGATE || u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL);
}

bool zero_width(UChar32 c) {
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return true;
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
  const int jamo = u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE);
  return jamo == U_HST_VOWEL_JAMO || jamo == U_HST_TRAILING_JAMO;
}

bool wide(UChar32 c) {
  const int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH || u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION);
}

// Carries what the previous code point was, for the sequences that join into one glyph.
struct Joiner {
  UChar32 previous = -1;
  int previous_width = 0;
  bool open_flag = false;  // the previous code point began a regional-indicator pair

  int width(UChar32 c) {
    const bool regional = u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
    int w = 0;
    if (regional && open_flag) {
      w = 0;
    } else if (previous == kZwj && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) {
      w = 0;
    } else if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) && previous >= 0 &&
               u_hasBinaryProperty(previous, UCHAR_EMOJI_MODIFIER_BASE)) {
      w = 0;
    } else if (c == kEmojiVariation && previous >= 0 && previous_width == 1 &&
               u_hasBinaryProperty(previous, UCHAR_EMOJI)) {
      w = 1;  // the emoji before it is drawn two columns wide
    } else if (zero_width(c)) {
      w = 0;
    } else {
      w = wide(c) ? 2 : 1;
    }
    open_flag = regional && !open_flag;
    previous = c;
    previous_width = w;
    return w;
  }
};

}  // namespace

std::vector<Glyph> glyphs_of(std::string_view bytes, std::uint32_t base) {
  std::vector<Glyph> out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  Joiner joiner;
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t from = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    Glyph g;
    g.start = base + static_cast<std::uint32_t>(from);
    g.end = base + static_cast<std::uint32_t>(i);
    if (c == '\t') {
      g.tab = true;
      g.shown = "\t";
      joiner = Joiner{};
    } else if (c < 0 || unprintable(c)) {
      g.shown = kReplacement;
      g.width = 1;
      joiner = Joiner{};
    } else {
      g.shown.assign(bytes.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(i - from)));
      g.width = joiner.width(c);
    }
    out.push_back(std::move(g));
  }
  return out;
}

int display_width(std::string_view bytes) {
  int column = 0;
  for (const Glyph& g : glyphs_of(bytes)) column += g.tab ? tab_width(column) : g.width;
  return column;
}

std::string one_line(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (const Glyph& g : glyphs_of(bytes)) {
    const bool space =
        g.tab || bytes.substr(g.start, g.end - g.start) == "\n" || bytes.substr(g.start, g.end - g.start) == "\r";
    out += space ? std::string(" ") : g.shown;
  }
  return out;
}

}  // namespace pitchcheck
