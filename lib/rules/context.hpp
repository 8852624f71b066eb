// rules/context.hpp — the tokens a phrase rule wants, or refuses, right next to its match: `before`,
// `not_before` and `after` (README "Context"). "like" is a filler only between commas or after "was";
// "kind of" hedges except after "what" or "the"; "every business" widens a target only after "which is".
//
// Checked on tokens around a trie hit, so a rule with a context is still one pass over the tokens.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace pitchclarity::rules {

class TokenContext {
 public:
  enum class Side : std::uint8_t { before, not_before, after };

  // Tokenises `entries` (token sequences as written; "^" is the start of a line, "$" its end) for `side`.
  // Returns the index of the first entry without a token (`problem` set), or entries.size().
  std::size_t add(Side side, std::span<const std::string_view> entries, std::string& problem);

  bool empty() const noexcept { return before_.empty() && not_before_.empty() && after_.empty(); }

  // Whether tokens [first, last) of `tokens` stand in this context.
  bool fits(std::span<const text::Token> tokens, std::uint32_t first, std::uint32_t last) const;

 private:
  // Folded forms (case-folded, ’ as '), compared with the tokens' folded forms; `line_edge` for "^" / "$".
  struct Sequence {
    std::vector<std::string> folded;
    bool line_edge = false;
  };
  static bool ends_at(const Sequence& s, std::span<const text::Token> tokens, std::uint32_t first);
  static bool starts_at(const Sequence& s, std::span<const text::Token> tokens, std::uint32_t last);

  std::vector<Sequence> before_, not_before_, after_;
};

}  // namespace pitchclarity::rules
