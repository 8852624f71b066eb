#include "row_facts.hpp"

#include <unicode/unistr.h>

#include <algorithm>

namespace pitchcheck {

std::string fold(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

RowFacts row_facts(const pitchclarity::Report& report) {
  RowFacts facts;
  std::vector<std::string> seen;
  for (const pitchclarity::Finding& f : report.findings) {
    const auto at = std::find(kCategories.begin(), kCategories.end() - 1, f.category);
    ++facts.counts[static_cast<std::size_t>(at - kCategories.begin())];
    if (f.category != "vague" || !f.span || facts.vague_phrases.size() == kTopPhrasesPerPitch) continue;
    std::string key = fold(f.span->text);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    facts.vague_phrases.push_back(f.span->text);
  }
  return facts;
}

}  // namespace pitchcheck
