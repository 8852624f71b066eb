// summarize_group: the figures that show where a room's pitches stand.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <pitchclarity/group.hpp>
#include <set>

namespace pitchclarity {
namespace {

constexpr std::array<std::string_view, 4> kBands{"vague", "developing", "clear", "specific"};
constexpr std::array<std::string_view, 6> kParts{"target client", "industry", "problem", "ask", "give", "offer"};

// Most pitches first, then by name: the order never depends on the input's.
void most_first(std::vector<Tally>& tallies) {
  std::stable_sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
    return a.pitches != b.pitches ? a.pitches > b.pitches : a.name < b.name;
  });
}

}  // namespace

GroupSummary summarize_group(const std::vector<GroupMember>& members, const GroupOptions& options) {
  GroupSummary s;
  s.count = members.size();
  for (int from = 0; from < 100; from += 10) s.histogram.push_back({from, from == 90 ? 100 : from + 9, 0});
  for (std::string_view band : kBands) s.bands.push_back({std::string(band), 0});
  if (members.empty()) return s;

  std::vector<int> scores;
  scores.reserve(members.size());
  std::array<std::size_t, kParts.size()> missing{};
  std::map<std::string, Tally> phrases;  // by folded text; the first spelling seen is the one shown
  long long sum = 0;
  for (const GroupMember& m : members) {
    const Report& r = m.report;
    const int score = std::clamp(r.score, 0, 100);
    scores.push_back(score);
    sum += score;
    ++s.histogram[static_cast<std::size_t>(std::min(score / 10, 9))].count;

    const std::string band(band_for(score));
    auto band_it = std::find_if(s.bands.begin(), s.bands.end(), [&](const Tally& t) { return t.name == band; });
    if (band_it == s.bands.end()) band_it = s.bands.insert(s.bands.end(), Tally{band, 0});
    ++band_it->pitches;

    const Dimensions& d = r.dimensions;
    const std::array<int, kParts.size()> levels{d.target_client.level, d.industry.level, d.problem.level,
                                                d.ask.level,           d.give.level,     d.offer.level};
    for (std::size_t i = 0; i < levels.size(); ++i) {
      if (levels[i] == 0) ++missing[i];
    }

    std::set<std::string> in_this_pitch;
    for (const Finding& f : r.findings) {
      if (f.category != "vague" || !f.span) continue;
      std::string key = phrase_key(f.span->text);
      if (!in_this_pitch.insert(key).second) continue;
      Tally& t = phrases.try_emplace(std::move(key), Tally{f.span->text, 0}).first->second;
      ++t.pitches;
    }
  }

  std::sort(scores.begin(), scores.end());
  const std::size_t n = scores.size();
  s.min = scores.front();
  s.max = scores.back();
  s.median = (scores[(n - 1) / 2] + scores[n / 2]) / 2.0;
  s.mean = std::round(10.0 * static_cast<double>(sum) / static_cast<double>(n)) / 10.0;

  for (auto& [key, tally] : phrases) s.vague_phrases.push_back(std::move(tally));
  most_first(s.vague_phrases);
  if (s.vague_phrases.size() > options.top) s.vague_phrases.resize(options.top);

  for (std::size_t i = 0; i < kParts.size(); ++i) {
    if (missing[i] > 0) s.missing_parts.push_back({std::string(kParts[i]), missing[i]});
  }
  std::stable_sort(s.missing_parts.begin(), s.missing_parts.end(),
                   [](const Tally& a, const Tally& b) { return a.pitches > b.pitches; });
  return s;
}

}  // namespace pitchclarity
