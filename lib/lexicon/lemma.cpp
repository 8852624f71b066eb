// lexicon/lemma.cpp — lemma() and match_lemma(): the shared morphology (morphology.hpp) over the generated
// tables. match_lemma() first looks the word up in the generated word-form table, which holds the
// morphology's answer for every form of the lexicon's words; other words (names, typos, hyphenated compounds,
// possessives) go through the morphology, a handful of hash probes in static data. Allocates only when the
// result is a form built from pieces (then into the caller's scratch).
#include "lexicon/lexicon.hpp"
#include "lexicon/morphology.hpp"
#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon {
namespace {

using detail::find;
using detail::kNotFound;
using detail::kTables;

std::optional<std::string_view> pooled_value(const detail::KeyTable& keys, const std::uint32_t* values,
                                             std::string_view word) noexcept {
  const std::uint32_t i = find(keys, word);
  if (i == kNotFound) return std::nullopt;
  return detail::pooled(kTables.pool, values[i]);
}

// The generated tables seen through the interface morphology.hpp expects.
struct TableLex {
  std::uint8_t flags(std::string_view word) const noexcept {
    const std::uint32_t i = find(kTables.words, word);
    return i == kNotFound ? 0 : kTables.flags[i];
  }
  std::optional<std::string_view> exception(std::string_view word, Pos pos) const noexcept {
    const auto p = static_cast<std::size_t>(pos);
    return pooled_value(kTables.exceptions[p], kTables.exception_values[p], word);
  }
  std::optional<std::string_view> override_lemma(std::string_view word) const noexcept {
    return pooled_value(kTables.overrides, kTables.override_values, word);
  }
  std::optional<std::string_view> spelling(std::string_view word) const noexcept {
    return pooled_value(kTables.spellings, kTables.spelling_values, word);
  }
};

constexpr TableLex kLex{};

}  // namespace

std::string_view lemma(std::string_view folded, Pos pos, std::string& scratch) {
  return detail::Morphology<TableLex>(kLex).lemma(folded, pos, scratch);
}

std::string_view match_lemma(std::string_view folded, std::string& scratch) {
  if (const std::uint32_t i = find(kTables.forms, folded); i != kNotFound) {
    const std::uint32_t value = kTables.form_lemmas[i];
    if ((value & 0xffU) != 0) return detail::pooled(kTables.pool, value);
    return folded.substr(0, folded.size() - (value >> 8));
  }
  return detail::match_lemma_by_rules(folded, scratch);
}

namespace detail {

std::string_view match_lemma_by_rules(std::string_view folded, std::string& scratch) {
  return Morphology<TableLex>(kLex).match_lemma(folded, scratch);
}

}  // namespace detail

}  // namespace pitchclarity::lexicon
