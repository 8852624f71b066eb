// rules/acronym.cpp — finding acronyms and their explanations.
#include "rules/acronym.hpp"

#include <algorithm>

#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }

// The acronym's letters if `word` (original text) is one, else empty.
std::string_view letters_of(std::string_view word) {
  for (std::string_view suffix : {"'s", "\u2019s", "s"}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      const auto stem = word.substr(0, word.size() - suffix.size());
      if (stem.size() >= 2 && std::all_of(stem.begin(), stem.end(), upper)) {
        word = stem;
        break;
      }
    }
  }
  if (word.size() < 2 || word.size() > 6 || !std::all_of(word.begin(), word.end(), upper)) return {};
  return word;
}

std::string_view original(const text::Document& doc, const text::Token& t) {
  return doc.original().substr(t.start, t.end - t.start);
}

// A sentence mostly in capitals is shouting, not acronyms.
bool shouting(const text::Document& doc, const text::Sentence& s) {
  int caps = 0;
  int words = 0;
  for (auto i = s.first_token; i < s.last_token; ++i) {
    const auto& t = doc.tokens()[i];
    if (t.shape != text::Shape::word || t.folded.size() < 2) continue;
    ++words;
    caps += t.all_caps ? 1 : 0;
  }
  return caps >= 3 && caps * 2 > words;
}

bool small_word(std::string_view folded) {
  return tok::one_of(folded, {"and", "of", "the", "for", "&", "to", "in", "on", "a", "an", "at", "with", "by"});
}

char initial(const text::Token& t) {
  const char c = t.folded.empty() ? '\0' : t.folded.front();
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// Do the words from token i spell `letters` by their initials (small words may be skipped)? `budget`
// bounds the small words skipped, so the search stays small on any input.
bool spells(std::span<const text::Token> tokens, std::uint32_t i, std::string_view letters, std::uint32_t sentence,
            int budget = 3) {
  if (letters.empty()) return true;
  while (i < tokens.size() && tokens[i].sentence == sentence && !tok::is_word(tokens[i])) {
    if (!tok::is_dash(tokens[i].folded) && tokens[i].folded != "&") return false;
    ++i;
  }
  if (i >= tokens.size() || tokens[i].sentence != sentence) return false;
  const auto& t = tokens[i];
  if (initial(t) == letters.front() && spells(tokens, i + 1, letters.substr(1), sentence, budget)) return true;
  return budget > 0 && small_word(t.folded) && spells(tokens, i + 1, letters, sentence, budget - 1);
}

bool explained(const text::Document& doc, std::uint32_t at, std::string_view letters) {
  const auto tokens = doc.tokens();
  // Right after it, a parenthesis: "EPC (energy performance certificate)".
  if (at + 1 < tokens.size() && tokens[at + 1].folded == "(") return true;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (!tok::is_word(t)) continue;
    // In parentheses after words: "energy performance certificate (EPC)".
    if (i >= 2 && tokens[i - 1].folded == "(" && i + 1 < tokens.size() && tokens[i + 1].folded == ")" &&
        letters_of(original(doc, t)) == letters && tok::is_word(tokens[i - 2]))
      return true;
    // Spelled out by initials, not by the acronym itself or another acronym.
    if (!t.all_caps && initial(t) == letters.front() && spells(tokens, i, letters, t.sentence)) return true;
  }
  return false;
}

}  // namespace

AcronymMatcher::AcronymMatcher(std::vector<std::string> allow) : allow_(std::move(allow)) {
  std::sort(allow_.begin(), allow_.end());
}

void AcronymMatcher::find(const text::Document& doc, std::vector<Hit>& out) const {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  std::vector<std::string_view> seen;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.shape != text::Shape::word) continue;
    const auto letters = letters_of(original(doc, t));
    if (letters.empty()) continue;
    if (std::binary_search(allow_.begin(), allow_.end(), letters)) continue;
    if (std::find(seen.begin(), seen.end(), letters) != seen.end()) continue;
    if (shouting(doc, sentences[t.sentence])) continue;
    seen.push_back(letters);
    if (explained(doc, i, letters)) continue;
    out.push_back({i, t.start, t.start + static_cast<std::uint32_t>(letters.size())});
  }
}

}  // namespace pitchclarity::rules
