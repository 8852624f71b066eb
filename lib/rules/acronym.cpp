// rules/acronym.cpp — finding acronyms and their explanations.
#include "rules/acronym.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }

// The acronym's letters if `word` (original text) is one, else empty.
std::string_view letters_of(std::string_view word) {
  if (word.empty() || !upper(word.front())) return {};  // most words: neither they nor a stem are all capitals
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

// Where an explanation can be, found once per text: the words in parentheses right after a word, and the
// words (not in capitals) by initial, where a spelling-out may start. explained() then looks only there
// instead of walking the whole text once per acronym.
struct ExplanationIndex {
  std::vector<std::uint32_t> parenthesised;
  std::vector<std::uint32_t> by_initial;       // token indices grouped by initial (a counting sort), in order
  std::array<std::uint32_t, 257> group_start{};  // group of initial c: by_initial[group_start[c], group_start[c+1])

  explicit ExplanationIndex(std::span<const text::Token> tokens) {
    const auto starts_spelling = [&](const text::Token& t) { return tok::is_word(t) && !t.all_caps; };
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      const auto& t = tokens[i];
      if (tok::is_word(t) && i >= 2 && tokens[i - 1].folded == "(" && i + 1 < tokens.size() &&
          tokens[i + 1].folded == ")" && tok::is_word(tokens[i - 2]))
        parenthesised.push_back(i);
      if (starts_spelling(t)) ++group_start[static_cast<unsigned char>(initial(t)) + 1];
    }
    for (std::size_t c = 1; c < group_start.size(); ++c) group_start[c] += group_start[c - 1];
    by_initial.resize(group_start.back());
    std::array<std::uint32_t, 256> next{};
    std::copy(group_start.begin(), group_start.end() - 1, next.begin());
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      if (starts_spelling(tokens[i])) by_initial[next[static_cast<unsigned char>(initial(tokens[i]))]++] = i;
    }
  }
};

bool explained(const text::Document& doc, std::uint32_t at, std::string_view letters, const ExplanationIndex& index) {
  const auto tokens = doc.tokens();
  // Right after it, a parenthesis: "EPC (energy performance certificate)".
  if (at + 1 < tokens.size() && tokens[at + 1].folded == "(") return true;
  // In parentheses after words: "energy performance certificate (EPC)".
  for (const std::uint32_t i : index.parenthesised) {
    if (letters_of(original(doc, tokens[i])) == letters) return true;
  }
  // Spelled out by initials, not by the acronym itself or another acronym.
  const auto c = static_cast<unsigned char>(letters.front());
  for (std::uint32_t k = index.group_start[c]; k < index.group_start[c + 1]; ++k) {
    const std::uint32_t i = index.by_initial[k];
    if (spells(tokens, i, letters, tokens[i].sentence)) return true;
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
  std::optional<ExplanationIndex> index;  // built at the first candidate: most texts have none
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.shape != text::Shape::word) continue;
    const auto letters = letters_of(original(doc, t));
    if (letters.empty()) continue;
    if (std::binary_search(allow_.begin(), allow_.end(), letters)) continue;
    if (std::find(seen.begin(), seen.end(), letters) != seen.end()) continue;
    if (shouting(doc, sentences[t.sentence])) continue;
    seen.push_back(letters);
    if (!index) index.emplace(tokens);
    if (explained(doc, i, letters, *index)) continue;
    out.push_back({i, t.start, t.start + static_cast<std::uint32_t>(letters.size())});
  }
}

}  // namespace pitchclarity::rules
