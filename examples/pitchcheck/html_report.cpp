// The page around the sections: head, Content-Security-Policy, navigation, footer.
#include "html_report.hpp"

#include <algorithm>
#include <array>

#include "html_escape.hpp"

namespace pitchcheck {
namespace {

constexpr std::array<const char*, 5> kTargetWords{"none", "broad", "niche", "qualified niche", "named"};
constexpr std::array<const char*, 3> kIndustryWords{"none", "broad sector", "sub-sector"};
constexpr std::array<const char*, 4> kProblemWords{"none", "generic", "concrete", "measured"};
constexpr std::array<const char*, 4> kAskWords{"none", "vague", "niche", "named"};
constexpr std::array<const char*, 3> kGiveWords{"none", "general", "concrete"};
constexpr std::array<const char*, 3> kOfferWords{"unclear", "generic", "concrete"};

template <std::size_t N>
DimensionLevel level_of(const char* key, const char* name, int level, const std::array<const char*, N>& words) {
  const int max = static_cast<int>(N) - 1;
  const int shown = std::clamp(level, 0, max);
  return {key, name, level, max, words[static_cast<std::size_t>(shown)]};
}

// Best score first; ties by id, then input order, so the ranking is the same every run.
std::vector<std::size_t> rank(const HtmlReport& r) {
  std::vector<std::size_t> order(r.members.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = r.members[a];
    const auto& y = r.members[b];
    return x.report.score != y.report.score ? x.report.score > y.report.score : x.id < y.id;
  });
  return order;
}

}  // namespace

std::string member_anchor(std::size_t index) { return "m" + std::to_string(index); }

std::size_t member_index(const HtmlReport& report, std::string_view id) {
  for (std::size_t i = 0; i < report.members.size(); ++i) {
    if (report.members[i].id == id) return i;
  }
  return report.members.size();
}

std::vector<DimensionLevel> dimension_levels(const pitchclarity::Report& report) {
  const auto& d = report.dimensions;
  return {level_of("target_client", "target client", d.target_client.level, kTargetWords),
          level_of("industry", "industry", d.industry.level, kIndustryWords),
          level_of("problem", "problem", d.problem.level, kProblemWords),
          level_of("ask", "ask", d.ask.level, kAskWords),
          level_of("give", "give", d.give.level, kGiveWords),
          level_of("offer", "offer", d.offer.level, kOfferWords)};
}

void write_html_report(std::ostream& out, const HtmlReport& r) {
  const std::vector<std::size_t> ranking = rank(r);
  const std::string title = html_escape(r.title);
  const std::string nonce = html_escape(r.nonce);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing may be fetched, and only the page's own style and script (carrying the nonce) apply: even a
      // pitch that slipped past escaping could not run a script or load an image.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-" << nonce
      << "'; script-src 'nonce-" << nonce << "'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << html_escape(r.generator) << "\">\n"
      << "<title>Group report: " << title << "</title>\n";
  write_html_style(out, r.nonce);
  out << "</head>\n<body>\n<header class=\"page\">\n<h1>Group report: <bdi>" << title << "</bdi></h1>\n"
      << "<p class=\"sub\">" << r.members.size() << (r.members.size() == 1 ? " pitch" : " pitches");
  if (r.unreadable > 0) out << " (and " << r.unreadable << " that could not be read)";
  out << ", judged for whether a listener could act on them.</p>\n"
      << "<nav aria-label=\"Sections\"><a href=\"#glance\">At a glance</a> <a href=\"#ranking\">Ranking</a> "
         "<a href=\"#referrals\">Who could refer whom</a> <a href=\"#pitches\">Pitches</a></nav>\n</header>\n<main>\n";
  write_html_overview(out, r);
  write_html_table(out, r, ranking);
  write_html_referrals(out, r);
  write_html_cards(out, r, ranking);
  out << "</main>\n<footer>Made by " << html_escape(r.generator)
      << ". Scores and levels follow the rubric in pitchclarity's DESIGN.md.</footer>\n"
      << "<div id=\"tip\" role=\"tooltip\" hidden></div>\n";
  write_html_script(out, r.nonce);
  out << "</body>\n</html>\n";
}

}  // namespace pitchcheck
