// "At a glance": the score figures, a chart of the score distribution (SVG, stacked by band), band counts,
// and what the room gets wrong most often.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

constexpr std::array<const char*, 4> kBands{"vague", "developing", "clear", "specific"};

std::size_t band_slot(int score) {
  if (score < 40) return 0;
  if (score < 65) return 1;
  if (score < 85) return 2;
  return 3;
}

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, x == std::floor(x) ? "%.0f" : "%.1f", x);
  return buffer;
}

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "0%";
  return std::to_string(std::lround(100.0 * static_cast<double>(part) / static_cast<double>(whole))) + "%";
}

// Ten buckets of ten points, each bar stacked by band (the 60–69 and 80–89 buckets straddle a band edge).
void write_chart(std::ostream& out, const HtmlReport& r) {
  std::array<std::array<std::size_t, 4>, 10> counts{};
  for (const auto& m : r.members) {
    const int score = std::clamp(m.report.score, 0, 100);
    ++counts[static_cast<std::size_t>(std::min(score / 10, 9))][band_slot(score)];
  }
  std::size_t tallest = 1;
  for (const auto& bucket : counts) {
    std::size_t n = 0;
    for (std::size_t c : bucket) n += c;
    tallest = std::max(tallest, n);
  }
  // Four gridlines at whole numbers of pitches: the axis goes up to four steps.
  const std::size_t step = (tallest + 3) / 4;
  const std::size_t most = step * 4;
  constexpr int kLeft = 36, kTop = 16, kHeight = 180, kSlot = 60, kBar = 44;
  constexpr int kWidth = kLeft + 10 * kSlot + 8;
  out << "<figure class=\"chart\">\n<svg viewBox=\"0 0 " << kWidth << ' ' << kTop + kHeight + 40
      << "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      << "<title id=\"chart-title\">Score distribution</title>\n<desc id=\"chart-desc\">";
  for (std::size_t b = 0; b < counts.size(); ++b) {
    std::size_t n = 0;
    for (std::size_t c : counts[b]) n += c;
    out << (b == 0 ? "" : ", ") << b * 10 << "–" << (b == 9 ? 100 : b * 10 + 9) << ": " << n;
  }
  out << "</desc>\n";
  // Gridlines at a quarter, half, three quarters and all of the tallest bar.
  for (int q = 0; q <= 4; ++q) {
    const int y = kTop + kHeight - q * kHeight / 4;
    out << "<line class=\"grid\" x1=\"" << kLeft << "\" x2=\"" << kWidth - 4 << "\" y1=\"" << y << "\" y2=\"" << y
        << "\"/>";
    if (q > 0) {
      out << "<text class=\"axis\" x=\"" << kLeft - 6 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\">"
          << step * static_cast<std::size_t>(q) << "</text>";
    }
  }
  out << '\n';
  for (std::size_t b = 0; b < counts.size(); ++b) {
    const int x = kLeft + static_cast<int>(b) * kSlot + (kSlot - kBar) / 2;
    double y = kTop + kHeight;
    std::size_t total = 0;
    for (std::size_t band = 0; band < 4; ++band) {
      const std::size_t n = counts[b][band];
      if (n == 0) continue;
      total += n;
      const double h = static_cast<double>(kHeight) * static_cast<double>(n) / static_cast<double>(most);
      y -= h;
      out << "<rect class=\"bar band-" << kBands[band] << "\" x=\"" << x << "\" y=\"" << number(y) << "\" width=\""
          << kBar << "\" height=\"" << number(h) << "\"><title>" << n << " " << kBands[band] << " (" << b * 10 << "–"
          << (b == 9 ? 100 : b * 10 + 9) << ")</title></rect>";
    }
    if (total > 0) {
      out << "<text class=\"count\" x=\"" << x + kBar / 2 << "\" y=\"" << number(y - 4) << "\" text-anchor=\"middle\">"
          << total << "</text>";
    }
    out << "<text class=\"axis\" x=\"" << x + kBar / 2 << "\" y=\"" << kTop + kHeight + 16
        << "\" text-anchor=\"middle\">" << b * 10 << "–" << (b == 9 ? 100 : b * 10 + 9) << "</text>\n";
  }
  out << "<text class=\"axis\" x=\"" << kLeft + 5 * kSlot << "\" y=\"" << kTop + kHeight + 34
      << "\" text-anchor=\"middle\">score</text>\n</svg>\n"
      << "<figcaption>Pitches per ten-point score bucket, coloured by band.</figcaption>\n</figure>\n";
}

}  // namespace

void write_html_overview(std::ostream& out, const HtmlReport& r) {
  const pitchclarity::GroupSummary& s = r.group.summary;
  out << "<section id=\"glance\" aria-labelledby=\"glance-h\">\n<h2 id=\"glance-h\">The group at a glance</h2>\n";
  if (s.count == 0) {
    out << "<p>No pitch could be scored.</p>\n</section>\n";
    return;
  }
  out << "<dl class=\"figures\"><div><dt>Pitches</dt><dd>" << s.count << "</dd></div><div><dt>Mean score</dt><dd>"
      << number(s.mean) << "</dd></div><div><dt>Median</dt><dd>" << number(s.median)
      << "</dd></div><div><dt>Range</dt><dd>" << s.min << "–" << s.max
      << "</dd></div><div><dt>Referral matches</dt><dd>" << r.group.matches.size()
      << "</dd></div><div><dt>Nobody can refer</dt><dd>" << r.group.unreferrable.size()
      << "</dd></div></dl>\n<div class=\"glance\">\n";
  write_chart(out, r);
  out << "<div class=\"lists\">\n<h3>Bands</h3>\n<ul class=\"bands\">\n";
  for (const pitchclarity::Tally& b : s.bands) {
    out << "<li class=\"band-" << html_escape(b.name) << "\"><span class=\"swatch\"></span><b>" << b.pitches << "</b> "
        << html_escape(b.name) << " <span class=\"pct\">" << percent(b.pitches, s.count) << "</span></li>\n";
  }
  out << "</ul>\n<p class=\"legend\">vague &lt; 40 ≤ developing &lt; 65 ≤ clear &lt; 85 ≤ specific</p>\n</div>\n</div>\n"
      << "<div class=\"faults\">\n<div>\n<h3>Most common vague phrases</h3>\n";
  if (s.vague_phrases.empty()) {
    out << "<p>None.</p>\n";
  } else {
    out << "<ol class=\"phrases\">\n";
    for (const pitchclarity::Tally& p : s.vague_phrases) {
      out << "<li><q>" << html_escape(p.name) << "</q> <span class=\"pct\">" << p.pitches
          << (p.pitches == 1 ? " pitch" : " pitches") << "</span></li>\n";
    }
    out << "</ol>\n";
  }
  out << "</div>\n<div>\n<h3>Most common missing parts</h3>\n";
  if (s.missing_parts.empty()) {
    out << "<p>None: every pitch has every part.</p>\n";
  } else {
    out << "<ol class=\"missing\">\n";
    for (const pitchclarity::Tally& m : s.missing_parts) {
      out << "<li>" << html_escape(m.name) << " <span class=\"pct\">missing in " << m.pitches << " ("
          << percent(m.pitches, s.count) << ")</span></li>\n";
    }
    out << "</ol>\n";
  }
  out << "</div>\n</div>\n</section>\n";
}

}  // namespace pitchcheck
