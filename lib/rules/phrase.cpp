// rules/phrase.cpp — building and walking the phrase tries.
#include "rules/phrase.hpp"

#include <algorithm>

#include "rules/token_util.hpp"

namespace pitchclarity::rules {

bool PhraseAutomaton::keys(std::string_view phrase, text::Lemmatizer lemmatizer, bool by_lemma,
                           std::vector<std::string>& out, std::string& problem) {
  out.clear();
  const auto doc = text::Document::build(phrase, lemmatizer);
  const auto tokens = doc.tokens();
  bool first_is_word = false;
  bool last_is_word = false;
  for (const auto& t : tokens) {
    if (t.shape == text::Shape::punctuation && tok::is_dash(t.folded)) continue;  // dashes are transparent
    const bool word = tok::is_word(t);
    if (out.empty()) first_is_word = word;
    last_is_word = word;
    out.emplace_back(word && by_lemma ? t.lemma : t.folded);
  }
  if (out.empty() || !first_is_word || !last_is_word) {
    problem = "a phrase must start and end with a word";
    return false;
  }
  if (doc.sentences().size() > 1) {
    problem = "a phrase cannot span sentences";
    return false;
  }
  return true;
}

void PhraseAutomaton::add(const std::vector<std::string>& keys, bool by_lemma, std::uint32_t rule) {
  insert(by_lemma ? lemma_ : folded_, keys, rule);
}

void PhraseAutomaton::insert(Trie& trie, const std::vector<std::string>& keys, std::uint32_t rule) {
  std::uint32_t node = 0;
  for (const auto& key : keys) {
    auto it = trie[node].next.find(key);
    if (it == trie[node].next.end()) {
      const auto child = static_cast<std::uint32_t>(trie.size());
      trie[node].next.emplace(key, child);
      trie.emplace_back();  // may reallocate: index, never hold references across this
      node = child;
    } else {
      node = it->second;
    }
  }
  auto& rules = trie[node].rules;
  if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
}

namespace {

// A token glued to the word before it, by a joining dash or directly ("any business-owner").
bool glued_before(std::span<const text::Token> tokens, std::size_t i) {
  if (i == 0) return false;
  if (tok::is_joining_dash(tokens, i - 1)) return true;
  return !tokens[i].space_before && tok::is_word(tokens[i - 1]);
}

bool glued_after(std::span<const text::Token> tokens, std::size_t last) {
  if (last >= tokens.size()) return false;
  if (tok::is_joining_dash(tokens, last)) return true;
  return !tokens[last].space_before && tok::is_word(tokens[last]);
}

}  // namespace

void PhraseAutomaton::walk(const Trie& trie, const text::Document& doc, std::uint32_t start, bool by_lemma,
                           std::vector<Hit>& out) {
  const auto tokens = doc.tokens();
  const auto first_hit = out.size();
  std::uint32_t node = 0;
  for (std::uint32_t k = start; k < tokens.size(); ++k) {
    const auto& t = tokens[k];
    if (k > start && tok::is_joining_dash(tokens, k)) continue;
    if (t.sentence != tokens[start].sentence) break;
    const auto key = tok::is_word(t) && by_lemma ? t.lemma : t.folded;
    const auto it = trie[node].next.find(key);
    if (it == trie[node].next.end()) break;
    node = it->second;
    if (trie[node].rules.empty() || glued_after(tokens, k + 1)) continue;
    for (const auto rule : trie[node].rules) {
      // Longer phrases come later: replace this start's earlier hit of the same rule.
      auto same = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first_hit), out.end(),
                               [&](const Hit& h) { return h.rule == rule; });
      if (same != out.end()) {
        same->last = k + 1;
      } else {
        out.push_back({rule, start, k + 1});
      }
    }
  }
}

void PhraseAutomaton::find(const text::Document& doc, std::vector<Hit>& out) const {
  const auto tokens = doc.tokens();
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (!tok::is_word(tokens[i]) || glued_before(tokens, i)) continue;
    if (lemma_.size() > 1) walk(lemma_, doc, i, true, out);
    if (folded_.size() > 1) walk(folded_, doc, i, false, out);
  }
}

}  // namespace pitchclarity::rules
