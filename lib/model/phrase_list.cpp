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
  // The phrases' words go into one flat array and each bucket entry is a (first word, phrase) pair: a vector
  // per phrase in a std::unordered_map of buckets cost about 0.3 of the 0.7 ms of building the lists once they
  // came tokenised (construction 3.06 -> 2.77 ms).
  struct Sequence {
    std::uint32_t begin = 0, end = 0;  // in words
    bool exact = false;
    std::uint32_t size() const noexcept { return end - begin; }
  };
  std::vector<WordId> words;
  std::vector<Sequence> sequences;
  std::vector<std::pair<WordId, std::uint32_t>> entries;  // (first word, index into sequences), in phrase order
  words.reserve(tokens.size());
  for (const CueToken& t : tokens) {
    if (t.word) vocabulary.remember_lemma(t.folded, t.lemma);
  }
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t j = i;
    Sequence seq;
    seq.exact = tokens[i].line - 1 < exact_line.size() && exact_line[tokens[i].line - 1] != 0;
    seq.begin = static_cast<std::uint32_t>(words.size());
    for (; j < tokens.size() && tokens[j].line == tokens[i].line; ++j) {
      words.push_back(vocabulary.intern(seq.exact ? tokens[j].folded : tokens[j].lemma));
    }
    seq.end = static_cast<std::uint32_t>(words.size());
    const auto index = static_cast<std::uint32_t>(sequences.size());
    sequences.push_back(seq);
    // Also index by the folded first word, so a phrase written in a form whose lemma differs still hits.
    const WordId folded = vocabulary.intern(tokens[i].folded);
    if (folded != words[seq.begin]) entries.emplace_back(folded, index);
    entries.emplace_back(words[seq.begin], index);
    i = j;
  }
  // An empty first word starts nothing (the lookup by string always skipped empty keys); kNoWord is never
  // interned and is the empty-slot marker of buckets_.
  const WordId empty_word = vocabulary.find("");
  std::erase_if(entries, [&](const auto& e) { return e.first == kNoWord || e.first == empty_word; });
  // Stable: a bucket lists its phrases in the order they come, as the vectors of the map did.
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  bucket_count_ = 0;
  for (std::size_t e = 0; e < entries.size(); ++e) bucket_count_ += e == 0 || entries[e].first != entries[e - 1].first;
  std::size_t slots = 4;
  while (slots < 2 * bucket_count_) slots *= 2;
  buckets_.assign(bucket_count_ == 0 ? 0 : slots, Bucket{});
  std::vector<std::uint32_t> list;  // one bucket's sequences
  for (std::size_t from = 0; from < entries.size();) {
    const WordId first = entries[from].first;
    list.clear();
    for (; from < entries.size() && entries[from].first == first; ++from) list.push_back(entries[from].second);
    vocabulary.mark_start(first, bit_);
    // The same unstable sort of the same buckets as before interning, so equal-length phrases keep the order
    // they were tried in (it decides how many skipped words a match reports). std::sort's permutation
    // depends only on the comparisons, so sorting indices gives the order sorting the phrases gave.
    std::sort(list.begin(), list.end(),
              [&](std::uint32_t a, std::uint32_t b) { return sequences[a].size() > sequences[b].size(); });
    if (std::any_of(list.begin(), list.end(), [&](std::uint32_t seq) { return sequences[seq].size() == 1; })) {
      singles_.push_back(first);
      vocabulary.mark_single(first, bit_);
    }
    std::size_t slot = slot_of(first) & (buckets_.size() - 1);
    while (buckets_[slot].first != kNoWord) slot = (slot + 1) & (buckets_.size() - 1);
    buckets_[slot].first = first;
    Run& bucket = buckets_[slot].run;
    bucket.begin = static_cast<std::uint32_t>(phrases_.size());
    for (const std::uint32_t index : list) {
      const Sequence& seq = sequences[index];
      phrases_.push_back({static_cast<std::uint32_t>(words_.size()),
                          static_cast<std::uint32_t>(words_.size() + seq.size()), seq.exact});
      words_.insert(words_.end(), words.begin() + seq.begin, words.begin() + seq.end);
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
