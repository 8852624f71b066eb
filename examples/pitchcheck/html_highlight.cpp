// A pitch with its findings highlighted at their exact byte spans.
//
// Spans are byte offsets into the UTF-8 text and may overlap (a vague phrase inside an overlong sentence), so
// the text is cut at every span edge into segments; each segment is one <mark> listing every finding that
// covers it. The markup therefore always nests, and a finding's text is the concatenation of the segments
// that name it. The bytes are sliced as given and each slice escaped on its own: the page's text is the
// pitch's text, so the browser sees the same characters at the same places.
#include <algorithm>
#include <set>

#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

struct Range {
  std::size_t start;
  std::size_t end;
  std::size_t index;  // in the findings
};

// Moves an offset that falls inside a UTF-8 sequence back to the sequence's first byte, so no slice splits a
// character. The library's spans never do; this keeps the page valid if a caller's ever did.
std::size_t snap(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  for (std::size_t back = 1; back <= 3 && at >= back && at < text.size(); ++back) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) break;
    const std::size_t lead = at - back;
    if ((static_cast<unsigned char>(text[lead]) & 0xC0) != 0x80) {
      if (lead + utf8_sequence_length(text, lead) > at) return lead;
      break;
    }
  }
  return at;
}

// A category as a class name: letters, digits and hyphens only.
std::string class_name(std::string_view category) {
  std::string out;
  for (char c : category) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
  }
  return out.empty() ? "other" : out;
}

}  // namespace

void write_html_highlighted(std::ostream& out, std::string_view text,
                            const std::vector<pitchclarity::Finding>& findings, std::string_view id_prefix) {
  std::vector<Range> ranges;
  std::set<std::size_t> edges{0, text.size()};
  for (std::size_t k = 0; k < findings.size(); ++k) {
    if (!findings[k].span) continue;
    const std::size_t start = snap(text, findings[k].span->start);
    const std::size_t end = snap(text, findings[k].span->end);
    if (end <= start) continue;
    ranges.push_back({start, end, k});
    edges.insert(start);
    edges.insert(end);
  }
  const std::string prefix = html_escape(id_prefix);
  out << "<p class=\"pitch\" dir=\"auto\">";
  for (auto it = edges.begin(); std::next(it) != edges.end(); ++it) {
    const std::size_t from = *it;
    const std::size_t to = *std::next(it);
    const std::string piece = html_escape(text.substr(from, to - from));
    std::vector<std::size_t> covering;
    std::set<std::string> categories;
    for (const Range& range : ranges) {
      if (range.start <= from && from < range.end) {
        covering.push_back(range.index);
        categories.insert(class_name(findings[range.index].category));
      }
    }
    if (covering.empty()) {
      out << piece;
      continue;
    }
    out << "<mark class=\"hl";
    for (const std::string& c : categories) out << " c-" << c;
    if (covering.size() > 1) out << " multi";
    out << "\" tabindex=\"0\" data-f=\"";
    for (std::size_t i = 0; i < covering.size(); ++i) out << (i ? " " : "") << covering[i];
    out << "\" aria-describedby=\"";
    for (std::size_t i = 0; i < covering.size(); ++i) out << (i ? " " : "") << prefix << "-f" << covering[i];
    out << "\">" << piece << "</mark>";
  }
  out << "</p>\n";
}

}  // namespace pitchcheck
