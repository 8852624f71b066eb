#include "model/industry.hpp"

#include "lexicon/lexicon.hpp"
#include "model/phrase_words.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

// NAICS codes of two digits are sectors ("62 Health Care", "44 Retail Trade"): a broad sector. Three digits
// and more narrow it to something a listener can picture ("484 Truck Transportation", "6212 Dentists").
// The third sector is broad too (DESIGN: "retail, hospitality, healthcare, manufacturing, the third sector
// are 1"), though NAICS gives it three digits ("813 Religious, Grantmaking, Civic, Professional, and Similar
// Organizations"); its narrower codes are not.
int level_of(std::string_view code) { return code.size() >= 3 && code != "813" ? 2 : 1; }

// Word `i` modifies a following head into a role: "finance director", "operations manager".
bool modifies_role(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i + 1)) return false;
  const auto info = lexicon::classify(join_lemmas(ctx, i, i + 2));
  return info && info->kind == lexicon::Kind::role;
}

// A named client is usually placed by an appositive: "Marcus Adeyemi, the practice manager at Crookes
// Valley Surgery", "Simon Ashworth, … at the Wolds Inn Collection, which is six country-house hotels". The
// name has no sector of its own, so the words after it up to the end of the thought say where they work.
// Stops at a full stop, dash, semicolon or bracket: what follows is the speaker talking again.
void appositive_sectors(const Context& ctx, TokenRange name, std::vector<std::string>& codes,
                        std::vector<TokenRange>& evidence) {
  constexpr std::uint32_t kWindow = 24;
  if (name.last >= ctx.size()) return;
  const std::uint32_t sentence = ctx[name.last - 1].sentence;
  const std::uint32_t limit = std::min<std::uint32_t>(ctx.size(), name.last + kWindow);
  // An organisation's own name often says its trade ("the regeneration team at Calderdale Council"); a
  // person's seldom does ("Sarah Baker"), so the name's words are read only after "at" ("at the Royal Derby
  // Hospital").
  const bool organisation = (name.first > 0 && ctx.is(name.first - 1, "at")) ||
                            (name.first > 1 && ctx.is(name.first - 1, "the") && ctx.is(name.first - 2, "at"));
  // A broad sector is kept only when nothing narrower follows: in "the information governance lead at Powys
  // County Council" the council says more than "information".
  std::vector<std::string> broad_codes;
  TokenRange broad_evidence;
  for (std::uint32_t i = organisation ? name.first : name.last; i < limit && ctx[i].sentence == sentence; ++i) {
    if (ctx[i].shape == text::Shape::punctuation) {
      const std::string_view f = ctx[i].folded;
      if (f != "," && f != "&" && f != "-" && f != "'" && f != "\xE2\x80\x99") break;
      continue;
    }
    if (!ctx.is_word(i)) continue;
    // The longest phrase ending here first ("country-house hotel" before "hotel"); sectors() itself falls
    // back to shorter suffixes.
    const std::uint32_t first = organisation ? name.first : name.last;
    const std::uint32_t from = i >= first + 2 ? i - 2 : first;
    auto found = lexicon::sectors(join_lemmas(ctx, from, i + 1));
    // A capitalised word in a firm's name says what the firm is: "Fenland Water plc" is a water company.
    if (found.empty() && ctx[i].capitalised && !ctx.capitals_meaningless() && !ctx.sentence_initial(i)) {
      found = lexicon::sectors(std::string(ctx[i].lemma) + " company");
    }
    if (found.empty()) continue;
    // "the finance director at …": a cross-sector function names a broad sector, not the client's.
    const bool broad = std::all_of(found.begin(), found.end(), [](const auto& s) { return s.code.size() < 3; });
    if (broad && modifies_role(ctx, i)) continue;
    if (broad) {
      if (broad_codes.empty()) {
        for (const auto& s : found) broad_codes.emplace_back(s.code);
        broad_evidence = {from, i + 1};
      }
      continue;
    }
    for (const auto& s : found) codes.emplace_back(s.code);
    evidence.push_back({from, i + 1});
    return;
  }
  if (broad_codes.empty()) return;
  codes.insert(codes.end(), broad_codes.begin(), broad_codes.end());
  evidence.push_back(broad_evidence);
}

}  // namespace

IndustryFinding find_industry(const Context& ctx, const TargetResult& targets) {
  IndustryFinding r;
  std::vector<std::string> codes;
  for (const Mention& m : targets.mentions) {
    if (m.facts.sector_codes.empty()) {
      if (m.facts.level == 4 && !m.facts.names.empty()) appositive_sectors(ctx, m.facts.best.empty() ? m.facts.range : m.facts.best, codes, r.evidence);
      continue;
    }
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
