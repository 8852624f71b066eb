// display_width.hpp — how a terminal lays out UTF-8 text: one glyph per code point with its width in
// columns (East Asian wide and emoji 2, combining marks and joiners 0, tabs to the next multiple of 8).
//
// Text shown on a terminal is made safe on the way: invalid UTF-8, control characters and bidi controls
// are shown as U+FFFD, so a pitch can neither corrupt the terminal nor move the caret off its words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

struct Glyph {
  std::uint32_t start = 0;  // byte offsets of the code point (or invalid sequence) in the input
  std::uint32_t end = 0;
  std::string shown;  // what to print for it
  int width = 0;      // columns; for a tab, 0 (it depends on where it lands: see tab_width)
  bool tab = false;
};

// Glyphs of `bytes`, whose first byte is at `base` in the caller's text.
std::vector<Glyph> glyphs_of(std::string_view bytes, std::uint32_t base = 0);

constexpr int kTabStop = 8;
constexpr int tab_width(int column) { return kTabStop - column % kTabStop; }

// Columns `bytes` occupies when printed from column 0.
int display_width(std::string_view bytes);

// `bytes` made safe to print on one line: line breaks and tabs become spaces, the rest as glyphs_of shows them.
std::string one_line(std::string_view bytes);

}  // namespace pitchcheck
