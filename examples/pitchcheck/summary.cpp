// The summary under the diagnostics: how the pitch scores, and why, at a glance.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "display_width.hpp"
#include "text_report.hpp"

namespace pitchcheck {
namespace {

constexpr int kBarWidth = 12;
constexpr std::size_t kLabelWidth = 15;
constexpr std::size_t kEvidenceShown = 3;

Paint share_paint(double share) { return share >= 0.67 ? Paint::good : share >= 0.34 ? Paint::fair : Paint::poor; }

Paint band_paint(std::string_view band) {
  if (band == "clear" || band == "specific") return Paint::good;
  if (band == "developing") return Paint::fair;
  return Paint::poor;
}

std::string label(std::string_view name) {
  std::string out = "  " + std::string(name);
  out.resize(2 + kLabelWidth, ' ');
  return out;
}

std::string bar(int value, int max, const Palette& paint) {
  const double share = max > 0 ? std::clamp(static_cast<double>(value) / max, 0.0, 1.0) : 0.0;
  const auto filled = static_cast<std::size_t>(std::lround(share * kBarWidth));
  return "[" + paint(share_paint(share), std::string(filled, '#')) + std::string(kBarWidth - filled, '.') + "] " +
         paint(share_paint(share), std::to_string(value) + '/' + std::to_string(max));
}

std::string evidence(const std::vector<pitchclarity::Span>& spans, const Palette& paint) {
  if (spans.empty()) return paint(Paint::dim, "nothing found");
  std::string out;
  for (std::size_t i = 0; i < spans.size() && i < kEvidenceShown; ++i) {
    if (i > 0) out += ", ";
    out += '"' + one_line(spans[i].text) + "\" " +
           paint(Paint::dim, '(' + std::to_string(spans[i].line) + ':' + std::to_string(spans[i].column) + ')');
  }
  if (spans.size() > kEvidenceShown) out += ", and " + std::to_string(spans.size() - kEvidenceShown) + " more";
  return out;
}

void level_row(std::ostream& out, std::string_view name, const pitchclarity::LevelResult& r, int max,
               const Palette& paint, std::string extra = {}) {
  out << label(name) << bar(r.level, max, paint) << "  " << evidence(r.evidence, paint) << extra << '\n';
}

std::string severity_counts(const pitchclarity::Report& report) {
  int counts[3] = {0, 0, 0};
  for (const pitchclarity::Finding& f : report.findings) ++counts[static_cast<int>(f.severity)];
  static constexpr const char* kNames[3] = {"error", "warning", "note"};
  std::string out;
  for (int i = 0; i < 3; ++i) {
    if (counts[i] == 0) continue;
    out += out.empty() ? ", " : " and ";
    out += std::to_string(counts[i]) + ' ' + kNames[i] + (counts[i] == 1 ? "" : "s");
  }
  return out.empty() ? ", no findings" : out;
}

std::string seconds(double s) { return std::to_string(std::lround(s)) + " s"; }

}  // namespace

void write_summary(std::ostream& out, std::string_view name, const pitchclarity::Report& report,
                   const pitchclarity::Options& options, const Palette& paint) {
  out << paint(Paint::location, one_line(name) + ':') << ' ' << paint(Paint::bold, "score") << ' '
      << paint(band_paint(report.band), std::to_string(report.score) + "/100 (" + report.band + ")")
      << severity_counts(report) << '\n';

  const auto& d = report.dimensions;
  level_row(out, "target client", d.target_client, 4, paint);
  std::string sectors;
  for (const pitchclarity::Sector& s : d.industry.sectors) {
    sectors += (sectors.empty() ? "; NAICS " : ", ") + s.code + ' ' + one_line(s.name);
  }
  level_row(out, "industry", d.industry, 2, paint, sectors);
  level_row(out, "problem", d.problem, 3, paint);
  level_row(out, "ask", d.ask, 3, paint);
  level_row(out, "give", d.give, 2, paint);
  level_row(out, "offer", d.offer, 2, paint);
  out << label("clarity") << bar(d.clarity.score, 100, paint) << '\n';

  const double slot = options.slot_seconds;
  std::string timing = std::to_string(d.length.words) + (d.length.words == 1 ? " word" : " words") + " in " +
                       std::to_string(d.length.sentences) + (d.length.sentences == 1 ? " sentence" : " sentences") +
                       ": about " + seconds(d.length.seconds);
  const long over = std::lround(d.length.seconds) - std::lround(slot);
  if (over > 0) {
    timing +=
        ", " + paint(Paint::fair, seconds(static_cast<double>(over)) + " over") + " your " + seconds(slot) + " slot";
  } else {
    timing += " of your " + seconds(slot) + " slot";
  }
  char rate[32];
  std::snprintf(rate, sizeof rate, "%g", options.words_per_minute);
  out << label("length") << timing << " at " << rate << " words a minute\n";

  if (!report.suggested_rewrite.empty()) {
    out << "  " << paint(Paint::bold, "suggested rewrite:") << '\n';
    std::string_view rest = report.suggested_rewrite;
    while (!rest.empty()) {
      const std::size_t eol = rest.find('\n');
      out << "    " << one_line(rest.substr(0, eol)) << '\n';
      rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
    }
  }
}

}  // namespace pitchcheck
