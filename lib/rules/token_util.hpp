// rules/token_util.hpp — small questions about tokens that several matchers and conditions ask.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "text/document.hpp"

namespace pitchclarity::rules::tok {

inline bool is_word(const text::Token& t) noexcept {
  return t.shape == text::Shape::word || t.shape == text::Shape::number;
}

// Compares the length and the first byte inline before the bytes: string_view's == calls memcmp for every
// item of the same length, and these lists are asked about most tokens (memcmp from here was ~3% of an
// analysis in perf).
inline bool one_of(std::string_view s, std::initializer_list<std::string_view> set) noexcept {
  for (auto item : set) {
    if (s.size() == item.size() && (s.empty() || s[0] == item[0]) && s == item) return true;
  }
  return false;
}

// Hyphen, the Unicode hyphens and dashes, and minus.
inline bool is_dash(std::string_view s) noexcept {
  return one_of(s, {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"});
}

// A dash written without spaces between two words ("Paying-Clients", "one-stop"): it joins them.
inline bool is_joining_dash(std::span<const text::Token> tokens, std::size_t i) noexcept {
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const auto& t = tokens[i];
  return t.shape == text::Shape::punctuation && is_dash(t.folded) && !t.space_before && !tokens[i + 1].space_before &&
         is_word(tokens[i - 1]) && is_word(tokens[i + 1]) && tokens[i - 1].sentence == tokens[i + 1].sentence;
}

// Punctuation that ends a clause for the conditions' look-arounds.
inline bool is_clause_break(const text::Token& t) noexcept {
  if (t.shape != text::Shape::punctuation && t.shape != text::Shape::symbol) return false;
  return one_of(t.folded, {",", ";", ":", "(", ")", ".", "!", "?", "…", "\u2013", "\u2014", "/"}) ||
         (is_dash(t.folded) && t.space_before);
}

// The folded form, or the lemma when it differs; either may be checked against a word list.
inline bool word_is(const text::Token& t, std::initializer_list<std::string_view> set) noexcept {
  return is_word(t) && (one_of(t.folded, set) || one_of(t.lemma, set));
}

}  // namespace pitchclarity::rules::tok
