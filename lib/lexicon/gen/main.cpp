// gen/main.cpp — pc_lexicon_gen: reads WordNet 3.0, the NAICS data and the curated files under
// lib/lexicon/data, and writes lexicon_tables.cpp. Run by the build (lib/lexicon/sources.cmake); any
// malformed input line stops it with file:line and a non-zero exit.
//
//   pc_lexicon_gen --wordnet /usr/share/wordnet --data lib/lexicon/data --out lexicon_tables.cpp
//                  [--dump nouns.tsv]   (every stored noun with its class, for reviewing the data)
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "emit.hpp"
#include "gen_lex.hpp"
#include "nouns.hpp"
#include "sectors.hpp"
#include "tsv.hpp"
#include "wordnet.hpp"

namespace {

using namespace pcgen;

const char* const kPlaceFiles[] = {"places_uk.txt", "places_ie.txt", "places_us.txt"};

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::generic:
      return "generic";
    case Kind::broad_group:
      return "broad";
    case Kind::role:
      return "role";
    case Kind::business_type:
      return "business";
    case Kind::place:
      return "place";
    case Kind::other:
      return "other";
  }
  return "?";
}

int run(int argc, char** argv) {
  const auto start = std::chrono::steady_clock::now();
  std::string wordnet_dir, data_dir, out, dump;
  for (int i = 1; i < argc; i += 2) {
    const std::string flag = argv[i];
    std::string* target = flag == "--wordnet" ? &wordnet_dir
                          : flag == "--data"  ? &data_dir
                          : flag == "--out"   ? &out
                          : flag == "--dump"  ? &dump
                                              : nullptr;
    if (!target || i + 1 >= argc) fail("pc_lexicon_gen", "unknown or incomplete option " + flag);
    *target = argv[i + 1];
  }
  if (wordnet_dir.empty() || data_dir.empty() || out.empty())
    fail("pc_lexicon_gen", "usage: pc_lexicon_gen --wordnet DIR --data DIR --out FILE [--dump FILE]");
  const std::string data = data_dir + "/";

  const WordNet wn = load_wordnet(wordnet_dir);
  const auto overrides = read_tsv(data + "overrides.tsv", 2, 3);
  std::vector<Row> places;
  for (const char* file : kPlaceFiles)
    for (Row& row : read_tsv(data + file, 1, 1)) places.push_back(std::move(row));

  GenLex lex;
  add_wordnet(wn, lex);
  add_lemma_overrides(read_tsv(data + "lemmas.tsv", 2, 2), lex);
  add_spellings(wn, read_tsv(data + "spelling.tsv", 2, 2), lex);
  for (const Row& row : overrides)  // before any key is lemmatised, so "smes" and "sme" agree everywhere
    add_curated_noun(row.fields[0], false, lex);
  for (const Row& row : places) add_curated_noun(row.fields[0], true, lex);

  NounData nouns = classify_wordnet(wn, read_tsv(data + "classes.tsv", 4, 4), lex);
  apply_overrides(overrides, lex, nouns);
  add_curated_places(places, lex, nouns);
  prune(nouns);

  const Morph morph(lex);
  std::set<std::string> broad, neutral;
  for (const Row& row : read_tsv(data + "modifiers.tsv", 2, 2)) {
    const std::string key = lemma_phrase(morph, row.fields[0]);
    if (row.fields[1] != "broaden" && row.fields[1] != "neutral") fail(row.where(), "expected broaden or neutral");
    if (broad.count(key) || neutral.count(key))
      fail(row.where(), "'" + row.fields[0] + "' repeats an earlier word (as " + key + ")");
    (row.fields[1] == "broaden" ? broad : neutral).insert(key);
  }

  const SectorData sectors =
      build_sectors(read_tsv(data + "naics2017.tsv", 2, 4), read_tsv(data + "naics2022_changes.tsv", 3, 3),
                    read_tsv(data + "sector_phrases.tsv", 2, 2), lex, nouns.nouns);
  const EmitStats stats = write_tables(Inputs{lex, nouns, sectors, broad, neutral}, out);

  std::size_t per_kind[6] = {};
  for (const auto& [key, c] : nouns.nouns) ++per_kind[static_cast<std::size_t>(c.kind)];
  if (!dump.empty()) {
    std::ofstream file(dump);
    for (const auto& [key, c] : nouns.nouns)
      file << key << '\t' << kind_name(c.kind) << '\t' << +static_cast<int>(c.head) << '\t' << +c.depth << '\n';
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "pc_lexicon_gen: %zu word keys; nouns: %zu generic, %zu broad, %zu role, %zu business, %zu place, "
      "%zu other; %zu place names; %zu spellings; %zu sector phrases over %zu codes; %zu table bytes; "
      "%.2f s\n",
      stats.word_keys, per_kind[0], per_kind[1], per_kind[2], per_kind[3], per_kind[4], per_kind[5],
      nouns.places.size(), lex.spellings.size(), sectors.phrases.size(), sectors.unique, stats.table_bytes, seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return run(argc, argv); }
