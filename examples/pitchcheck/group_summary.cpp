#include "group_summary.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <pitchclarity/group.hpp>
#include <set>

#include "row_facts.hpp"

namespace pitchcheck {
namespace {

constexpr std::array<std::string_view, 6> kParts{"target client", "industry", "problem", "ask", "give", "offer"};
constexpr std::array<std::string_view, 4> kBandOrder{"vague", "developing", "clear", "specific"};

double one_decimal(double x) { return std::round(x * 10.0) / 10.0; }

}  // namespace

void GroupSummary::add(const pitchclarity::Report& report) {
  ++scored_;
  const int score = std::clamp(report.score, 0, 100);
  ++scores_[static_cast<std::size_t>(score)];
  score_sum_ += static_cast<std::uint64_t>(score);
  ++bands_[report.band];

  const auto& d = report.dimensions;
  const std::array<int, 6> levels{d.target_client.level, d.industry.level, d.problem.level,
                                  d.ask.level,           d.give.level,     d.offer.level};
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] == 0) ++level_zero_[i];
  }

  std::set<std::string> in_this_pitch;
  for (const pitchclarity::Finding& f : report.findings) {
    ++findings_[f.category];
    if (f.category != "vague" || !f.span) continue;
    std::string key = pitchclarity::phrase_key(f.span->text);
    if (!in_this_pitch.insert(key).second) continue;
    auto it = phrases_.find(key);
    if (it == phrases_.end()) {
      if (phrases_.size() == kMaxPhrases) {
        ++untracked_phrases_;
        continue;
      }
      it = phrases_.emplace(std::move(key), Phrase{f.span->text, 0}).first;
    }
    ++it->second.pitches;
  }
}

void GroupSummary::add(const pitchclarity::Report& report, std::string_view text, pitchclarity::OfferProfile offer) {
  add(report);
  if (keep_ == Keep::nothing) return;
  pitchclarity::Report kept = report;
  // Evidence is read by nobody here but the unreferrable reason (target client's); the rewrite and the
  // findings other than vague ones only by the cards.
  auto& d = kept.dimensions;
  for (pitchclarity::LevelResult* level :
       {static_cast<pitchclarity::LevelResult*>(&d.industry), &d.problem, &d.ask, &d.give, &d.offer}) {
    level->evidence.clear();
    level->evidence.shrink_to_fit();
  }
  if (keep_ == Keep::matching) {
    std::erase_if(kept.findings, [](const pitchclarity::Finding& f) { return f.category != "vague"; });
    kept.suggested_rewrite.clear();
  } else {
    texts_.emplace_back(text);
  }
  kept.findings.shrink_to_fit();
  kept.suggested_rewrite.shrink_to_fit();
  std::string id = kept.id;
  members_.push_back({std::move(id), std::move(kept), std::move(offer)});
}

void GroupSummary::match(std::size_t top) {
  if (keep_ == Keep::nothing) return;
  pitchclarity::GroupOptions options;
  options.top = top;
  analysis_ = pitchclarity::analyze_group(members_, options);
}

double GroupSummary::median() const {
  if (scored_ == 0) return 0.0;
  const auto nth = [&](std::uint64_t n) {  // the n-th smallest score, 0-based
    std::uint64_t seen = 0;
    for (std::size_t s = 0; s < scores_.size(); ++s) {
      seen += scores_[s];
      if (seen > n) return static_cast<double>(s);
    }
    return 100.0;
  };
  return (nth((scored_ - 1) / 2) + nth(scored_ / 2)) / 2.0;
}

std::vector<GroupSummary::Count> GroupSummary::top_vague_phrases(std::size_t top) const {
  std::vector<Count> out;
  out.reserve(phrases_.size());
  for (const auto& [key, phrase] : phrases_) out.push_back({phrase.shown, phrase.pitches});
  // Count, then text: the order must not depend on the hash map's.
  std::sort(out.begin(), out.end(),
            [](const Count& a, const Count& b) { return a.count != b.count ? a.count > b.count : a.name < b.name; });
  if (out.size() > top) out.resize(top);
  return out;
}

