// rules/context.cpp — tokenising a phrase rule's context entries and checking them around a match.
#include "rules/context.hpp"

#include <algorithm>

namespace pitchclarity::rules {

std::size_t TokenContext::add(Side side, std::span<const std::string_view> entries, std::string& problem) {
  auto& list = side == Side::before ? before_ : side == Side::not_before ? not_before_ : after_;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Sequence s;
    if (entries[i] == (side == Side::after ? "$" : "^")) {
      s.line_edge = true;
    } else {
      // Folded forms only: a context names the words as written ("was", not every form of "be").
      const auto doc = text::Document::build(entries[i]);
      for (const auto& t : doc.tokens()) s.folded.emplace_back(t.folded);
      if (s.folded.empty()) {
        problem = "a context entry needs a token (or \"^\" before, \"$\" after)";
        return i;
      }
    }
    list.push_back(std::move(s));
  }
  return entries.size();
}

bool TokenContext::ends_at(const Sequence& s, std::span<const text::Token> tokens, std::uint32_t first) {
  if (s.line_edge) return first == 0 || tokens[first - 1].line != tokens[first].line;
  if (first < s.folded.size()) return false;
  const std::size_t from = first - s.folded.size();
  for (std::size_t i = 0; i < s.folded.size(); ++i) {
    if (tokens[from + i].folded != s.folded[i]) return false;
  }
  return true;
}

bool TokenContext::starts_at(const Sequence& s, std::span<const text::Token> tokens, std::uint32_t last) {
  if (s.line_edge) return last == tokens.size() || tokens[last].line != tokens[last - 1].line;
  if (tokens.size() - last < s.folded.size()) return false;
  for (std::size_t i = 0; i < s.folded.size(); ++i) {
    if (tokens[last + i].folded != s.folded[i]) return false;
  }
  return true;
}

bool TokenContext::fits(std::span<const text::Token> tokens, std::uint32_t first, std::uint32_t last) const {
  const auto before = [&](const Sequence& s) { return ends_at(s, tokens, first); };
  const auto after = [&](const Sequence& s) { return starts_at(s, tokens, last); };
  if (!before_.empty() && std::none_of(before_.begin(), before_.end(), before)) return false;
  if (std::any_of(not_before_.begin(), not_before_.end(), before)) return false;
  return after_.empty() || std::any_of(after_.begin(), after_.end(), after);
}

}  // namespace pitchclarity::rules
