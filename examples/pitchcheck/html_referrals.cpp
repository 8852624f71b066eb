// "Who could refer whom": the matches with their reasons, the competitors, and the members nobody can refer.
#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

void member_link(std::ostream& out, const HtmlReport& r, std::string_view id) {
  const std::size_t i = member_index(r, id);
  if (i < r.members.size()) {
    out << "<a href=\"#" << member_anchor(i) << "\"><bdi>" << html_escape(id) << "</bdi></a>";
  } else {
    out << "<bdi>" << html_escape(id) << "</bdi>";
  }
}

}  // namespace

void write_html_referrals(std::ostream& out, const HtmlReport& r) {
  const pitchclarity::GroupAnalysis& g = r.group;
  out << "<section id=\"referrals\" aria-labelledby=\"referrals-h\">\n<h2 id=\"referrals-h\">Who could refer "
         "whom</h2>\n"
      << "<p class=\"hint\">Members whose target clients overlap (the same kind of client, sector or named "
         "organisation, in the same place where both name one) and who offer different things meet the people "
         "the other wants: natural referral partners. <span class=\"link\">→</span> marks a direct introduction: "
         "the first wants to meet someone like the second.</p>\n";
  if (g.matches.empty()) {
    out << "<p>No two members ask for the same clients yet.</p>\n";
  } else {
    out << "<ul class=\"matches\">\n";
    for (const pitchclarity::Match& m : g.matches) {
      std::string kinds;
      if (m.shared_clients) kinds += "shared_clients";
      if (m.introduction) kinds += kinds.empty() ? "introduction" : " introduction";
      out << "<li class=\"match\" data-a=\"" << html_escape(m.a) << "\" data-b=\"" << html_escape(m.b)
          << "\" data-kinds=\"" << kinds << "\"><span class=\"pair\">";
      member_link(out, r, m.a);
      if (m.introduction && !m.shared_clients) {
        out << " <span class=\"link\" title=\"wants to meet\">→</span> ";
      } else {
        out << " <span class=\"link\" title=\"could refer each other\">⇄</span> ";
      }
      member_link(out, r, m.b);
      out << "</span> <span class=\"reason\">" << html_escape(m.reason) << "</span>";
      if (!m.note.empty()) out << " <span class=\"note\">" << html_escape(m.note) << "</span>";
      out << "</li>\n";
    }
    out << "</ul>\n";
  }

  if (!g.competitors.empty()) {
    out << "<h3>Competitors, not partners</h3>\n<p class=\"hint\">The same service for the same clients: they "
           "compete for those introductions.</p>\n<ul class=\"competitors\">\n";
    for (const pitchclarity::Competition& c : g.competitors) {
      out << "<li class=\"competition\" data-a=\"" << html_escape(c.a) << "\" data-b=\"" << html_escape(c.b)
          << "\"><span class=\"pair\">";
      member_link(out, r, c.a);
      out << " <span class=\"link\">⚔</span> ";
      member_link(out, r, c.b);
      out << "</span> <span class=\"reason\">" << html_escape(c.reason) << "</span></li>\n";
    }
    out << "</ul>\n";
  }

  out << "<h3>Nobody can refer</h3>\n";
  if (g.unreferrable.empty()) {
    out << "<p>Every member names a kind of client a listener could picture.</p>\n";
  } else {
    out << "<p class=\"hint\">Their target is a bare generic word or a broad category: nobody in the room can "
           "picture one person to send them.</p>\n<ul class=\"unreferrable\">\n";
    for (const pitchclarity::Unreferrable& u : g.unreferrable) {
      out << "<li data-id=\"" << html_escape(u.id) << "\">";
      member_link(out, r, u.id);
      out << " <span class=\"reason\">" << html_escape(u.reason) << "</span> <span class=\"pct\">(target client "
          << u.target_level << "/4)</span></li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace pitchcheck
