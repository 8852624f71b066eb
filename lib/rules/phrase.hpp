// rules/phrase.hpp — the `phrase` kind: every phrase of every phrase rule in one token-level trie.
//
// A phrase is tokenised with the same tokenizer and lemmatizer as the text, so "paying clients" matches
// "paying client", "Paying-Clients" and "PAYING CLIENTS". Matching walks the trie from each word token:
// case-insensitively (on folded forms or, by default, on lemmas), on whole tokens only, within a sentence,
// with dashes that join two words ("one-stop") transparent. A match never starts or ends inside a
// hyphenated compound ("any business-owner" does not contain "any business").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
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

  void add(const std::vector<std::string>& keys, bool by_lemma, std::uint32_t rule);
  bool empty() const noexcept { return lemma_.size() <= 1 && folded_.size() <= 1; }

  // Appends every occurrence: for each start token and rule, the longest phrase of that rule.
  void find(const text::Document& doc, std::vector<Hit>& out) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> next;
    std::vector<std::uint32_t> rules;  // phrases ending here
  };
  using Trie = std::vector<Node>;  // node 0 is the root

  static void insert(Trie& trie, const std::vector<std::string>& keys, std::uint32_t rule);
  static void walk(const Trie& trie, const text::Document& doc, std::uint32_t start, bool by_lemma,
                   std::vector<Hit>& out);

  Trie lemma_{1};
  Trie folded_{1};
};

}  // namespace pitchclarity::rules
