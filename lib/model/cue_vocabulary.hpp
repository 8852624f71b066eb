// model/cue_vocabulary.hpp — every word of every cue list, numbered, so a pitch's tokens are looked up once.
//
// The model asks about twenty cue lists about every token. Hashing the token's lemma and folded form into
// each list's own table cost most of the model's time (profile in tests/bench/README.md). Instead the words
// of all lists share one vocabulary: Context gives each token the ids of its lemma and folded form once per
// pitch (one or two hash probes), and a list then matches by comparing integers. Each word also carries a
// bit per list saying whether a phrase of that list starts with it, so most lists reject a token with one
// AND.
#pragma once

#include "text/document.hpp"
#include "text/lemma_cache.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::model {

using WordId = std::uint32_t;
inline constexpr WordId kNoWord = 0;  // a word that no cue list contains
// One bit per PhraseList, in two words: the model has more than 64 cue lists. A list knows which word
// holds its bit, so testing a token against a list stays one AND.
inline constexpr std::size_t kListMaskWords = 2;
inline constexpr int kMaxCueLists = 64 * kListMaskWords;
using ListMask = std::array<std::uint64_t, kListMaskWords>;
struct ListBit {
  std::uint32_t word = 0;
  std::uint64_t bit = 0;
  bool in(const ListMask& mask) const noexcept { return (mask[word] & bit) != 0; }
};

// One token as the cue lists see it. `starts` has the bit of every list with a phrase beginning with the
// token's lemma or folded form; `single` of every list with its folded form as a one-word phrase.
struct TokenWords {
  WordId lemma = kNoWord;
  WordId folded = kNoWord;
  ListMask starts{};
  ListMask single{};
};

// A pitch's tokens with their vocabulary ids (index i of both spans is the same token).
struct CueTokens {
  std::span<const text::Token> tokens;
  std::span<const TokenWords> words;
  std::size_t size() const noexcept { return tokens.size(); }
};

class CueVocabulary {
 public:
  // Building (while the Analyzer is constructed).
  WordId intern(std::string_view word);
  ListBit new_list_bit();  // each PhraseList takes one bit
  void mark_start(WordId id, ListBit list) { starts_[id][list.word] |= list.bit; }
  void mark_single(WordId id, ListBit list) { single_[id][list.word] |= list.bit; }
  // Cue words' lemmas, for Document::build: most words of a pitch are cue words too.
  void remember_lemma(std::string_view folded, std::string_view lemma) { lemmas_.add(folded, lemma); }

  // Reading (while a pitch is analysed).
  WordId find(std::string_view word) const;
  const ListMask& starts(WordId id) const noexcept { return starts_[id]; }
  const ListMask& single(WordId id) const noexcept { return single_[id]; }
  const text::LemmaCache& lemmas() const noexcept { return lemmas_; }
  // Fills `out` with one TokenWords per token.
  void look_up(std::span<const text::Token> tokens, std::vector<TokenWords>& out) const;

 private:
  static std::uint32_t hash(std::string_view word) noexcept;
  void grow();

  // Open addressing with linear probing, at most half full: each slot holds a WordId, 0 when empty. Looking
  // up every token of a pitch here took 5% of an analysis through std::unordered_map (std::hash, a modulo and
  // a node per probe); this costs a short FNV-1a and usually one probe.
  std::vector<WordId> slots_;
  // Indexed by WordId; entry 0 stands for every word outside the vocabulary and stays 0.
  std::vector<std::string> words_{std::string()};
  std::vector<std::uint32_t> hashes_{0};
  std::vector<ListMask> starts_{ListMask{}};
  std::vector<ListMask> single_{ListMask{}};
  int lists_ = 0;
  text::LemmaCache lemmas_;
};

}  // namespace pitchclarity::model
