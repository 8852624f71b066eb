// gen/gen_lex.hpp — the generator's word list: WordNet's lemmas, exceptions and spellings plus the curated
// words, in memory, behind the interface morphology.hpp expects. The generated tables are written from this
// same object, which is what makes build-time and run-time lemmas identical.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/morphology.hpp"
#include "tsv.hpp"
#include "wordnet.hpp"

namespace pcgen {

using pitchclarity::lexicon::Pos;

struct GenLex {
  std::map<std::string, std::uint8_t, std::less<>> word_flags;  // single words → kNoun | … | kProperOnly
  std::array<std::map<std::string, std::string, std::less<>>, 4> exceptions;  // form → base (in that POS)
  std::map<std::string, std::string, std::less<>> overrides;                  // curated form → lemma
  std::map<std::string, std::string, std::less<>> spellings;                  // British lemma → canonical lemma

  // The Lex interface (morphology.hpp).
  std::uint8_t flags(std::string_view word) const;
  std::optional<std::string_view> exception(std::string_view word, Pos pos) const;
  std::optional<std::string_view> override_lemma(std::string_view word) const;
  std::optional<std::string_view> spelling(std::string_view word) const;
};

using Morph = pitchclarity::lexicon::detail::Morphology<GenLex>;

// WordNet's single-word lemmas with their flags, and its exception lists kept to bases that are lemmas.
void add_wordnet(const WordNet& wn, GenLex& lex);
// data/lemmas.tsv: form <TAB> lemma.
void add_lemma_overrides(const std::vector<Row>& rows, GenLex& lex);
// Pairs of WordNet lemmas that share a synset and differ by a British/American pattern, mapped to the form
// WordNet lists first; then data/spelling.tsv (british <TAB> american), which wins.
void add_spellings(const WordNet& wn, const std::vector<Row>& rows, GenLex& lex);
// A curated single word WordNet lacks becomes a noun (so its plural lemmatises) unless the morphology
// already reads it as an inflection of another word ("wells" stays the plural of "well").
void add_curated_noun(std::string_view word, bool proper, GenLex& lex);

// Lemmatises each space-separated word of a folded phrase with match_lemma.
std::string lemma_phrase(const Morph& morph, std::string_view phrase);

}  // namespace pcgen
