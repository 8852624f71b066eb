// caret.hpp — the two lines under a clang-style diagnostic: the source line, and a caret and tildes
// under the exact span, placed by display columns so wide and combining characters and tabs line up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pitchcheck {

struct Excerpt {
  std::string line;       // the source line (or a window of a long one, cut ends shown as "...")
  std::string underline;  // tabs of the line's prefix kept as tabs, so a terminal aligns both alike
};

// The line of `text` holding byte offset `start`, underlined from `start` to `end` (or the line's end).
// Lines wider than `max_width` columns are shown as a window around the span.
Excerpt excerpt(std::string_view text, std::uint32_t start, std::uint32_t end, int max_width = 100);

}  // namespace pitchcheck
