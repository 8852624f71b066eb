#include "row_facts.hpp"

#include <pitchclarity/group.hpp>

#include <algorithm>

namespace pitchcheck {

RowFacts row_facts(const pitchclarity::Report& report) {
  RowFacts facts;
  std::vector<std::string> seen;
  for (const pitchclarity::Finding& f : report.findings) {
    const auto at = std::find(kCategories.begin(), kCategories.end() - 1, f.category);
    ++facts.counts[static_cast<std::size_t>(at - kCategories.begin())];
    if (f.category != "vague" || !f.span || facts.vague_phrases.size() == kTopPhrasesPerPitch) continue;
    std::string key = pitchclarity::phrase_key(f.span->text);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    facts.vague_phrases.push_back(f.span->text);
  }
  return facts;
}

}  // namespace pitchcheck
