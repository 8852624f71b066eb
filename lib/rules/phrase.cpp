// rules/phrase.cpp — building and walking the phrase tries.
#include "rules/phrase.hpp"

#include <algorithm>

#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

// The keys of one phrase from its tokens (all of them, in order); false with `problem` set as keys() says.
bool keys_of_tokens(std::span<const text::Token> tokens, bool by_lemma, std::vector<std::string>& out,
                    std::string& problem) {
  out.clear();
  bool first_is_word = false;
  bool last_is_word = false;
  for (const auto& t : tokens) {
    if (t.shape == text::Shape::punctuation && tok::is_dash(t.folded)) continue;  // dashes are transparent
    const bool word = tok::is_word(t);
    if (out.empty()) first_is_word = word;
    last_is_word = word;
    out.emplace_back(word && by_lemma ? t.lemma : t.folded);
  }
  // A closing "%" counts as a word: "110%" is a phrase as "110 per cent" is.
  if (!last_is_word && !out.empty() && out.back() == "%") last_is_word = true;
  if (out.empty() || !first_is_word || !last_is_word) {
    problem = "a phrase must start and end with a word";
    return false;
  }
  for (const auto& t : tokens) {
    if (t.sentence != tokens.front().sentence) {
      problem = "a phrase cannot span sentences";
      return false;
    }
  }
  return true;
}

// Line ends as the text layer counts lines (LF, CR) or joins wrapped lines (also NEL, LS, PS).
bool has_line_break(std::string_view s) {
  return s.find_first_of("\n\r") != std::string_view::npos || s.find("\xC2\x85") != std::string_view::npos ||
         s.find("\xE2\x80\xA8") != std::string_view::npos || s.find("\xE2\x80\xA9") != std::string_view::npos;
}

}  // namespace

bool PhraseAutomaton::keys(std::string_view phrase, text::Lemmatizer lemmatizer, bool by_lemma,
                           std::vector<std::string>& out, std::string& problem) {
  const auto doc = text::Document::build(phrase, lemmatizer);
  return keys_of_tokens(doc.tokens(), by_lemma, out, problem);
}

std::size_t PhraseAutomaton::keys_of_all(std::span<const std::string_view> phrases, text::Lemmatizer lemmatizer,
                                         bool by_lemma, std::vector<std::vector<std::string>>& out,
                                         std::string& problem) {
  out.assign(phrases.size(), {});
  // Phrase i of the batch on line 2i + 1, a blank line after each.
  std::string joined;
  std::vector<std::size_t> batched;  // phrase indices, in line order
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (has_line_break(phrases[i])) continue;
    batched.push_back(i);
    joined.append(phrases[i]);
    joined.append("\n\n");
  }
  const auto doc = text::Document::build(joined, lemmatizer);
  const auto tokens = doc.tokens();
  std::vector<std::span<const text::Token>> tokens_of(phrases.size());
  bool lines_as_placed = true;  // every token on a phrase's line; anything else would be a bug, not data
  for (std::size_t first = 0; first < tokens.size() && lines_as_placed;) {
    std::size_t last = first;
    while (last < tokens.size() && tokens[last].line == tokens[first].line) ++last;
    const std::size_t k = (tokens[first].line - 1) / 2;
    lines_as_placed = tokens[first].line % 2 == 1 && k < batched.size();
    if (lines_as_placed) tokens_of[batched[k]] = tokens.subspan(first, last - first);
    first = last;
  }
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const bool alone = !lines_as_placed || has_line_break(phrases[i]);
    const bool ok = alone ? keys(phrases[i], lemmatizer, by_lemma, out[i], problem)
                          : keys_of_tokens(tokens_of[i], by_lemma, out[i], problem);
    if (!ok) return i;
  }
  return phrases.size();
}

void PhraseAutomaton::add(const std::vector<std::string>& keys, bool by_lemma, std::uint32_t rule) {
  insert(by_lemma ? kLemmaRoot : kFoldedRoot, keys, rule);
  if (!keys.empty()) (by_lemma ? has_lemma_ : has_folded_) = true;
}

std::uint64_t PhraseAutomaton::key_hash(std::string_view key) noexcept {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a: keys are short words
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::size_t PhraseAutomaton::slot_of(std::uint32_t from, std::uint64_t hash) noexcept {
  std::uint64_t h = hash ^ (static_cast<std::uint64_t>(from) * 0x9E3779B97F4A7C15ULL);
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return static_cast<std::size_t>(h);
}

std::uint32_t PhraseAutomaton::child(std::uint32_t from, std::string_view key, std::uint64_t hash) const noexcept {
  if (slots_.empty()) return 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(from, hash) & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = slots_[i];
    if (slot == 0) return 0;  // no edge: 0 is a root, never a child
    const Edge& e = edges_[slot - 1];
    if (e.hash == hash && e.from == from && e.key == key) return e.to;
  }
}

