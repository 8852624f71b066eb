#include "model/industry.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

// NAICS codes of two or three digits are sectors and subsectors ("62 Health Care", "722 Food Services"):
// a broad sector. Four digits and more name an industry group a listener can picture.
int level_of(std::string_view code) { return code.size() >= 4 ? 2 : 1; }

}  // namespace

IndustryFinding find_industry(const Context& ctx, const TargetResult& targets) {
  IndustryFinding r;
  std::vector<std::string> codes;
  for (const Mention& m : targets.mentions) {
    if (m.facts.sector_codes.empty()) continue;
    for (const std::string& c : m.facts.sector_codes) codes.push_back(c);
    r.evidence.push_back(m.facts.best.empty() ? m.facts.range : m.facts.best);
  }
  // "in the hospitality sector", "across retail": sector words after "in"/"across" anywhere.
  for (std::uint32_t i = 0; i + 1 < ctx.size(); ++i) {
    const std::string_view f = ctx[i].folded;
    if (f != "sector" && f != "industry" && f != "trade" && f != "space" && f != "market") continue;
    for (std::uint32_t k = i > 3 ? i - 3 : 0; k < i; ++k) {
      if (!ctx.is_word(k)) continue;
      const auto s = lexicon::sectors(ctx[k].lemma);
      if (s.empty()) continue;
      codes.emplace_back(s.front().code);
      r.evidence.push_back({k, i + 1});
      break;
    }
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  // Most specific first; drop a code that a more specific one already refines.
  std::sort(codes.begin(), codes.end(), [](const auto& a, const auto& b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
  std::vector<std::string> kept;
  for (const std::string& c : codes) {
    const bool refined = std::any_of(kept.begin(), kept.end(), [&](const std::string& k) { return k.rfind(c, 0) == 0; });
    if (!refined) kept.push_back(c);
  }
  for (const std::string& c : kept) {
    r.level = std::max(r.level, level_of(c));
    const std::string_view title = lexicon::sector_title(c);
    if (r.sectors.size() < 3) r.sectors.push_back({c, std::string(title.empty() ? "NAICS " + c : title)});
  }
  return r;
}

}  // namespace pitchclarity::model
