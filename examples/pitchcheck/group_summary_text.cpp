// The group summary as text: a histogram of scores, the bands, and what the room gets wrong most often.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "display_width.hpp"
#include "group_summary.hpp"
#include "row_facts.hpp"

namespace pitchcheck {
namespace {

constexpr int kHistogramWidth = 30;

std::string percent(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return "0%";
  return std::to_string(static_cast<int>(std::lround(100.0 * static_cast<double>(part) / static_cast<double>(whole)))) +
         "%";
}

std::string pad_left(std::string s, std::size_t width) {
  if (s.size() < width) s.insert(0, width - s.size(), ' ');
  return s;
}

std::string format_number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, x == std::floor(x) ? "%.0f" : "%.1f", x);
  return buffer;
}

}  // namespace

void GroupSummary::write_text(std::ostream& out, const Palette& paint, std::size_t top) const {
  out << paint(Paint::bold, "Group:") << ' ' << scored_ + unreadable_
      << (scored_ + unreadable_ == 1 ? " pitch" : " pitches") << ", " << scored_ << " scored";
  if (unreadable_ > 0) out << ", " << paint(Paint::error, std::to_string(unreadable_) + " could not be read");
  out << '\n';
  if (scored_ == 0) return;

  std::size_t lowest = 0;
  while (scores_[lowest] == 0) ++lowest;
  std::size_t highest = 100;
  while (scores_[highest] == 0) --highest;
  const double mean = std::round(10.0 * static_cast<double>(score_sum_) / static_cast<double>(scored_)) / 10.0;
  out << paint(Paint::bold, "Scores:") << " mean " << format_number(mean) << ", median " << format_number(median())
      << ", lowest " << lowest << ", highest " << highest << '\n';
  std::array<std::uint64_t, 10> buckets{};
  for (std::size_t s = 0; s <= 100; ++s) buckets[std::min<std::size_t>(s / 10, 9)] += scores_[s];
  const std::uint64_t most = *std::max_element(buckets.begin(), buckets.end());
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    const std::string range = std::to_string(b * 10) + '-' + std::to_string(b == 9 ? 100 : b * 10 + 9);
    const auto bar = static_cast<std::size_t>(std::lround(static_cast<double>(kHistogramWidth) *
                                                          static_cast<double>(buckets[b]) / static_cast<double>(most)));
    const Paint colour = b < 4 ? Paint::poor : b < 7 ? Paint::fair : Paint::good;  // as the bands fall
    out << "  " << range << std::string(8 - range.size(), ' ') << paint(colour, std::string(bar, '#'))
        << std::string(kHistogramWidth - bar, ' ') << pad_left(std::to_string(buckets[b]), 7) << '\n';
  }

  out << paint(Paint::bold, "Bands:");
  bool first = true;
  for (const Count& b : bands()) {
    out << (first ? " " : ", ") << b.name << ' ' << b.count << " (" << percent(b.count, scored_) << ')';
    first = false;
  }
  out << '\n';

  out << paint(Paint::bold, "Findings:");
  if (findings_.empty()) out << " none";
  first = true;
  for (std::string_view category : kCategories) {
    const auto it = findings_.find(std::string(category));
    if (it == findings_.end()) continue;
    out << (first ? " " : ", ") << category << ' ' << it->second;
    first = false;
  }
  for (const auto& [category, count] : findings_) {
    if (std::find(kCategories.begin(), kCategories.end(), category) != kCategories.end()) continue;
    out << (first ? " " : ", ") << category << ' ' << count;
    first = false;
  }
  out << '\n';

  out << paint(Paint::bold, "Most common vague phrases") << " (pitches using each):";
  const std::vector<Count> phrases = top_vague_phrases(top);
  if (phrases.empty()) out << " none";
  out << '\n';
  for (const Count& p : phrases) {
    out << pad_left(std::to_string(p.count), 7) << "  " << paint(Paint::warning, '"' + one_line(p.name) + '"') << '\n';
  }
  if (untracked_phrases_ > 0) out << "         (and " << untracked_phrases_ << " uses of rarer phrases not tallied)\n";

  out << paint(Paint::bold, "Most common missing parts") << " (pitches where nothing was found):";
  const std::vector<Count> missing = missing_parts();
  if (missing.empty()) out << " none";
  out << '\n';
  for (std::size_t i = 0; i < missing.size() && i < top; ++i) {
    out << pad_left(std::to_string(missing[i].count), 7) << "  " << missing[i].name << " ("
        << percent(missing[i].count, scored_) << ")\n";
  }
}

}  // namespace pitchcheck
