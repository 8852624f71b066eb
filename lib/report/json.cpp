// The JSON contract of DESIGN.md. ordered_json keeps keys in the documented order, so output is stable
// and diffs of reports stay readable.
#include "report/json_value.hpp"

#include <cmath>

namespace pitchclarity {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Span& s) {
  return json{{"start", s.start}, {"end", s.end}, {"line", s.line}, {"column", s.column}, {"text", s.text}};
}

json spans_json(const std::vector<Span>& spans) {
  json out = json::array();
  for (const Span& s : spans) out.push_back(span_json(s));
  return out;
}

json level_json(const LevelResult& r) { return json{{"level", r.level}, {"evidence", spans_json(r.evidence)}}; }

json strings_json(const std::vector<std::string>& v) {
  json out = json::array();
  for (const std::string& s : v) out.push_back(s);
  return out;
}

}  // namespace

nlohmann::ordered_json report_to_json_value(const Report& r) {
  json industry = json{{"level", r.dimensions.industry.level}, {"sectors", json::array()}};
  for (const Sector& s : r.dimensions.industry.sectors) industry["sectors"].push_back({{"code", s.code}, {"name", s.name}});
  industry["evidence"] = spans_json(r.dimensions.industry.evidence);

  // Seconds to one decimal: enough for a speaking estimate, and stable across platforms' float printing.
  const double seconds = std::round(r.dimensions.length.seconds * 10.0) / 10.0;

  json findings = json::array();
  for (const Finding& f : r.findings) {
    json j{{"rule", f.rule}, {"category", f.category}, {"severity", std::string(to_string(f.severity))}};
    if (f.span) {
      j["start"] = f.span->start;
      j["end"] = f.span->end;
      j["line"] = f.span->line;
      j["column"] = f.span->column;
      j["text"] = f.span->text;
    }
    j["message"] = f.message;
    j["suggestion"] = f.suggestion;
    findings.push_back(std::move(j));
  }

  return json{{"id", r.id},
              {"score", r.score},
              {"band", r.band},
              {"dimensions",
               {{"target_client", level_json(r.dimensions.target_client)},
                {"industry", std::move(industry)},
                {"problem", level_json(r.dimensions.problem)},
                {"ask", level_json(r.dimensions.ask)},
                {"give", level_json(r.dimensions.give)},
                {"offer", level_json(r.dimensions.offer)},
                {"clarity", {{"score", r.dimensions.clarity.score}}},
                {"length",
                 {{"words", r.dimensions.length.words},
                  {"sentences", r.dimensions.length.sentences},
                  {"seconds", seconds}}}}},
              {"findings", std::move(findings)},
              {"suggested_rewrite", r.suggested_rewrite},
              {"target",
               {{"roles", strings_json(r.target.roles)},
                {"places", strings_json(r.target.places)},
                {"sector_codes", strings_json(r.target.sector_codes)},
                {"names", strings_json(r.target.names)}}},
              {"offer_summary", r.offer_summary}};
}

std::string to_json(const Report& report, int indent) {
  // A span's text is the caller's bytes, which may be invalid UTF-8 (input.invalid-utf8 points at them).
  // JSON cannot carry those bytes, so they are written as U+FFFD rather than throwing; start/end stay exact.
  return report_to_json_value(report).dump(indent < 0 ? -1 : indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace pitchclarity
