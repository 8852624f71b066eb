#include "rules_commands.hpp"

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "caret.hpp"
#include "csv_writer.hpp"
#include "display_width.hpp"
#include "exit_codes.hpp"
#include "suggest.hpp"

namespace pitchcheck {
namespace {

using json = nlohmann::ordered_json;

json rule_json(const pitchclarity::RuleInfo& r) {
  return json{{"id", r.id},
              {"category", r.category},
              {"severity", std::string(pitchclarity::to_string(r.severity))},
              {"enabled", r.enabled},
              {"pack", r.pack},
              {"message", r.message},
              {"suggestion", r.suggestion},
              {"examples", {{"trigger", r.triggers}, {"clean", r.clean}}}};
}

std::string dump(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

std::string padded(std::string s, std::size_t width) {
  const auto w = static_cast<std::size_t>(display_width(s));
  if (w < width) s.append(width - w, ' ');
  return s;
}

// An example as the rule's tests write it, "I want [paying clients].", shown as the sentence with the
// bracketed words underlined the way a diagnostic would underline them.
void write_example(std::ostream& out, const std::string& example, const Palette& paint) {
  std::string plain;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool marked = false;
  for (char c : example) {
    if (c == '[' && !marked) {
      start = static_cast<std::uint32_t>(plain.size());
      marked = true;
    } else if (c == ']' && marked && end == 0) {
      end = static_cast<std::uint32_t>(plain.size());
    } else {
      plain += c;
    }
  }
  if (!marked || end < start) {
    out << "    " << one_line(example) << '\n';
    return;
  }
  const Excerpt e = excerpt(plain, start, end);
  out << "    " << e.line << '\n' << "    " << paint(Paint::caret, e.underline) << '\n';
}

}  // namespace

int list_rules(const pitchclarity::Analyzer& analyzer, Format format, const Palette& paint, std::ostream& out) {
  const std::vector<pitchclarity::RuleInfo> rules = analyzer.rules();
  switch (format) {
    case Format::json: {
      json all = json::array();
      for (const auto& r : rules) all.push_back(rule_json(r));
      out << dump(all, 2) << '\n';
      return kExitOk;
    }
    case Format::jsonl:
      for (const auto& r : rules) out << dump(rule_json(r), -1) << '\n';
      return kExitOk;
    case Format::csv:
      write_csv_record(out, {"id", "category", "severity", "enabled", "pack", "message", "suggestion"});
      for (const auto& r : rules) {
        write_csv_record(out, {r.id, r.category, std::string(pitchclarity::to_string(r.severity)),
                               r.enabled ? "true" : "false", r.pack, r.message, r.suggestion});
      }
      return kExitOk;
    case Format::text:
      break;
  }
  std::size_t id_width = 2;
  for (const auto& r : rules) id_width = std::max(id_width, r.id.size());
  for (const auto& r : rules) {
    out << paint(Paint::bold, padded(r.id, id_width)) << "  "
        << padded(std::string(pitchclarity::to_string(r.severity)), 7) << "  " << one_line(r.message);
    if (!r.enabled) out << ' ' << paint(Paint::dim, "(disabled)");
    out << '\n';
  }
  out << rules.size() << (rules.size() == 1 ? " rule" : " rules") << "; pitchcheck --explain ID shows one in full\n";
  return kExitOk;
}

int explain_rule(const pitchclarity::Analyzer& analyzer, const std::string& id, Format format, const Palette& paint,
                 std::ostream& out) {
  const std::vector<pitchclarity::RuleInfo> rules = analyzer.rules();
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.id == id; });
  if (it == rules.end()) {
    std::vector<std::string> ids;
    for (const auto& r : rules) ids.push_back(r.id);
    std::cerr << "pitchcheck: error: --explain " << id << ": there is no rule with that id";
    const std::string near = nearest(id, ids);
    if (!near.empty()) std::cerr << "; did you mean '" << near << "'?";
    std::cerr << "\nRun 'pitchcheck --list-rules' to see them all.\n";
    return kExitUsage;
  }
  const pitchclarity::RuleInfo& r = *it;
  if (format != Format::text) {
    out << dump(rule_json(r), format == Format::json ? 2 : -1) << '\n';
    return kExitOk;
  }
  out << paint(Paint::bold, r.id) << "  (" << r.category << ", " << pitchclarity::to_string(r.severity) << ", from "
      << one_line(r.pack) << (r.enabled ? "" : ", disabled") << ")\n";
  out << "  " << one_line(r.message) << '\n';
  out << "  " << paint(Paint::suggestion, "suggestion:") << ' ' << one_line(r.suggestion) << '\n';
  if (!r.triggers.empty()) {
    out << '\n' << "  Flags, for example:\n";
    for (const std::string& e : r.triggers) write_example(out, e, paint);
  }
  if (!r.clean.empty()) {
    out << '\n' << "  Leaves alone, for example:\n";
    for (const std::string& e : r.clean) out << "    " << one_line(e) << '\n';
  }
  return kExitOk;
}

}  // namespace pitchcheck
