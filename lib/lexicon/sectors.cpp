// lexicon/sectors.cpp — NAICS sectors for lemma phrases and codes (tables from data/naics2017.tsv and
// data/sector_phrases.tsv).
#include "lexicon/lexicon.hpp"
#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon {
namespace {

using detail::find;
using detail::kNotFound;
using detail::kTables;

const Sector* by_code(std::string_view code) noexcept {
  const std::uint32_t i = find(kTables.sector_codes, code);
  return i == kNotFound ? nullptr : &kTables.sector_list[kTables.sector_code_entries[i]];
}

}  // namespace

std::span<const Sector> sectors(std::string_view phrase) {
  // The whole phrase, then shorter and shorter suffixes down to the head ("boutique hotel" → "hotel").
  for (std::size_t start = 0; start < phrase.size();) {
    const std::uint32_t i = find(kTables.sector_phrases, phrase.substr(start));
    if (i != kNotFound) {
      const std::uint32_t ref = kTables.sector_refs[i];
      return {kTables.sector_list + (ref >> 8), ref & 0xffU};
    }
    const std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return {};
}

std::string_view sector_title(std::string_view code) {
  const Sector* s = by_code(code);
  return s ? s->title : std::string_view{};
}

Sector top_sector(std::string_view code) {
  if (code.size() < 2) return {};
  const Sector* s = by_code(code.substr(0, 2));
  return s ? *s : Sector{};
}

}  // namespace pitchclarity::lexicon
