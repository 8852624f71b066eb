#include "model/phrase_list.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

bool same(const text::Token& t, const std::string& word, bool exact) {
  return t.folded == word || (!exact && t.lemma == word);
}

}  // namespace

PhraseList::PhraseList(std::span<const std::string> phrases) {
  // All phrases are tokenised in one Document, one phrase a line, so that building the analyzer makes one
  // pass through ICU per list rather than one per phrase (a thousand cues cost milliseconds otherwise).
  // A phrase written "=broken" matches only the forms as written: its lemma ("break") would also match
  // "a break" and "break through", which name no pain.
  std::string joined;
  std::vector<bool> exact_line;  // by line, 0-based
  for (const std::string& phrase : phrases) {
    const bool exact = phrase.starts_with('=');
    exact_line.push_back(exact);
    for (char c : std::string_view(phrase).substr(exact ? 1 : 0)) joined += (c == '\n' || c == '\r') ? ' ' : c;
    joined += '\n';
  }
  const text::Document doc = text::Document::build(joined, &lexicon::match_lemma);
  const auto tokens = doc.tokens();
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t j = i;
    Sequence seq;
    seq.exact = tokens[i].line - 1 < exact_line.size() && exact_line[tokens[i].line - 1];
    while (j < tokens.size() && tokens[j].line == tokens[i].line) {
      seq.words.emplace_back(seq.exact ? tokens[j].folded : tokens[j].lemma);
      ++j;
    }
    // Also index by the folded first word, so a phrase written in a form whose lemma differs still hits.
    const std::string folded(tokens[i].folded);
    if (folded != seq.words.front()) by_first_[folded].push_back(seq);
    by_first_[seq.words.front()].push_back(std::move(seq));
    i = j;
  }
  for (auto& [first, list] : by_first_) {
    if (!first.empty()) starts_[std::min<std::size_t>(first.size(), 31)][static_cast<unsigned char>(first[0])] = true;
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  }
}

std::uint32_t PhraseList::match_at(std::span<const text::Token> tokens, std::uint32_t at,
                                   const PhraseList* skippable) const {
  if (at >= tokens.size()) return 0;
  const std::string_view keys[2] = {tokens[at].lemma, tokens[at].folded};
  const int key_count = keys[0] == keys[1] ? 1 : 2;  // the same key twice gives the same answer
  for (int key_index = 0; key_index < key_count; ++key_index) {
    const std::string_view key = keys[key_index];
    if (!may_start(key)) continue;
    const auto it = by_first_.find(key);
    if (it == by_first_.end()) continue;
    for (const auto& seq : it->second) {
      if (seq.exact && key != tokens[at].folded) continue;
      std::size_t pos = at + 1;
      int skipped = 0;
      bool ok = true;
      for (std::size_t k = 1; k < seq.words.size() && ok; ++k) {
        while (pos < tokens.size() && skippable != nullptr && skipped < 2 && !same(tokens[pos], seq.words[k], seq.exact) &&
               skippable->contains_word(tokens[pos].folded)) {
          ++pos;
          ++skipped;
        }
        ok = pos < tokens.size() && same(tokens[pos], seq.words[k], seq.exact) && tokens[pos].sentence == tokens[at].sentence;
        ++pos;
      }
      if (ok) return static_cast<std::uint32_t>(pos - at);
    }
  }
  return 0;
}

bool PhraseList::ends_at(std::span<const text::Token> tokens, std::uint32_t end, std::uint32_t window) const {
  const std::uint32_t from = end > window ? end - window : 0;
  for (std::uint32_t s = from; s < end; ++s) {
    const std::uint32_t n = match_at(tokens, s);
    if (n > 0 && s + n <= end) return true;
  }
  return false;
}

std::uint32_t PhraseList::find(std::span<const text::Token> tokens, std::uint32_t from, std::uint32_t to,
                               std::uint32_t& length) const {
  for (std::uint32_t i = from; i < to; ++i) {
    const std::uint32_t n = match_at(tokens, i);
    if (n > 0 && i + n <= to) {
      length = n;
      return i;
    }
  }
  length = 0;
  return to;
}

bool PhraseList::contains_word(std::string_view lemma) const {
  if (!may_start(lemma)) return false;
  const auto it = by_first_.find(lemma);
  if (it == by_first_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [](const Sequence& seq) { return seq.words.size() == 1; });
}

}  // namespace pitchclarity::model
