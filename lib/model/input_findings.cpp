#include "model/input_findings.hpp"

#include <string>

namespace pitchclarity {

Span make_span(const text::Document& doc, std::uint32_t start, std::uint32_t end) {
  const text::Position p = doc.locate(start);
  return Span{start, end, p.line, p.column, std::string(doc.original().substr(start, end - start))};
}

void add_input_findings(const text::Document& doc, std::size_t full_size, std::size_t max_bytes,
                        std::vector<Finding>& out) {
  for (const text::ByteRun& run : doc.invalid_utf8()) {
    const std::size_t n = run.end - run.start;
    out.push_back({"input.invalid-utf8", "input", Severity::warning,
                   std::to_string(n) + (n == 1 ? " byte is" : " bytes are") + " not valid UTF-8",
                   "save the text as UTF-8; the bytes were read as U+FFFD", make_span(doc, run.start, run.end)});
  }
  if (full_size > max_bytes) {
    out.push_back({"input.truncated", "input", Severity::warning,
                   "the text is " + std::to_string(full_size) + " bytes; only the first " + std::to_string(max_bytes) +
                       " were analysed",
                   "a pitch is a page of text: trim it, or raise the input limit", {}});
  }
  if (doc.tokens().empty()) {
    out.push_back({"input.empty", "input", Severity::error, "there is no text to analyse",
                   "paste the pitch as you would say it", {}});
  }
}

}  // namespace pitchclarity
