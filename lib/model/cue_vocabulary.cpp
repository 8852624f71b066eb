#include "model/cue_vocabulary.hpp"

#include <stdexcept>
#include <string>

namespace pitchclarity::model {

std::uint32_t CueVocabulary::hash(std::string_view word) noexcept {
  std::uint32_t h = 2166136261U;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619U;
  }
  return h ^ (h >> 15);  // FNV-1a's low bits are weak; the slot comes from them
}

void CueVocabulary::grow() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, kNoWord);
  const std::size_t mask = slots_.size() - 1;
  for (WordId id = 1; id < words_.size(); ++id) {
    std::size_t i = hashes_[id] & mask;
    while (slots_[i] != kNoWord) i = (i + 1) & mask;
    slots_[i] = id;
  }
}

WordId CueVocabulary::intern(std::string_view word) {
  if (const WordId known = find(word); known != kNoWord) return known;
  const auto id = static_cast<WordId>(words_.size());
  words_.emplace_back(word);
  hashes_.push_back(hash(word));
  starts_.push_back(ListMask{});
  single_.push_back(ListMask{});
  if (2 * words_.size() > slots_.size()) {
    grow();  // places every word, the new one included
  } else {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hashes_[id] & mask;
    while (slots_[i] != kNoWord) i = (i + 1) & mask;
    slots_[i] = id;
  }
  return id;
}

ListBit CueVocabulary::new_list_bit() {
  // A programming error, not a data error: the lists are fixed in ModelData.
  if (lists_ >= kMaxCueLists) throw std::logic_error("CueVocabulary: more than " + std::to_string(kMaxCueLists) + " cue lists");
  const int n = lists_++;
  return ListBit{static_cast<std::uint32_t>(n / 64), std::uint64_t{1} << (n % 64)};
}

WordId CueVocabulary::find(std::string_view word) const {
  if (slots_.empty()) return kNoWord;
  const std::uint32_t h = hash(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const WordId id = slots_[i];
    if (id == kNoWord) return kNoWord;  // at most half full, so every probe sequence ends
    if (hashes_[id] == h && words_[id] == word) return id;
  }
}

void CueVocabulary::look_up(std::span<const text::Token> tokens, std::vector<TokenWords>& out) const {
  out.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    TokenWords& w = out[i];
    w.folded = find(t.folded);
    w.lemma = t.lemma == t.folded ? w.folded : find(t.lemma);
    for (std::size_t k = 0; k < kListMaskWords; ++k) w.starts[k] = starts_[w.lemma][k] | starts_[w.folded][k];
    w.single = single_[w.folded];
  }
}

}  // namespace pitchclarity::model
