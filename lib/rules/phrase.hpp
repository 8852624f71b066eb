// rules/phrase.hpp — the `phrase` kind: every phrase of every phrase rule in one token-level trie.
//
// A phrase is tokenised with the same tokenizer and lemmatizer as the text, so "paying clients" matches
// "paying client", "Paying-Clients" and "PAYING CLIENTS". Matching walks the trie from each word token:
// case-insensitively (on folded forms or, by default, on lemmas), on whole tokens only, within a sentence,
// with dashes that join two words ("one-stop") transparent. A match never starts or ends inside a
// hyphenated compound ("any business-owner" does not contain "any business").
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace pitchclarity::rules {

class PhraseAutomaton {
 public:
  struct Hit {
    std::uint32_t rule = 0;
    std::uint32_t first = 0;  // token range [first, last)
    std::uint32_t last = 0;
  };

  // Tokenises `phrase` into trie keys (lemmas when `by_lemma`, else folded forms). Returns false with
  // `problem` set when the phrase has no word or does not start and end with one.
  static bool keys(std::string_view phrase, text::Lemmatizer lemmatizer, bool by_lemma, std::vector<std::string>& out,
                   std::string& problem);
  // keys() for every phrase of a rule: out[i] gets the keys of phrases[i]. Returns the index of the first
  // phrase with a problem (`problem` set), or phrases.size(). The phrases are tokenised together, one a
  // paragraph, because a Document per phrase cost most of loading the packs (cloning ICU's iterators, ~1.5 us
  // a phrase); a paragraph break ends every word and sentence, so each phrase tokenises as it does alone. A
  // phrase holding a line break of its own goes through keys() alone.
  static std::size_t keys_of_all(std::span<const std::string_view> phrases, text::Lemmatizer lemmatizer, bool by_lemma,
                                 std::vector<std::vector<std::string>>& out, std::string& problem);

  void add(const std::vector<std::string>& keys, bool by_lemma, std::uint32_t rule);
  bool empty() const noexcept { return !has_lemma_ && !has_folded_; }

  // Appends every occurrence: for each start token and rule, the longest phrase of that rule. A "*" key
  // (a phrase "any * at all") stands for any one word, number or "&" written after a space.
  void find(const text::Document& doc, std::vector<Hit>& out) const;

 private:
  // Both tries share one node space: node 0 is the root of the lemma trie, node 1 the root of the folded one.
  // Edges live in one open-addressing table keyed by (node, token key), probed with a hash computed once per
  // token and run, so walking the trie costs no string hashing and no allocation per step.
  static constexpr std::uint32_t kLemmaRoot = 0;
  static constexpr std::uint32_t kFoldedRoot = 1;
  struct Edge {
    std::uint64_t hash = 0;  // key_hash(key)
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    std::string key;
  };

  static std::uint64_t key_hash(std::string_view key) noexcept;
  static std::size_t slot_of(std::uint32_t from, std::uint64_t hash) noexcept;
  std::uint32_t child(std::uint32_t from, std::string_view key, std::uint64_t hash) const noexcept;
  void insert(std::uint32_t root, const std::vector<std::string>& keys, std::uint32_t rule);
  void grow();
  struct Walk;  // one start token's walk: the Document, the key hashes, where its hits begin
  void walk(const Walk& w, std::uint32_t node, std::uint32_t k, std::vector<Hit>& out) const;
  void reach(const Walk& w, std::uint32_t node, std::uint32_t k, std::vector<Hit>& out) const;

  std::vector<std::vector<std::uint32_t>> rules_{2};  // per node: the rules whose phrases end there
  std::vector<std::uint32_t> any_word_{0, 0};         // per node: the child for "*" (any one word), or 0
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> slots_;  // edge index + 1, 0 when empty; a power of two, at most half full
  bool has_lemma_ = false, has_folded_ = false;
};

}  // namespace pitchclarity::rules
