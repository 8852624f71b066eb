// gen/gen_lex.cpp — building the generator's word list (see gen_lex.hpp).
#include "gen_lex.hpp"

#include <algorithm>
#include <set>

namespace pcgen {
namespace {

namespace d = pitchclarity::lexicon::detail;

template <class Map>
std::optional<std::string_view> lookup(const Map& map, std::string_view key) {
  auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return std::string_view(it->second);
}

bool is_single_word(std::string_view s) { return !s.empty() && s.find(' ') == std::string_view::npos; }

// Spelling variants: either side may be the British one; WordNet's synset order decides the canonical.
const std::pair<std::string_view, std::string_view> kVariantPatterns[] = {
    {"isation", "ization"}, {"ise", "ize"},    {"yse", "yze"}, {"our", "or"}, {"tre", "ter"}, {"ogue", "og"},
    {"ence", "ense"},       {"mme", "m"},      {"ae", "e"},    {"oe", "e"},   {"ll", "l"},    {"dgement", "dgment"},
    {"eing", "ing"},        {"eable", "able"}, {"que", "ck"},  {"ice", "ise"}};

std::vector<std::string> variants(const std::string& word) {
  std::vector<std::string> out;
  for (auto [a, b] : kVariantPatterns) {
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      std::string all;  // every occurrence replaced ("colourisation" → "colorization")
      std::size_t done = 0;
      bool any = false;
      for (std::size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + from.size())) {
        out.push_back(word.substr(0, at) + std::string(to) + word.substr(at + from.size()));  // this one only
        all += word.substr(done, at - done);
        all += to;
        done = at + from.size();
        any = true;
      }
      all += word.substr(std::min(done, word.size()));
      if (any) out.push_back(all);
    }
  }
  return out;
}

}  // namespace

std::uint8_t GenLex::flags(std::string_view word) const {
  auto it = word_flags.find(word);
  return it == word_flags.end() ? 0 : it->second;
}
std::optional<std::string_view> GenLex::exception(std::string_view word, Pos pos) const {
  return lookup(exceptions[static_cast<std::size_t>(pos)], word);
}
std::optional<std::string_view> GenLex::override_lemma(std::string_view word) const { return lookup(overrides, word); }
std::optional<std::string_view> GenLex::spelling(std::string_view word) const { return lookup(spellings, word); }

void add_wordnet(const WordNet& wn, GenLex& lex) {
  const std::uint8_t bits[] = {d::kNoun, d::kVerb, d::kAdjective, d::kAdverb};
  for (std::size_t pos = 0; pos < 4; ++pos) {
    for (const auto& [lemma, offsets] : wn.index[pos]) {
      if (!is_single_word(lemma)) continue;
      std::uint8_t& f = lex.word_flags[lemma];
      f |= bits[pos];
      if (pos != kNounIx && pos != kAdjIx) continue;
      bool all_proper = true;
      for (std::uint32_t off : offsets) {
        auto it = wn.synsets[pos].find(off);
        if (it == wn.synsets[pos].end())
          fail("index." + std::string(pos == kNounIx ? "noun" : "adj"),
               "lemma '" + lemma + "' points at a missing synset");
        const Synset& s = it->second;
        for (std::size_t w = 0; w < s.words.size(); ++w) {
          if (s.words[w] != lemma) continue;
          if (!s.proper[w]) all_proper = false;
          if (pos == kAdjIx && s.relational[w]) f |= d::kRelational;
        }
      }
      if (pos == kNounIx && all_proper) f |= d::kProperOnly;
    }
  }
  for (std::size_t pos = 0; pos < 4; ++pos) {
    for (const auto& [form, bases] : wn.exceptions[pos]) {
      for (const std::string& base : bases) {
        if (lex.flags(base) & bits[pos]) {
          lex.exceptions[pos].emplace(form, base);
          break;
        }
      }
    }
  }
}

void add_lemma_overrides(const std::vector<Row>& rows, GenLex& lex) {
  for (const Row& row : rows) {
    if (lower(row.fields[0]) != row.fields[0] || lower(row.fields[1]) != row.fields[1])
      fail(row.where(), "lemma overrides are written in lower case");
    if (!lex.overrides.emplace(row.fields[0], row.fields[1]).second)
      fail(row.where(), "duplicate form " + row.fields[0]);
  }
}

void add_spellings(const WordNet& wn, const std::vector<Row>& rows, GenLex& lex) {
  std::map<std::string, std::string> derived;
  for (std::size_t pos = 0; pos < 4; ++pos) {
    if (wn.synsets[pos].empty()) continue;
    for (const auto& [word, offsets] : wn.index[pos]) {
      if (!is_single_word(word)) continue;
      const std::set<std::uint32_t> mine(offsets.begin(), offsets.end());
      for (const std::string& other : variants(word)) {
        auto it = wn.index[pos].find(other);
        if (it == wn.index[pos].end()) continue;
        for (std::uint32_t off : it->second) {
          if (!mine.count(off)) continue;
          const Synset& s = wn.synsets[pos].at(off);
          std::size_t mine_at = s.words.size(), other_at = s.words.size();
          for (std::size_t w = 0; w < s.words.size(); ++w) {
            if (s.words[w] == word) mine_at = w;
            if (s.words[w] == other) other_at = w;
          }
          if (other_at < mine_at) derived.emplace(word, other);  // the other spelling is WordNet's preferred
          break;
        }
      }
    }
  }
  for (const auto& [from, to] : derived) {  // a pair preferred both ways across parts of speech: keep neither
    auto back = derived.find(to);
    if (back != derived.end() && back->second == from) continue;
    lex.spellings.emplace(from, to);
  }
  for (const Row& row : rows) {
    if (row.fields[0] == row.fields[1]) fail(row.where(), "a spelling that maps to itself");
    lex.spellings[row.fields[0]] = row.fields[1];
  }
  for (auto& [from, to] : lex.spellings) {  // follow chains so one lookup gives the final form
    for (int hops = 0; hops < 4; ++hops) {
      auto next = lex.spellings.find(to);
      if (next == lex.spellings.end() || next->second == from) break;
      to = next->second;
    }
  }
}

void add_curated_noun(std::string_view word, bool proper, GenLex& lex) {
  if (!is_single_word(word) || lex.flags(word) != 0) return;
  std::string scratch;
  if (Morph(lex).match_lemma(word, scratch) != word) return;
  lex.word_flags.emplace(std::string(word), proper ? (d::kNoun | d::kProperOnly) : d::kNoun);
}

std::string lemma_phrase(const Morph& morph, std::string_view phrase) {
  std::string out, scratch;
  for (std::string_view word : split_words(phrase)) {
    if (!out.empty()) out += ' ';
    out += morph.match_lemma(word, scratch);
  }
  return out;
}

}  // namespace pcgen
