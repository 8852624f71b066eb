// lexicon/morphology.hpp — WordNet's morphy (exception lists, then suffix rules checked against the lemma
// index) plus possessives, British spellings and a few guards, as one template shared by the build-time
// generator and the run-time lookups (internal, never installed).
//
// Why a template: the generator lemmatises every key it writes (NAICS phrases, curated phrases, WordNet's
// multi-word lemmas) with exactly the function the analyzer later runs on text, over the same word list, so
// a key and the text that should hit it always agree. The generator instantiates it over in-memory maps, the
// library over the generated tables.
//
// A Lex provides:
//   std::uint8_t flags(std::string_view word)                       // kNoun | kVerb | … (tables.hpp), 0 if unknown
//   std::optional<std::string_view> exception(std::string_view, Pos) // first base in that POS's exception list
//   std::optional<std::string_view> override_lemma(std::string_view) // curated lemma (data/lemmas.tsv)
//   std::optional<std::string_view> spelling(std::string_view)       // canonical spelling of a lemma
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon::detail {

inline constexpr std::size_t kMaxWord = 64;  // longer tokens are not words; they come back unchanged

// A candidate form built on the stack, so trying suffix rules never allocates.
struct Candidate {
  std::array<char, kMaxWord> data{};
  std::size_t size = 0;
  bool assign(std::string_view a, std::string_view b = {}, std::string_view c = {}) noexcept {
    if (a.size() + b.size() + c.size() > data.size()) return false;
    std::size_t n = 0;
    for (std::string_view part : {a, b, c})
      for (char ch : part) data[n++] = ch;
    size = n;
    return true;
  }
  std::string_view view() const noexcept { return {data.data(), size}; }
  bool holds(std::string_view v) const noexcept {
    return v.data() >= data.data() && v.data() < data.data() + data.size();
  }
};

struct SuffixRule {
  std::string_view suffix, ending;
};
// WordNet's detachment rules (morph.c), in its order.
inline constexpr SuffixRule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                            {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
inline constexpr SuffixRule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                            {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
inline constexpr SuffixRule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
// British spellings tried, last occurrence first, on words WordNet does not know as written
// ("digitalisation"); known British lemmas ("organisation") map through the generated spelling table.
inline constexpr SuffixRule kBritishRules[] = {
    {"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ising", "izing"}, {"iser", "izer"},
    {"yse", "yze"},         {"our", "or"},  {"tre", "ter"},   {"ogue", "og"},     {"icence", "icense"},
    {"efence", "efense"},   {"mme", "m"},   {"ae", "e"},      {"oe", "e"},        {"lled", "led"},
    {"lling", "ling"},      {"ller", "ler"}};

// The letters a-z a string contains, one bit each: a respelling whose suffix needs a letter the word lacks
// cannot apply, which one AND tells without searching the word (most words meet none of kBritishRules).
inline constexpr std::uint32_t letter_mask(std::string_view s) noexcept {
  std::uint32_t mask = 0;
  for (const char c : s)
    if (c >= 'a' && c <= 'z') mask |= 1U << (c - 'a');
  return mask;
}
inline constexpr auto kBritishMasks = [] {
  std::array<std::uint32_t, std::size(kBritishRules)> masks{};
  for (std::size_t i = 0; i < masks.size(); ++i) masks[i] = letter_mask(kBritishRules[i].suffix);
  return masks;
}();

inline constexpr std::uint8_t pos_bit(Pos pos) noexcept {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(pos));
}

template <class Lex>
class Morphology {
 public:
  explicit Morphology(const Lex& lex) noexcept : lex_(lex) {}

  std::string_view lemma(std::string_view word, Pos pos, std::string& scratch) const {
    if (auto o = lex_.override_lemma(word)) return canonical(*o);  // "it's" before it loses its 's
    if (const std::string_view stripped = strip_possessive(word); stripped.size() != word.size()) {
      word = stripped;
      if (auto o = lex_.override_lemma(word)) return canonical(*o);
    }
    if (word.size() >= kMaxWord) return word;
    Candidate c;
    if (auto r = in_pos(word, pos, c)) return deliver(*r, scratch, c);
    if (auto r = hyphenated(
            word, [&](std::string_view tail, Candidate& t) { return in_pos(tail, pos, t); }, scratch))
      return *r;
    Candidate british;
    const std::uint32_t letters = letter_mask(word);
    for (std::size_t k = 0; k < std::size(kBritishRules); ++k)
      if ((kBritishMasks[k] & ~letters) == 0 && respell(word, kBritishRules[k], british))
        if (auto r = in_pos(british.view(), pos, c)) return deliver(*r, scratch, c, british);
    if (pos == Pos::noun)
      if (auto r = unknown_plural(word, c)) return deliver(*r, scratch, c);
    return word;
  }

  // Noun first, then verb, then adjective; irregular verb and adjective forms win over a noun reading only
  // when the word is not itself a noun ("found" → "find", but "saw" stays "saw").
  std::string_view match_lemma(std::string_view word, std::string& scratch) const {
    if (auto o = lex_.override_lemma(word)) return canonical(*o);  // "it's" before it loses its 's
    if (const std::string_view stripped = strip_possessive(word); stripped.size() != word.size()) {
      word = stripped;
      if (auto o = lex_.override_lemma(word)) return canonical(*o);
    }
    if (word.size() >= kMaxWord) return word;
    Candidate c;
    if (auto r = any_pos(word, c)) return deliver(*r, scratch, c);
    if (auto r = hyphenated(
            word, [&](std::string_view tail, Candidate& t) { return any_pos(tail, t); }, scratch))
      return *r;
    Candidate british;
    const std::uint32_t letters = letter_mask(word);
    for (std::size_t k = 0; k < std::size(kBritishRules); ++k)
      if ((kBritishMasks[k] & ~letters) == 0 && respell(word, kBritishRules[k], british))
        if (auto r = any_pos(british.view(), c)) return deliver(*r, scratch, c, british);
    if (auto r = unknown_plural(word, c)) return deliver(*r, scratch, c);
    return word;
  }

 private:
  static bool ends_with(std::string_view w, std::string_view s) noexcept {
    return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
  }

  // "dentist's" → "dentist", "dentists'" → "dentists" (also with a typographic apostrophe).
  static std::string_view strip_possessive(std::string_view w) noexcept {
    for (std::string_view mark : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
      if (w.size() > mark.size() + 1 && w.substr(w.size() - mark.size() - 1, mark.size()) == mark && w.back() == 's')
        return w.substr(0, w.size() - mark.size() - 1);
      if (w.size() > mark.size() && ends_with(w, mark)) return w.substr(0, w.size() - mark.size());
    }
    return w;
  }

  std::string_view canonical(std::string_view lemma) const {
    if (auto s = lex_.spelling(lemma)) return *s;
    return lemma;
  }

  // The final form, copied into scratch when it lives in one of the stack buffers.
  template <class... Buffers>
  std::string_view deliver(std::string_view result, std::string& scratch, const Buffers&... buffers) const {
    result = canonical(result);
    if (!(buffers.holds(result) || ...)) return result;
    scratch.assign(result);
    return scratch;
  }

  // An irregular form from WordNet's lists. A noun that is a lemma itself keeps its own reading: noun.exc
  // lists "dive" as the plural of "diva".
  // `flags` are lex_.flags(w), which every caller has already looked up.
  std::optional<std::string_view> exception(std::string_view w, Pos pos, std::uint8_t flags) const {
    if (pos == Pos::noun && (flags & kNoun)) return std::nullopt;
    return lex_.exception(w, pos);
  }

  static std::span<const SuffixRule> rules_for(Pos pos) noexcept {
    switch (pos) {
      case Pos::noun:
        return kNounRules;
      case Pos::verb:
        return kVerbRules;
      case Pos::adjective:
        return kAdjectiveRules;
      case Pos::adverb:
        break;
    }
    return {};
  }

  // Suffix rules checked against the index, then the word itself.
  std::optional<std::string_view> rules_or_self(std::string_view w, Pos pos, std::uint8_t flags, Candidate& c) const {
    const std::uint8_t bit = pos_bit(pos);
    if (pos == Pos::noun && (flags & kProperOnly)) return w;  // "wales" is not the plural of "wale"
    for (const SuffixRule& rule : rules_for(pos)) {
      if (!ends_with(w, rule.suffix) || w.size() <= rule.suffix.size()) continue;
      if (pos == Pos::noun && rule.suffix == "s" && ends_with(w, "ss")) continue;  // "boss" is not "bos"+s
      if (!c.assign(w.substr(0, w.size() - rule.suffix.size()), rule.ending) || c.size < 3) continue;
      const std::uint8_t f = lex_.flags(c.view());
      if ((f & bit) && !(pos == Pos::noun && (f & kProperOnly))) return c.view();
    }
    if (flags & bit) return w;
    return std::nullopt;
  }

  std::optional<std::string_view> in_pos(std::string_view w, Pos pos, Candidate& c) const {
    const std::uint8_t flags = lex_.flags(w);
    if (auto e = exception(w, pos, flags)) return e;
    return rules_or_self(w, pos, flags, c);
  }

  std::optional<std::string_view> any_pos(std::string_view w, Candidate& c) const {
    const std::uint8_t flags = lex_.flags(w);
    if (auto e = exception(w, Pos::noun, flags)) return e;
    if (!(flags & kNoun)) {
      if (auto e = exception(w, Pos::verb, flags)) return e;
      if (auto e = exception(w, Pos::adjective, flags)) return e;
    }
    for (Pos pos : {Pos::noun, Pos::verb, Pos::adjective})
      if (auto r = rules_or_self(w, pos, flags, c)) return r;
    if (auto e = exception(w, Pos::adverb, flags)) return e;
    if (flags & kAdverb) return w;
    return std::nullopt;
  }

  // "start-ups" → "start-up": the part after the last hyphen carries the inflection.
  template <class Resolve>
  std::optional<std::string_view> hyphenated(std::string_view w, Resolve resolve, std::string& scratch) const {
    const std::size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return std::nullopt;
    Candidate c;
    auto tail = resolve(w.substr(dash + 1), c);
    if (!tail) return std::nullopt;
    const std::string_view canon = canonical(*tail);
    if (canon == w.substr(dash + 1)) return std::nullopt;
    Candidate joined;
    if (!joined.assign(w.substr(0, dash + 1), canon)) return std::nullopt;
    scratch.assign(joined.view());
    return std::string_view(scratch);
  }

  static bool respell(std::string_view w, const SuffixRule& rule, Candidate& out) noexcept {
    const std::size_t at = w.rfind(rule.suffix);
    if (at == std::string_view::npos) return false;
    return out.assign(w.substr(0, at), rule.ending, w.substr(at + rule.suffix.size()));
  }

  // Plurals of words WordNet lacks ("influencers", "smes", "apps"): strip the s so text and patterns agree.
  static std::optional<std::string_view> unknown_plural(std::string_view w, Candidate& c) noexcept {
    if (w.size() < 4 || w.back() != 's') return std::nullopt;
    for (std::string_view keep : {"ss", "us", "is", "'s"})
      if (ends_with(w, keep)) return std::nullopt;
    for (char ch : w)
      if (!((ch >= 'a' && ch <= 'z') || ch == '-')) return std::nullopt;
    if (ends_with(w, "ies") && w.size() > 4) {
      if (c.assign(w.substr(0, w.size() - 3), "y")) return c.view();
      return std::nullopt;
    }
    return w.substr(0, w.size() - 1);
  }

  const Lex& lex_;
};

}  // namespace pitchclarity::lexicon::detail