std::vector<GroupSummary::Count> GroupSummary::missing_parts() const {
  std::vector<Count> out;
  for (std::size_t i = 0; i < kParts.size(); ++i) {
    if (level_zero_[i] > 0) out.push_back({std::string(kParts[i]), level_zero_[i]});
  }
  std::stable_sort(out.begin(), out.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
  return out;
}

std::vector<GroupSummary::Count> GroupSummary::bands() const {
  std::vector<Count> out;
  for (std::string_view band : kBandOrder) {
    const auto it = bands_.find(std::string(band));
    out.push_back({std::string(band), it == bands_.end() ? 0 : it->second});
  }
  for (const auto& [band, count] : bands_) {
    if (std::find(kBandOrder.begin(), kBandOrder.end(), band) == kBandOrder.end()) out.push_back({band, count});
  }
  return out;
}

void GroupSummary::write_json(std::ostream& out, std::size_t top) const {
  using json = nlohmann::ordered_json;
  json g;
  g["pitches"] = scored_ + unreadable_;
  g["scored"] = scored_;
  g["unreadable"] = unreadable_;

  json score;
  if (scored_ > 0) {
    std::size_t lowest = 0;
    while (scores_[lowest] == 0) ++lowest;
    std::size_t highest = 100;
    while (scores_[highest] == 0) --highest;
    score["mean"] = one_decimal(static_cast<double>(score_sum_) / static_cast<double>(scored_));
    score["median"] = median();
    score["min"] = lowest;
    score["max"] = highest;
  }
  json histogram = json::array();
  for (int from = 0; from < 100; from += 10) {
    const int to = from == 90 ? 100 : from + 9;
    std::uint64_t n = 0;
    for (int s = from; s <= to; ++s) n += scores_[static_cast<std::size_t>(s)];
    histogram.push_back({{"from", from}, {"to", to}, {"count", n}});
  }
  score["histogram"] = std::move(histogram);
  g["score"] = std::move(score);

  json bands = json::object();
  for (const Count& b : this->bands()) bands[b.name] = b.count;
  g["bands"] = std::move(bands);

  json findings = json::object();
  for (std::string_view category : kCategories) {
    const auto it = findings_.find(std::string(category));
    if (it != findings_.end()) findings[std::string(category)] = it->second;
  }
  for (const auto& [category, count] : findings_) {
    if (!findings.contains(category)) findings[category] = count;
  }
  g["findings"] = std::move(findings);

  json phrases = json::array();
  for (const Count& p : top_vague_phrases(top)) phrases.push_back({{"text", p.name}, {"pitches", p.count}});
  g["vague_phrases"] = std::move(phrases);
  json missing = json::array();
  for (const Count& m : missing_parts()) missing.push_back({{"part", m.name}, {"pitches", m.count}});
  g["missing_parts"] = std::move(missing);

  if (!analysis_) {
    out << g.dump(2, ' ', false, json::error_handler_t::replace);
    return;
  }
  // Who in the room could refer whom, from the library's group analysis. A large batch can have many
  // matches: they are written one a line as they are made, not built into one document first.
  std::string head = g.dump(2, ' ', false, json::error_handler_t::replace);
  head.resize(head.size() - 2);  // "\n}": the three lists follow before the closing brace
  out << head << ",\n";
  const auto list = [&out](const char* key, const auto& items, const auto& to_json, bool last) {
    out << "  \"" << key << "\": [";
    bool first = true;
    for (const auto& item : items) {
      out << (first ? "\n    " : ",\n    ") << to_json(item).dump(-1, ' ', false, json::error_handler_t::replace);
      first = false;
    }
    out << (first ? "]" : "\n  ]") << (last ? "\n" : ",\n");
  };
  list(
      "matches", analysis_->matches,
      [](const pitchclarity::Match& m) {
        json kinds = json::array();
        if (m.shared_clients) kinds.push_back("shared_clients");
        if (m.introduction) kinds.push_back("introduction");
        json item{{"a", m.a}, {"b", m.b}, {"reason", m.reason}, {"kinds", std::move(kinds)}};
        item["shared"] = {
            {"roles", m.roles}, {"places", m.places}, {"sector_codes", m.sector_codes}, {"names", m.names}};
        if (!m.introduces.empty()) item["introduces"] = m.introduces;
        if (!m.note.empty()) item["note"] = m.note;
        return item;
      },
      false);
  list(
      "competitors", analysis_->competitors,
      [](const pitchclarity::Competition& c) {
        return json{{"a", c.a}, {"b", c.b}, {"service", c.service}, {"reason", c.reason}};
      },
      false);
  list(
      "unreferrable", analysis_->unreferrable,
      [](const pitchclarity::Unreferrable& u) {
        return json{{"id", u.id}, {"target_level", u.target_level}, {"reason", u.reason}};
      },
      true);
  out << '}';
}

}  // namespace pitchcheck
