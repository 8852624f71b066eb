// A card per pitch: its text with the findings highlighted, the findings listed (what the highlight's
// tooltip shows, and what a printout shows), the levels, the suggested rewrite, and its referral partners.
#include <string>

#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

const char* fill(int level, int max) {
  if (level <= 0) return "q0";
  if (level >= max) return "q3";
  return 2 * level >= max ? "q2" : "q1";
}

std::string dots(int level, int max) {
  std::string out;
  for (int i = 1; i <= max; ++i) out += i <= level ? "●" : "○";
  return out;
}

void write_findings(std::ostream& out, const pitchclarity::Report& report, const std::string& prefix) {
  if (report.findings.empty()) {
    out << "<p class=\"clean\">No findings.</p>\n";
    return;
  }
  out << "<ol class=\"findings\">\n";
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const pitchclarity::Finding& f = report.findings[k];
    const std::string category = html_escape(f.category);
    out << "<li id=\"" << prefix << "-f" << k << "\" class=\"finding c-" << category << " sev-"
        << pitchclarity::to_string(f.severity) << "\" data-rule=\"" << html_escape(f.rule) << "\"";
    if (f.span) out << " data-start=\"" << f.span->start << "\" data-end=\"" << f.span->end << "\"";
    out << "><span class=\"rule\">" << html_escape(f.rule) << "</span> ";
    if (f.span) {
      out << "<q class=\"ftext\">" << html_escape(f.span->text) << "</q> <span class=\"where\">line " << f.span->line
          << ", column " << f.span->column << "</span> ";
    }
    out << "<span class=\"msg\">" << html_escape(f.message) << "</span>";
    if (!f.suggestion.empty()) out << " <span class=\"sug\">" << html_escape(f.suggestion) << "</span>";
    out << "</li>\n";
  }
  out << "</ol>\n";
}

void write_levels(std::ostream& out, const pitchclarity::GroupMember& m) {
  const pitchclarity::Report& r = m.report;
  out << "<dl class=\"levels\">\n";
  for (const DimensionLevel& d : dimension_levels(r)) {
    out << "<div class=\"" << fill(d.level, d.max) << "\" data-dimension=\"" << d.key << "\"><dt>" << d.name
        << "</dt><dd><span class=\"dots\" aria-hidden=\"true\">" << dots(d.level, d.max) << "</span> " << d.word
        << " <span class=\"of\">" << d.level << "/" << d.max << "</span></dd></div>\n";
  }
  const auto& len = r.dimensions.length;
  out << "<div data-dimension=\"clarity\"><dt>clarity</dt><dd>" << r.dimensions.clarity.score
      << "<span class=\"of\">/100</span></dd></div>\n<div data-dimension=\"length\"><dt>length</dt><dd>" << len.words
      << " words, about " << static_cast<int>(len.seconds + 0.5) << " s</dd></div>\n</dl>\n";

  const pitchclarity::TargetProfile& t = r.target;
  if (!t.roles.empty() || !t.places.empty() || !t.sector_codes.empty() || !t.names.empty()) {
    out << "<p class=\"profile\"><b>Asks for</b> ";
    std::string sep;
    for (const auto* list : {&t.names, &t.roles, &t.places}) {
      for (const std::string& x : *list) {
        out << sep << "<span class=\"tag\">" << html_escape(x) << "</span>";
        sep = " ";
      }
    }
    for (const std::string& code : t.sector_codes) {
      out << sep << "<span class=\"tag\">NAICS " << html_escape(code) << "</span>";
      sep = " ";
    }
    out << "</p>\n";
  }
  out << "<p class=\"profile\"><b>Offers</b> "
      << (m.offer.known() ? "<span class=\"tag\">" + html_escape(m.offer.service) + "</span>"
                          : std::string("<span class=\"unclear\">not said clearly</span>"))
      << "</p>\n";
}

void write_partners(std::ostream& out, const HtmlReport& r, const pitchclarity::GroupMember& m) {
  std::string items;
  for (const pitchclarity::Match& match : r.group.matches) {
    if (match.a != m.id && match.b != m.id) continue;
    const std::string& other = match.a == m.id ? match.b : match.a;
    const std::size_t i = member_index(r, other);
    items += "<li><a href=\"#" + member_anchor(i) + "\"><bdi>" + html_escape(other) +
             "</bdi></a>: " + html_escape(match.reason) + "</li>\n";
  }
  for (const pitchclarity::Unreferrable& u : r.group.unreferrable) {
    if (u.id == m.id) {
      out << "<p class=\"unreferrable-note\"><b>Nobody can refer this pitch yet:</b> " << html_escape(u.reason)
          << ".</p>\n";
    }
  }
  if (!items.empty()) out << "<h4>Referral partners in the room</h4>\n<ul class=\"partners\">\n" << items << "</ul>\n";
}

}  // namespace

void write_html_cards(std::ostream& out, const HtmlReport& r, const std::vector<std::size_t>& ranking) {
  out << "<section id=\"pitches\" aria-labelledby=\"pitches-h\">\n<h2 id=\"pitches-h\">Pitches</h2>\n"
      << "<p class=\"hint\">Highlighted words have a finding: point at them or move to them with Tab to see what "
         "is wrong and what to write instead. The list under each pitch says the same.</p>\n";
  for (std::size_t i : ranking) {
    const pitchclarity::GroupMember& m = r.members[i];
    const std::string anchor = member_anchor(i);
    const std::string band = html_escape(m.report.band);
    out << "<article class=\"card\" id=\"" << anchor << "\" data-id=\"" << html_escape(m.id) << "\" aria-labelledby=\""
        << anchor << "-h\">\n<header><h3 id=\"" << anchor << "-h\"><bdi>" << html_escape(m.id)
        << "</bdi></h3> <span class=\"score band-" << band << "\">" << m.report.score
        << "</span> <span class=\"badge band-" << band << "\">" << band << "</span></header>\n"
        << "<div class=\"card-body\">\n<div class=\"text-col\">\n";
    write_html_highlighted(out, i < r.texts.size() ? r.texts[i] : std::string_view(), m.report.findings, anchor);
    write_findings(out, m.report, anchor);
    out << "</div>\n<div class=\"side\">\n";
    write_levels(out, m);
    out << "</div>\n</div>\n";
    if (!m.report.suggested_rewrite.empty()) {
      out << "<h4>Suggested rewrite</h4>\n<blockquote class=\"rewrite\" dir=\"auto\">"
          << html_escape(m.report.suggested_rewrite) << "</blockquote>\n";
    }
    write_partners(out, r, m);
    out << "</article>\n";
  }
  out << "</section>\n";
}

}  // namespace pitchcheck
