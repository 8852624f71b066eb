// gen/nouns.hpp — noun classes (generic, broad, role, business type, place, other) for every WordNet noun,
// from the hypernym roots in data/classes.tsv, then the curated data/overrides.tsv; and the place names.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gen_lex.hpp"
#include "lexicon/tables.hpp"
#include "tsv.hpp"
#include "wordnet.hpp"

namespace pcgen {

using pitchclarity::lexicon::Kind;
using pitchclarity::lexicon::detail::HeadMode;

struct NounClass {
  Kind kind = Kind::other;
  HeadMode head = HeadMode::self;
  std::uint8_t depth = 0;  // WordNet hypernym depth of the first sense (0 when curated)
};

struct NounData {
  std::map<std::string, NounClass> nouns;      // lemma phrase → class, as stored
  std::map<std::string, std::uint8_t> places;  // place_key(name) → kPlace* flags
};

// classes.tsv rows: synset <TAB> kind of the synset <TAB> kind of its hyponyms <TAB> kind of its instances.
NounData classify_wordnet(const WordNet& wn, const std::vector<Row>& classes, const GenLex& lex);

// overrides.tsv rows: phrase <TAB> kind [<TAB> head mode]. The curated words win over WordNet's classes.
void apply_overrides(const std::vector<Row>& rows, const GenLex& lex, NounData& data);

// places_*.txt rows: one folded place name each. Adds them to the place table and, where the name is not an
// ordinary word, to the nouns as places.
void add_curated_places(const std::vector<Row>& rows, const GenLex& lex, NounData& data);

// Drops multi-word "other" nouns whose longest stored suffix ("floor" for "shop floor") is "other" with no
// head mode: the fallback in classify() already gives the same answer, so storing them would only cost space.
void prune(NounData& data);

Kind parse_kind(const std::string& text, const Row& row);

}  // namespace pcgen
