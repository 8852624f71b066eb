#include "model/phrase_list.hpp"

#include <algorithm>
#include <string_view>

namespace pitchclarity::model {
namespace {

bool same(const TokenWords& t, WordId word, bool exact) { return t.folded == word || (!exact && t.lemma == word); }

}  // namespace

PhraseList::PhraseList(std::span<const std::string> phrases, CueVocabulary& vocabulary)
    : PhraseList(TokenisedCuePhrases(phrases).view(), vocabulary) {}

PhraseList::PhraseList(CuePhraseTokens phrases, CueVocabulary& vocabulary) : bit_(vocabulary.new_list_bit()) {
  const std::span<const CueToken> tokens = phrases.tokens;
  const std::span<const std::uint8_t> exact_line = phrases.exact;  // by line, 0-based
  struct Sequence {
    std::vector<WordId> words;
    bool exact = false;
  };
  std::unordered_map<WordId, std::vector<Sequence>> by_first;
  for (const CueToken& t : tokens) {
    if (t.word) vocabulary.remember_lemma(t.folded, t.lemma);
  }
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t j = i;
    Sequence seq;
    seq.exact = tokens[i].line - 1 < exact_line.size() && exact_line[tokens[i].line - 1] != 0;
    for (; j < tokens.size() && tokens[j].line == tokens[i].line; ++j) {
      seq.words.push_back(vocabulary.intern(seq.exact ? tokens[j].folded : tokens[j].lemma));
    }
    // Also index by the folded first word, so a phrase written in a form whose lemma differs still hits.
    const WordId folded = vocabulary.intern(tokens[i].folded);
    if (folded != seq.words.front()) by_first[folded].push_back(seq);
    by_first[seq.words.front()].push_back(std::move(seq));
    i = j;
  }
  // An empty first word starts nothing (the lookup by string always skipped empty keys).
  if (const WordId empty_word = vocabulary.find(""); empty_word != kNoWord) by_first.erase(empty_word);
  by_first.erase(kNoWord);  // never interned; the empty-slot marker of buckets_
  bucket_count_ = by_first.size();
  std::size_t slots = 4;
  while (slots < 2 * bucket_count_) slots *= 2;
  buckets_.assign(bucket_count_ == 0 ? 0 : slots, Bucket{});
  for (auto& [first, list] : by_first) {
    vocabulary.mark_start(first, bit_);
    // The same unstable sort of the same buckets as before interning, so equal-length phrases keep the order
    // they were tried in (it decides how many skipped words a match reports).
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
    if (std::any_of(list.begin(), list.end(), [](const auto& seq) { return seq.words.size() == 1; })) {
      singles_.push_back(first);
      vocabulary.mark_single(first, bit_);
    }
    std::size_t slot = slot_of(first) & (buckets_.size() - 1);
    while (buckets_[slot].first != kNoWord) slot = (slot + 1) & (buckets_.size() - 1);
    buckets_[slot].first = first;
    Run& bucket = buckets_[slot].run;
    bucket.begin = static_cast<std::uint32_t>(phrases_.size());
    for (const auto& seq : list) {
      phrases_.push_back({static_cast<std::uint32_t>(words_.size()),
                          static_cast<std::uint32_t>(words_.size() + seq.words.size()), seq.exact});
      words_.insert(words_.end(), seq.words.begin(), seq.words.end());
    }
    bucket.end = static_cast<std::uint32_t>(phrases_.size());
  }
  std::sort(singles_.begin(), singles_.end());
}

std::uint32_t PhraseList::match_phrases(const CueTokens& tokens, std::uint32_t at, const PhraseList* skippable) const {
  const TokenWords& first = tokens.words[at];
  const WordId keys[2] = {first.lemma, first.folded};
  const int key_count = keys[0] == keys[1] ? 1 : 2;  // the same key twice gives the same answer
  for (int key_index = 0; key_index < key_count; ++key_index) {
    const Run* run = bucket(keys[key_index]);
    if (run == nullptr) continue;
    for (std::uint32_t p = run->begin; p < run->end; ++p) {
      const Run& phrase = phrases_[p];
      if (phrase.exact && keys[key_index] != first.folded) continue;
      const std::span<const WordId> seq(words_.data() + phrase.begin, phrase.end - phrase.begin);
      std::size_t pos = at + 1;
      int skipped = 0;
      bool ok = true;
      for (std::size_t k = 1; k < seq.size() && ok; ++k) {
        while (pos < tokens.size() && skippable != nullptr && skipped < 2 && !same(tokens.words[pos], seq[k], phrase.exact) &&
               skippable->contains_folded(tokens.words[pos])) {
          ++pos;
          ++skipped;
        }
        ok = pos < tokens.size() && same(tokens.words[pos], seq[k], phrase.exact) &&
             tokens.tokens[pos].sentence == tokens.tokens[at].sentence;
        ++pos;
      }
      if (ok) return static_cast<std::uint32_t>(pos - at);
    }
  }
  return 0;
}

bool PhraseList::ends_at(const CueTokens& tokens, std::uint32_t end, std::uint32_t window) const {
  const std::uint32_t from = end > window ? end - window : 0;
  for (std::uint32_t s = from; s < end; ++s) {
    const std::uint32_t n = match_at(tokens, s);
    if (n > 0 && s + n <= end) return true;
  }
  return false;
}

std::uint32_t PhraseList::find(const CueTokens& tokens, std::uint32_t from, std::uint32_t to,
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

bool PhraseList::contains_word(WordId word) const {
  return word != kNoWord && std::binary_search(singles_.begin(), singles_.end(), word);
}

}  // namespace pitchclarity::model
