#include "model/pipeline.hpp"

#include "model/input_findings.hpp"
#include "model/length.hpp"
#include "text/document.hpp"

#include <algorithm>

namespace pitchclarity {
namespace {

// The longest prefix of at most `limit` bytes that does not end inside a UTF-8 sequence, so truncating
// never manufactures an invalid-UTF-8 finding at the cut.
std::size_t cut_point(std::string_view utf8, std::size_t limit) {
  if (utf8.size() <= limit) return utf8.size();
  std::size_t cut = limit;
  for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80; ++back) --cut;
  return cut;
}

}  // namespace

Error build_pipeline(Analyzer::Impl&) { return {}; }

Report run_pipeline(const Analyzer::Impl& impl, std::string_view utf8, std::string_view id) {
  const std::string_view input = utf8.substr(0, cut_point(utf8, impl.options.max_input_bytes));
  const text::Document doc = text::Document::build(input);

  Report report;
  report.id = std::string(id);
  add_input_findings(doc, utf8.size(), impl.options.max_input_bytes, report.findings);
  report.dimensions.length = measure_length(doc, impl.options.words_per_minute);
  report.band = std::string(band_for(report.score));
  return report;
}

std::vector<RuleInfo> pipeline_rules(const Analyzer::Impl&) { return {}; }

}  // namespace pitchclarity
