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
  // A line can be megabytes long (a paste without line breaks, with a finding every few words): only a
  // stretch around the span can be shown, so the line is looked at no further than `margin` bytes either
  // side of the span's start, or every diagnostic would cost the whole line. The margin is generous (a
  // column takes 1-4 bytes, more with combining marks); beyond it the line is cut, shown as "...".
  const std::size_t margin = 8 * static_cast<std::size_t>(std::max(max_width, 1));
  std::size_t line_start = start;
  while (line_start > 0 && start - line_start < margin && !line_break(text[line_start - 1])) --line_start;
  const bool cut_left = line_start > 0 && !line_break(text[line_start - 1]);
  while (cut_left && line_start < start && (static_cast<unsigned char>(text[line_start]) & 0xC0) == 0x80) {
    ++line_start;  // not in the middle of a character
  }
  std::size_t line_end = start;
  while (line_end < text.size() && line_end - start < margin && !line_break(text[line_end])) ++line_end;
  const bool cut_right = line_end < text.size() && !line_break(text[line_end]);

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
  if (first > 0 || cut_left) {
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
  if (last < glyphs.size() || cut_right) out.line += kCut;
  // An empty span, one of zero-width characters only, or one at the end of the line: a lone caret.
  if (!caret) out.underline += '^';
  return out;
}

}  // namespace pitchcheck
