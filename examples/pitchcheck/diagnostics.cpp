// Diagnostics in the form of clang's, which editors and people already know how to read:
//   pitch.txt:3:18: warning: message [rule.id]
//   <the source line>
//                    ^~~~~~~~~~~~~
//     suggestion: …
#include "caret.hpp"
#include "display_width.hpp"
#include "text_report.hpp"

namespace pitchcheck {
namespace {

Paint severity_paint(pitchclarity::Severity s) {
  switch (s) {
    case pitchclarity::Severity::error:
      return Paint::error;
    case pitchclarity::Severity::warning:
      return Paint::warning;
    case pitchclarity::Severity::note:
      break;
  }
  return Paint::note;
}

}  // namespace

void write_diagnostics(std::ostream& out, std::string_view name, std::string_view text,
                       const pitchclarity::Report& report, const Palette& paint) {
  const std::string shown_name = one_line(name);
  for (const pitchclarity::Finding& f : report.findings) {
    std::string location = shown_name + ':';
    if (f.span) location += std::to_string(f.span->line) + ':' + std::to_string(f.span->column) + ':';
    out << paint(Paint::location, location) << ' '
        << paint(severity_paint(f.severity), std::string(pitchclarity::to_string(f.severity)) + ":") << ' '
        << paint(Paint::bold, one_line(f.message) + " [" + f.rule + "]") << '\n';
    if (f.span) {
      const Excerpt e = excerpt(text, f.span->start, f.span->end);
      out << e.line << '\n' << paint(Paint::caret, e.underline) << '\n';
    }
    if (!f.suggestion.empty())
      out << "  " << paint(Paint::suggestion, "suggestion:") << ' ' << one_line(f.suggestion) << '\n';
  }
}

}  // namespace pitchcheck
