// model/phrase_list.hpp — a set of short phrases matched on token lemmas at a position.
//
// Phrases are tokenised with the same pipeline and lemmatizer as the text, so a cue written "i'm help"
// or "I'm helping" matches the same tokens. Indexed by first lemma: a lookup costs one hash probe. A phrase
// written with a leading "=" ("=broken") matches only the word forms as written, not their lemmas.
#pragma once

#include "text/document.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>
#include <vector>

namespace pitchclarity::model {

class PhraseList {
 public:
  PhraseList() = default;
  explicit PhraseList(std::span<const std::string> phrases);

  // Length in tokens of the longest phrase starting at tokens[at], or 0. Words of `skippable` (single
  // words) may stand between a phrase's words, at most two of them: "I'd [really] like to meet".
  std::uint32_t match_at(std::span<const text::Token> tokens, std::uint32_t at,
                         const PhraseList* skippable = nullptr) const;
  // The longest phrase ending exactly before `end` (for look-behind such as negation), or 0.
  bool ends_at(std::span<const text::Token> tokens, std::uint32_t end, std::uint32_t window) const;
  // First position in [from, to) where a phrase starts; `to` when none. `length` gets its token count.
  std::uint32_t find(std::span<const text::Token> tokens, std::uint32_t from, std::uint32_t to,
                     std::uint32_t& length) const;
  bool contains_word(std::string_view lemma) const;
  bool empty() const noexcept { return by_first_.empty(); }

 private:
  // Heterogeneous lookup: a token's string_view finds its bucket without building a std::string, which
  // matters because every list is probed at every token.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  // A phrase: its lemmas, or its folded forms when written "=form" (matched as written only).
  struct Sequence {
    std::vector<std::string> words;
    bool exact = false;
  };
  // Sequences, longest first within each bucket.
  std::unordered_map<std::string, std::vector<Sequence>, Hash, std::equal_to<>> by_first_;
  // (length, first byte) of every key of by_first_: most tokens are rejected here without hashing.
  std::array<std::bitset<256>, 32> starts_{};
  bool may_start(std::string_view key) const noexcept {
    return !key.empty() && starts_[std::min<std::size_t>(key.size(), 31)][static_cast<unsigned char>(key[0])];
  }
};

}  // namespace pitchclarity::model
