// rules/condition_quoted.cpp — `quoted`: inside quotation marks that the speaker attributes to others.
//
// Quoting a vague phrase to reject it ("people say 'any business', but…") is the opposite of using it.
// Quotation alone is not enough (a speaker may scare-quote their own ask), so the quote must come with
// an attribution outside it in the same sentences: a speech verb (say, tell, ask, call, hear, …) or
// "so-called"/"according to".
#include <algorithm>
#include <span>

#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

// Quotes are paired inside this many tokens around the match: a bound, so the condition stays O(1)
// per match on any input.
constexpr std::uint32_t kWindow = 120;

enum class QuoteRole { none, open, close, either };

QuoteRole quote_role(std::span<const text::Token> tokens, std::size_t i) {
  const auto& t = tokens[i];
  if (t.shape != text::Shape::punctuation) return QuoteRole::none;
  const auto f = t.folded;
  if (tok::one_of(f, {"\u201C", "\u201E", "\u00AB", "\u2039", "\u201A"})) return QuoteRole::open;
  if (tok::one_of(f, {"\u201D", "\u00BB", "\u203A"})) return QuoteRole::close;
  if (f == "\"") return QuoteRole::either;
  if (tok::one_of(f, {"'", "\u2018"})) {
    // A single quote opens when a word follows it directly and closes when it follows a word directly.
    const bool glued_next = i + 1 < tokens.size() && !tokens[i + 1].space_before;
    const bool glued_prev = i > 0 && !t.space_before;
    if (glued_next && !glued_prev) return QuoteRole::open;
    if (glued_prev && !glued_next) return QuoteRole::close;
    return glued_prev ? QuoteRole::close : QuoteRole::none;
  }
  return QuoteRole::none;
}

bool attribution(const text::Token& t) {
  return tok::word_is(t,
                      {"say",       "says",      "said",      "saying",    "tell",    "tells",     "told",  "ask",
                       "asks",      "asked",     "call",      "calls",     "called",  "hear",      "hears", "heard",
                       "quote",     "quotes",    "quoted",    "write",     "writes",  "wrote",     "claim", "claims",
                       "claimed",   "describe",  "describes", "described", "mention", "mentioned", "reply", "replied",
                       "so-called", "according", "so-called", "goes",      "went"});
}

}  // namespace

TextFacts text_facts(const text::Document& doc) {
  TextFacts facts;
  const auto tokens = doc.tokens();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (quote_role(tokens, i) != QuoteRole::none) facts.quote_marks.push_back(static_cast<std::uint32_t>(i));
  }
  return facts;
}

bool is_quoted(const text::Document& doc, TokenRange range, const TextFacts* facts) {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  // Start pairing at a sentence start inside the window, so a window edge rarely splits a quotation.
  std::uint32_t begin = range.first > kWindow ? range.first - kWindow : 0;
  if (const auto& s = sentences[tokens[begin].sentence]; s.first_token < begin && s.last_token <= range.first) {
    begin = s.last_token;
  }
  const std::uint32_t end = std::min<std::uint32_t>(static_cast<std::uint32_t>(tokens.size()), range.last + kWindow);

  // Only tokens with a quote role take part; with the text's facts, the loop visits just those.
  std::span<const std::uint32_t> marks;
  if (facts != nullptr) {
    const auto first = std::lower_bound(facts->quote_marks.begin(), facts->quote_marks.end(), begin);
    marks = {first, std::lower_bound(first, facts->quote_marks.end(), end)};
  }
  std::size_t next_mark = 0;
  const auto next = [&](std::uint32_t i) -> std::uint32_t {
    if (facts == nullptr) return i;
    return next_mark < marks.size() ? marks[next_mark++] : end;
  };

  std::uint32_t open = end;  // token index of the quote now open, or `end`
  for (std::uint32_t i = next(begin); i < end; i = next(i + 1)) {
    const auto role = quote_role(tokens, i);
    if (role == QuoteRole::none) continue;
    const bool opens = open == end && (role == QuoteRole::open || role == QuoteRole::either);
    if (opens) {
      open = i;
      continue;
    }
    if (open == end || role == QuoteRole::open) continue;
    // A quotation [open, i]. Does it hold the match, with an attribution outside it?
    if (open < range.first && range.last <= i) {
      const auto from = sentences[tokens[open].sentence].first_token;
      const auto to = sentences[tokens[i].sentence].last_token;
      for (std::uint32_t k = from; k < to; ++k) {
        if ((k < open || k > i) && attribution(tokens[k])) return true;
      }
      return false;
    }
    if (open > range.first) return false;  // passed the match outside any quotation
    open = end;
  }
  return false;
}

}  // namespace pitchclarity::rules
