// row_facts.hpp — the per-pitch figures a batch row shows beside the report's own: how many findings of
// each category, and the first few distinct vague phrases.
#pragma once

#include <array>
#include <pitchclarity/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

// The finding categories of DESIGN.md plus the library's "input"; anything newer is counted as "other".
inline constexpr std::array<std::string_view, 10> kCategories{"vague",   "missing",  "jargon", "hedge", "filler",
                                                              "acronym", "sentence", "length", "input", "other"};
inline constexpr std::size_t kTopPhrasesPerPitch = 3;

struct RowFacts {
  std::array<int, kCategories.size()> counts{};
  std::vector<std::string> vague_phrases;  // distinct (ignoring case), in text order, at most kTopPhrasesPerPitch
};

RowFacts row_facts(const pitchclarity::Report& report);

}  // namespace pitchcheck
