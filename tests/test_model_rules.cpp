// Every rule's examples, run through the whole Analyzer: the model's own (internal) rules are checked
// here, since only the full pipeline can match them; pack rules are checked here too, end to end.
#include "rules/examples.hpp"

#include <pitchclarity/analyzer.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

std::string describe(const pitchclarity::Report& r) {
  std::string out;
  for (const auto& f : r.findings) {
    out += "  " + f.rule + (f.span ? " '" + f.span->text + "'" : std::string()) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("every rule's examples behave through the Analyzer") {
  const pitchclarity::Analyzer analyzer;
  REQUIRE(analyzer.ok());
  const auto rules = analyzer.rules();
  REQUIRE(rules.size() > 20);
  int checked = 0;
  for (const auto& rule : rules) {
    if (rule.category == "rules") continue;  // the engine's own notes (rules.regex-limit) are not rules
    CAPTURE(rule.id);
    CHECK_MESSAGE(!rule.triggers.empty(), rule.id << " has no trigger example");
    CHECK_MESSAGE(!rule.clean.empty(), rule.id << " has no clean example");
    for (const std::string& raw : rule.triggers) {
      pitchclarity::rules::ParsedExample ex;
      std::string problem;
      REQUIRE_MESSAGE(pitchclarity::rules::parse_example(raw, ex, problem), raw << ": " << problem);
      const auto report = analyzer.analyze(ex.text);
      if (rule.id.rfind("length.", 0) == 0) continue;  // speaking-time examples need their own slot options
      for (const auto& [start, end] : ex.spans) {
        const bool found = std::any_of(report.findings.begin(), report.findings.end(), [&](const auto& f) {
          return f.rule == rule.id && f.span && f.span->start == start && f.span->end == end;
        });
        CHECK_MESSAGE(found, rule.id << " should flag '" << ex.text.substr(start, end - start) << "' in: " << ex.text
                                     << "\n got:\n" << describe(report));
      }
      if (ex.spans.empty()) {
        const bool found = std::any_of(report.findings.begin(), report.findings.end(),
                                       [&](const auto& f) { return f.rule == rule.id; });
        CHECK_MESSAGE(found, rule.id << " should fire on: " << ex.text << "\n got:\n" << describe(report));
      }
      ++checked;
    }
    for (const std::string& raw : rule.clean) {
      pitchclarity::rules::ParsedExample ex;
      std::string problem;
      REQUIRE(pitchclarity::rules::parse_example(raw, ex, problem));
      const auto report = analyzer.analyze(ex.text);
      const bool fired = std::any_of(report.findings.begin(), report.findings.end(),
                                     [&](const auto& f) { return f.rule == rule.id; });
      CHECK_MESSAGE(!fired, rule.id << " should not fire on: " << ex.text << "\n got:\n" << describe(report));
      ++checked;
    }
  }
  MESSAGE(checked << " examples checked across " << rules.size() << " rules");
}
