// gen/sectors.hpp — NAICS codes and titles (data/naics2017.tsv) and the phrases that map to them: the
// index phrases derived from the Census descriptions, overruled by the curated data/sector_phrases.tsv.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gen_lex.hpp"
#include "nouns.hpp"
#include "tsv.hpp"

namespace pcgen {

struct SectorData {
  std::vector<std::pair<std::string, std::string>> list;  // (code, title); the first `unique` are by code
  std::size_t unique = 0;
  std::map<std::string, std::uint16_t> codes;    // code (and range aliases) → entry in list
  std::map<std::string, std::uint32_t> phrases;  // lemma phrase → run in list (first << 8 | count), most specific first
};

// naics rows: code <TAB> title [<TAB> phrases separated by | [<TAB> scope]]. Sector ranges ("31-33") are
// stored under their first code ("31"), with the others ("32", "33") as aliases.
// curated rows: phrase <TAB> codes separated by commas, in the order they should be reported.
// changes rows (naics2022_changes.tsv): 2017 code <TAB> 2022 code <TAB> 2022 title; the entry takes the
// 2022 code and title and keeps the 2017 code as an alias.
// Derived phrases found under two sectors, or single words that are neither a role, a business type nor a
// sector's own title, are dropped (`nouns` gives the classes).
SectorData build_sectors(const std::vector<Row>& naics, const std::vector<Row>& changes,
                         const std::vector<Row>& curated, const GenLex& lex,
                         const std::map<std::string, NounClass>& nouns);

}  // namespace pcgen
