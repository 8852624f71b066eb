// model/phrase_list.hpp — a set of short phrases matched on token lemmas at a position.
//
// Phrases are tokenised with the same pipeline and lemmatizer as the text, so a cue written "i'm help"
// or "I'm helping" matches the same tokens. Their words are numbered in a CueVocabulary shared by every
// list, and a pitch's tokens carry those numbers (Context::cues()), so matching compares integers. A
// phrase written with a leading "=" ("=broken") matches only the word forms as written, not their lemmas.
#pragma once

#include "model/cue_phrases.hpp"
#include "model/cue_vocabulary.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace pitchclarity::model {

class PhraseList {
 public:
  PhraseList() = default;
  // Numbers the phrases' words in `vocabulary` and takes one of its list bits. The first form tokenises the
  // phrases (TokenisedCuePhrases); the second takes them tokenised, as the built-in lists are at build time.
  PhraseList(std::span<const std::string> phrases, CueVocabulary& vocabulary);
  PhraseList(CuePhraseTokens phrases, CueVocabulary& vocabulary);

  // Length in tokens of the longest phrase starting at tokens[at], or 0. Words of `skippable` (single
  // words) may stand between a phrase's words, at most two of them: "I'd [really] like to meet".
  // Inline because it is asked about twenty times per token and almost always answers 0 at the list bit: the
  // call alone cost more than the test (model 51 -> 48 us a corpus pitch).
  std::uint32_t match_at(const CueTokens& tokens, std::uint32_t at, const PhraseList* skippable = nullptr) const {
    if (at >= tokens.size() || !bit_.in(tokens.words[at].starts)) return 0;
    return match_phrases(tokens, at, skippable);
  }
  // The longest phrase ending exactly before `end` (for look-behind such as negation), or 0.
  bool ends_at(const CueTokens& tokens, std::uint32_t end, std::uint32_t window) const;
  // First position in [from, to) where a phrase starts; `to` when none. `length` gets its token count.
  std::uint32_t find(const CueTokens& tokens, std::uint32_t from, std::uint32_t to, std::uint32_t& length) const;
  // True if the word (a lemma or folded form, by its vocabulary id) is a one-word phrase of the list.
  bool contains_word(WordId word) const;
  // The same for a token's folded form, from the bits the token already carries.
  bool contains_folded(const TokenWords& token) const noexcept { return bit_.in(token.single); }
  bool empty() const noexcept { return bucket_count_ == 0; }

 private:
  std::uint32_t match_phrases(const CueTokens& tokens, std::uint32_t at, const PhraseList* skippable) const;

  // Phrases by first word (the phrase's first lemma and, where different, its first folded form), longest
  // first within each bucket. Stored flat: a bucket is a run of phrases_, a phrase a run of words_.
  struct Run {
    std::uint32_t begin = 0, end = 0;
    bool exact = false;  // a phrase written "=form": its words are folded forms, matched only as written
  };
  // A bucket by first word: open addressing over the word ids, at most half full, each slot the bucket's
  // first word and its run of phrases_ (first word kNoWord: empty). A std::unordered_map here was about a third
  // of match_phrases (its bucket array and node chain are two dependent loads per lookup).
  struct Bucket {
    WordId first = kNoWord;
    Run run;
  };
  const Run* bucket(WordId first) const noexcept {
    if (buckets_.empty() || first == kNoWord) return nullptr;
    const std::size_t mask = buckets_.size() - 1;
    for (std::size_t i = slot_of(first) & mask;; i = (i + 1) & mask) {
      if (buckets_[i].first == first) return &buckets_[i].run;
      if (buckets_[i].first == kNoWord) return nullptr;
    }
  }
  static std::size_t slot_of(WordId w) noexcept { return (w * 0x9E3779B1U) >> 7; }  // ids are dense: spread them
  std::vector<Bucket> buckets_;
  std::size_t bucket_count_ = 0;
  std::vector<Run> phrases_;
  std::vector<WordId> words_;
  std::vector<WordId> singles_;  // sorted: first words of one-word phrases' buckets
  ListBit bit_;                  // this list's bit in CueVocabulary::starts
};

}  // namespace pitchclarity::model
