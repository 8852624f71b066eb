#include "caret.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "display_width.hpp"

namespace pitchcheck {
namespace {

constexpr std::string_view kCut = "...";  // ASCII: "…" is ambiguous-width and two columns on CJK terminals

bool line_break(char c) { return c == '\n' || c == '\r'; }

// Start column of each glyph (and the line's total width) when printed from column 0.
std::vector<int> columns_of(const std::vector<Glyph>& glyphs, int& total) {
  std::vector<int> columns;
  columns.reserve(glyphs.size());
  int column = 0;
  for (const Glyph& g : glyphs) {
    columns.push_back(column);
    column += g.tab ? tab_width(column) : g.width;
  }
  total = column;
  return columns;
}

}  // namespace

Excerpt excerpt(std::string_view text, std::uint32_t start, std::uint32_t end, int max_width) {
  start = std::min<std::uint32_t>(start, static_cast<std::uint32_t>(text.size()));
  end = std::max(start, std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size())));
  std::size_t line_start = start;
  while (line_start > 0 && !line_break(text[line_start - 1])) --line_start;
  std::size_t line_end = start;
  while (line_end < text.size() && !line_break(text[line_end])) ++line_end;

  const std::vector<Glyph> glyphs =
      glyphs_of(text.substr(line_start, line_end - line_start), static_cast<std::uint32_t>(line_start));
  int total = 0;
  const std::vector<int> columns = columns_of(glyphs, total);

  // Which glyphs to show: all of them, or a window that keeps the span's start in the first third.
  std::size_t first = 0;
  std::size_t last = glyphs.size();
  if (total > max_width) {
    const int room = max_width - 2 * static_cast<int>(kCut.size());
    std::size_t at = 0;
    while (at < glyphs.size() && glyphs[at].start < start) ++at;
    const int span_column = at < glyphs.size() ? columns[at] : total;
    int left = std::max(0, std::min(span_column - room / 3, total - room));
    while (first < glyphs.size() && columns[first] < left) ++first;
    left = first < glyphs.size() ? columns[first] : total;
    last = first;
    while (last < glyphs.size() && columns[last] + (glyphs[last].tab ? kTabStop : glyphs[last].width) - left <= room) {
      ++last;
    }
  }

  Excerpt out;
  int column = 0;
  if (first > 0) {
    out.line += kCut;
    out.underline.append(kCut.size(), ' ');
    column += static_cast<int>(kCut.size());
  }
  bool caret = false;
  for (std::size_t i = first; i < last; ++i) {
    const Glyph& g = glyphs[i];
    const int w = g.tab ? tab_width(column) : g.width;
    out.line += g.shown;
    if (g.start < start) {
      if (g.tab) {
        out.underline += '\t';
      } else {
        out.underline.append(static_cast<std::size_t>(w), ' ');
      }
    } else if (g.start < end && w > 0) {
      if (!caret) {
        out.underline += '^';
        out.underline.append(static_cast<std::size_t>(w - 1), '~');
        caret = true;
      } else {
        out.underline.append(static_cast<std::size_t>(w), '~');
      }
    }
    column += w;
  }
  if (last < glyphs.size()) out.line += kCut;
  // An empty span, one of zero-width characters only, or one at the end of the line: a lone caret.
  if (!caret) out.underline += '^';
  return out;
}

}  // namespace pitchcheck
