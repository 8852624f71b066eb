// gen/wordnet.hpp — the parts of WordNet 3.0 the lexicon is built from, read from Debian's wordnet-base
// files (index.*, data.noun, data.adj, *.exc, cntlist.rev). Lemmas are lower case with spaces for '_'.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pcgen {

enum PosIndex : std::size_t { kNounIx = 0, kVerbIx = 1, kAdjIx = 2, kAdvIx = 3 };

struct Synset {
  std::vector<std::string> words;          // lemmas in the synset's order (the first is WordNet's preferred)
  std::vector<bool> proper;                // the lemma is written with a capital ("Wales", "Leeds")
  std::vector<std::uint32_t> hypernyms;    // @  (nouns)
  std::vector<std::uint32_t> instance_of;  // @i (nouns)
  std::vector<bool> relational;            // an adjective lemma with a pertainym pointer ("dental" → tooth)
};

struct WordNet {
  std::array<std::unordered_map<std::uint32_t, Synset>, 4> synsets;  // by part of speech and offset
  // lemma → synset offsets in sense order (most frequent first).
  std::array<std::map<std::string, std::vector<std::uint32_t>, std::less<>>, 4> index;
  // inflected form → base forms as listed (noun.exc, verb.exc, adj.exc, adv.exc).
  std::array<std::map<std::string, std::vector<std::string>, std::less<>>, 4> exceptions;
  // (noun lemma, sense number) → times that sense was tagged in the semantic concordances.
  std::map<std::pair<std::string, int>, int> noun_sense_counts;
  // lemma → times it was tagged as each part of speech (adjective satellites count as adjectives).
  std::map<std::string, std::array<int, 4>, std::less<>> pos_counts;

  // The synset of a "lemma.n.NN" name (NLTK style); fails with `where` if there is none.
  std::uint32_t noun_synset(const std::string& name, const std::string& where) const;
};

WordNet load_wordnet(const std::string& dir);

}  // namespace pcgen
