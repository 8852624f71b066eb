// text/lemma_cache.hpp — lemmas known before a text is read: folded form → what the lemmatizer returns.
//
// Lemmatising a word costs about ten lookups in the lexicon's tables, and was the largest single cost of
// building a Document. The Analyzer fills one cache while it tokenises its own cue lists (with the same
// lemmatizer), and Document::build looks each new word up here before calling the lemmatizer: most words
// of a pitch are words the cue lists also use. Filled once, then only read, so one cache is shared by every
// thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::text {

class LemmaCache {
 public:
  // `lemma` must be what the lemmatizer gives for `folded`. A folded form added twice keeps the first.
  void add(std::string_view folded, std::string_view lemma);
  // The lemma of `folded`, or nullopt when it is not cached. The view lives as long as the cache, unchanged.
  std::optional<std::string_view> find(std::string_view folded) const noexcept;
  std::size_t size() const noexcept { return entries_.size(); }

 private:
  struct Entry {
    std::uint32_t hash = 0;
    std::uint32_t folded_at = 0, folded_len = 0;
    std::uint32_t lemma_at = 0, lemma_len = 0;
  };
  static std::uint32_t hash(std::string_view s) noexcept;
  std::string_view folded_of(const Entry& e) const noexcept { return {pool_.data() + e.folded_at, e.folded_len}; }
  void place(std::uint32_t index);

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // open addressing, at most half full: entry index + 1, 0 when empty
  std::string pool_;                  // folded forms and lemmas (offsets, so growing it moves nothing)
};

}  // namespace pitchclarity::text
