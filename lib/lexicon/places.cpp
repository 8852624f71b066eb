// lexicon/places.cpp — place names (WordNet's instances of cities, countries, regions… and the curated UK,
// Irish and US lists), looked up in their normalised form (tables.hpp: place_key).
#include <array>

#include "lexicon/lexicon.hpp"
#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon {

PlaceName place_name(std::string_view folded_phrase) {
  std::array<char, 255> key{};
  const std::size_t n = detail::place_key(folded_phrase, key.data(), key.size());
  if (n == 0 || n > key.size()) return PlaceName::none;
  const std::uint32_t i = detail::find(detail::kTables.places, std::string_view(key.data(), n));
  if (i == detail::kNotFound) return PlaceName::none;
  return (detail::kTables.place_flags[i] & detail::kPlaceAlsoCommon) ? PlaceName::also_common : PlaceName::place;
}

bool is_place(std::string_view folded_phrase) { return place_name(folded_phrase) != PlaceName::none; }

}  // namespace pitchclarity::lexicon
