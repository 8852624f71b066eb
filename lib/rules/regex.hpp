// rules/regex.hpp — the `regex` kind: a Unicode-aware, case-insensitive Boost u32regex (ICU).
//
// Patterns run on the Document's normalized text, converted once per run to UTF-32 so that Boost can
// bound the work: with random-access input it gives up after max(S²·N, min(N², 10⁸)) states (S pattern
// states, N code points) and throws, instead of backtracking for ever on patterns like (a+)+$. A rule that
// hits the bound stops for that text and the engine reports a rules.regex-limit note naming it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/document.hpp"

namespace pitchclarity::rules {

// The normalized text as code points, with each code point's UTF-16 index (plus one past the end).
struct Utf32Text {
  std::vector<std::int32_t> text;  // UChar32 code points
  std::vector<std::uint32_t> utf16_index;

  void assign(std::u16string_view utf16);
  // Original byte span of code points [start, end), end > start.
  std::pair<std::uint32_t, std::uint32_t> bytes(const text::Document& doc, std::size_t start,
                                                std::size_t end) const noexcept;
};

class RegexMatcher {
 public:
  // Compiles `pattern` (UTF-8). On failure returns false with `problem` and the error's offset in code points.
  bool compile(const std::string& pattern, std::string& problem, std::size_t& offset);

  // Appends the [start, end) code point ranges of non-empty matches. Returns false when the complexity
  // bound was hit (the ranges found before it are kept).
  bool find(const Utf32Text& text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace pitchclarity::rules
