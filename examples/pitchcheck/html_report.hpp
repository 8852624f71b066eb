// html_report.hpp — `pitchcheck batch --html FILE`: the group report as one self-contained HTML page.
//
// One file with its CSS, script and SVG inline and a Content-Security-Policy that allows no fetches at all,
// so it works offline and when emailed, and prints well. Sections: the group at a glance (html_overview),
// the ranked, sortable table (html_table), who could refer whom (html_referrals), and a card per pitch with
// each finding highlighted at its exact byte span (html_cards, html_highlight). Every piece of pitch text
// and every id goes through html_escape.
#pragma once

#include <cstdint>
#include <ostream>
#include <pitchclarity/group.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

struct HtmlReport {
  std::string title;  // what the group is called: the input's name
  const std::vector<pitchclarity::GroupMember>& members;
  const std::vector<std::string>& texts;  // texts[i] is members[i]'s pitch, as analysed
  const pitchclarity::GroupAnalysis& group;
  std::uint64_t unreadable = 0;  // inputs that could not be read
  std::string generator;         // "pitchcheck 0.1.0 (pitchclarity 0.1.0)"
  std::string nonce;             // for the Content-Security-Policy: only the page's own style and script run
};

void write_html_report(std::ostream& out, const HtmlReport& report);

// The pieces, one file each.
void write_html_style(std::ostream& out, std::string_view nonce);
void write_html_script(std::ostream& out, std::string_view nonce);
void write_html_overview(std::ostream& out, const HtmlReport& report);
void write_html_table(std::ostream& out, const HtmlReport& report, const std::vector<std::size_t>& ranking);
void write_html_referrals(std::ostream& out, const HtmlReport& report);
void write_html_cards(std::ostream& out, const HtmlReport& report, const std::vector<std::size_t>& ranking);

// The pitch with each finding's span wrapped in <mark> elements. Overlapping spans are cut into segments at
// every span edge, so the markup nests properly; a segment lists the findings covering it in data-f (their
// indexes in `findings`) and aria-describedby (ids `<id_prefix>-f<index>` of their entries in the list).
void write_html_highlighted(std::ostream& out, std::string_view text,
                            const std::vector<pitchclarity::Finding>& findings, std::string_view id_prefix);

// Shared helpers (html_report.cpp).
std::string member_anchor(std::size_t index);  // "m3"
// The index of the member with this id (the first, if ids repeat), or members.size().
std::size_t member_index(const HtmlReport& report, std::string_view id);
struct DimensionLevel {
  const char* key;   // "target_client"
  const char* name;  // "target client"
  int level;
  int max;
  const char* word;  // DESIGN.md's word for the level: "niche"
};
std::vector<DimensionLevel> dimension_levels(const pitchclarity::Report& report);

}  // namespace pitchcheck