void PhraseAutomaton::grow() {
  slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = 0; k < edges_.size(); ++k) {
    std::size_t i = slot_of(edges_[k].from, edges_[k].hash) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::uint32_t>(k + 1);
  }
}

void PhraseAutomaton::insert(std::uint32_t root, const std::vector<std::string>& keys, std::uint32_t rule) {
  std::uint32_t node = root;
  for (const auto& key : keys) {
    if (key == "*") {  // any one word: not an edge, walk() tries it beside the token's own edge
      if (any_word_[node] == 0) {
        any_word_[node] = static_cast<std::uint32_t>(rules_.size());
        rules_.emplace_back();
        any_word_.push_back(0);
      }
      node = any_word_[node];
      continue;
    }
    const std::uint64_t hash = key_hash(key);
    std::uint32_t next = child(node, key, hash);
    if (next == 0) {
      next = static_cast<std::uint32_t>(rules_.size());
      rules_.emplace_back();
      any_word_.push_back(0);
      edges_.push_back({hash, node, next, key});
      if (2 * edges_.size() > slots_.size()) {
        grow();  // re-inserts every edge, the new one included
      } else {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = slot_of(node, hash) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = static_cast<std::uint32_t>(edges_.size());
      }
    }
    node = next;
  }
  auto& rules = rules_[node];
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

namespace {

// A word a "*" key stands for: as the regex class [\w&']+ after whitespace that the phrase replaced.
bool fills_gap(const text::Token& t) { return t.space_before && (tok::is_word(t) || t.folded == "&"); }

}  // namespace

struct PhraseAutomaton::Walk {
  const text::Document& doc;
  std::uint32_t start;
  bool by_lemma;
  std::span<const std::uint64_t> lemma_hash;
  std::span<const std::uint64_t> folded_hash;
  std::size_t first_hit;  // this start's hits are out[first_hit..]
};

void PhraseAutomaton::reach(const Walk& w, std::uint32_t node, std::uint32_t k, std::vector<Hit>& out) const {
  if (rules_[node].empty() || glued_after(w.doc.tokens(), k + 1)) return;
  for (const auto rule : rules_[node]) {
    // One hit per start and rule, the longest: walks through "*" may reach a shorter phrase later.
    auto same = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(w.first_hit), out.end(),
                             [&](const Hit& h) { return h.rule == rule; });
    if (same != out.end()) {
      same->last = std::max(same->last, k + 1);
    } else {
      out.push_back({rule, w.start, k + 1});
    }
  }
}

void PhraseAutomaton::walk(const Walk& w, std::uint32_t node, std::uint32_t k, std::vector<Hit>& out) const {
  const auto tokens = w.doc.tokens();
  for (; k < tokens.size(); ++k) {
    const auto& t = tokens[k];
    if (k > w.start && tok::is_joining_dash(tokens, k)) continue;
    if (t.sentence != tokens[w.start].sentence) break;
    if (const auto gap = any_word_[node]; gap != 0 && fills_gap(t)) {
      reach(w, gap, k, out);
      walk(w, gap, k + 1, out);
    }
    const bool lemma_key = tok::is_word(t) && w.by_lemma;
    node = child(node, lemma_key ? t.lemma : t.folded, w.by_lemma ? w.lemma_hash[k] : w.folded_hash[k]);
    if (node == 0) break;
    reach(w, node, k, out);
  }
}

void PhraseAutomaton::find(const text::Document& doc, std::vector<Hit>& out) const {
  if (empty()) return;
  const auto tokens = doc.tokens();
  // Each token's key hashes, once: the walks from neighbouring starts visit the same tokens again.
  std::vector<std::uint64_t> hashes(2 * tokens.size());
  const std::span<std::uint64_t> folded_hash(hashes.data(), tokens.size());
  const std::span<std::uint64_t> lemma_hash(hashes.data() + tokens.size(), tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    folded_hash[i] = key_hash(t.folded);
    lemma_hash[i] = tok::is_word(t) && t.lemma != t.folded ? key_hash(t.lemma) : folded_hash[i];
  }
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (!tok::is_word(tokens[i]) || glued_before(tokens, i)) continue;
    if (has_lemma_) walk({doc, i, true, lemma_hash, folded_hash, out.size()}, kLemmaRoot, i, out);
    if (has_folded_) walk({doc, i, false, lemma_hash, folded_hash, out.size()}, kFoldedRoot, i, out);
  }
}

}  // namespace pitchclarity::rules
