// The ranked table: one row per member with score, band and every dimension's level. The headings are
// buttons that sort the rows (html_script); without the script the table stays ranked by score.
#include <array>

#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

int band_rank(std::string_view band) {
  constexpr std::array<std::string_view, 4> kBands{"vague", "developing", "clear", "specific"};
  for (std::size_t i = 0; i < kBands.size(); ++i) {
    if (kBands[i] == band) return static_cast<int>(i);
  }
  return -1;
}

// How full a level is, for its colour: none, some, most, all.
const char* fill(int level, int max) {
  if (level <= 0) return "q0";
  if (level >= max) return "q3";
  return 2 * level >= max ? "q2" : "q1";
}

void heading(std::ostream& out, const char* key, const char* label, const char* type, const char* sort = nullptr) {
  out << "<th scope=\"col\"";
  if (sort != nullptr) out << " aria-sort=\"" << sort << "\"";
  out << "><button type=\"button\" data-key=\"" << key << "\" data-type=\"" << type << "\">" << label
      << "</button></th>";
}

}  // namespace

void write_html_table(std::ostream& out, const HtmlReport& r, const std::vector<std::size_t>& ranking) {
  std::vector<std::size_t> partners(r.members.size(), 0);
  for (const pitchclarity::Match& m : r.group.matches) {
    for (const std::string* id : {&m.a, &m.b}) {
      const std::size_t i = member_index(r, *id);
      if (i < partners.size()) ++partners[i];
    }
  }

  out << "<section id=\"ranking\" aria-labelledby=\"ranking-h\">\n<h2 id=\"ranking-h\">Ranking</h2>\n"
      << "<p class=\"hint\">Best first. Select a column heading to sort by it; select it again to reverse.</p>\n"
      << "<div class=\"scroll\"><table id=\"ranking-table\" class=\"ranking\">\n<thead><tr>";
  heading(out, "rank", "#", "num", "ascending");
  heading(out, "member", "Member", "text");
  heading(out, "score", "Score", "num");
  heading(out, "band", "Band", "num");
  if (!r.members.empty()) {
    for (const DimensionLevel& d : dimension_levels(r.members.front().report)) heading(out, d.key, d.name, "num");
  }
  heading(out, "clarity", "clarity", "num");
  heading(out, "partners", "Partners", "num");
  out << "</tr></thead>\n<tbody>\n";
  std::size_t rank = 0;
  for (std::size_t i : ranking) {
    const pitchclarity::GroupMember& m = r.members[i];
    const std::string id = html_escape(m.id);
    ++rank;
    out << "<tr data-member=\"" << i << "\" data-id=\"" << id << "\"><td data-v=\"" << rank << "\">" << rank
        << "</td><th scope=\"row\" data-v=\"" << id << "\"><a href=\"#" << member_anchor(i) << "\"><bdi>" << id
        << "</bdi></a></th><td class=\"score\" data-v=\"" << m.report.score << "\">" << m.report.score
        << "</td><td data-v=\"" << band_rank(m.report.band) << "\"><span class=\"badge band-"
        << html_escape(m.report.band) << "\">" << html_escape(m.report.band) << "</span></td>";
    for (const DimensionLevel& d : dimension_levels(m.report)) {
      out << "<td class=\"lvl " << fill(d.level, d.max) << "\" data-v=\"" << d.level << "\" title=\"" << d.name << ": "
          << d.word << "\"><b>" << d.level << "</b><span class=\"of\">/" << d.max << "</span></td>";
    }
    const int clarity = m.report.dimensions.clarity.score;
    out << "<td class=\"lvl "
        << fill(clarity >= 90   ? 3
                : clarity >= 70 ? 2
                : clarity > 0   ? 1
                                : 0,
                3)
        << "\" data-v=\"" << clarity << "\">" << clarity << "</td><td data-v=\"" << partners[i] << "\">" << partners[i]
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

}  // namespace pitchcheck
