// rules/examples.cpp — bracketed examples, and running them through the engine.
#include "rules/examples.hpp"

#include <algorithm>

#include "rules/rule_set.hpp"

namespace pitchclarity::rules {

bool parse_example(std::string_view raw, ParsedExample& out, std::string& problem) {
  out = {};
  bool open = false;
  std::uint32_t start = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\') {
      if (i + 1 < raw.size() && (raw[i + 1] == '[' || raw[i + 1] == ']' || raw[i + 1] == '\\')) {
        out.text += raw[++i];
        continue;
      }
      problem = "a backslash must be followed by [, ] or \\";
      return false;
    }
    if (c == '[') {
      if (open) {
        problem = "brackets cannot nest";
        return false;
      }
      open = true;
      start = static_cast<std::uint32_t>(out.text.size());
    } else if (c == ']') {
      if (!open) {
        problem = "']' without '['";
        return false;
      }
      open = false;
      const auto end = static_cast<std::uint32_t>(out.text.size());
      if (end == start) {
        problem = "empty [] span";
        return false;
      }
      out.spans.emplace_back(start, end);
    } else {
      out.text += c;
    }
  }
  if (open) {
    problem = "'[' without ']'";
    return false;
  }
  return true;
}

namespace {

std::string show(std::string_view text, std::uint32_t start, std::uint32_t end) {
  std::string out = "[";
  out += text.substr(start, end - start);
  out += "] at ";
  out += std::to_string(start);
  out += "–";
  out += std::to_string(end);
  return out;
}

std::string show_all(std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans) {
  if (spans.empty()) return "nothing";
  std::string out;
  for (const auto& [start, end] : spans) {
    if (!out.empty()) out += ", ";
    out += start == end ? std::string{"a whole-text match"} : show(text, start, end);
  }
  return out;
}

}  // namespace

std::vector<ExampleFailure> verify_examples(const RuleSet& set, std::string_view only) {
  std::vector<ExampleFailure> failures;
  const auto descriptors = set.descriptors();
  std::vector<Match> matches;
  for (std::uint32_t index = 0; index < descriptors.size(); ++index) {
    const auto& d = descriptors[index];
    if (d.kind == Kind::internal || (!only.empty() && d.id != only)) continue;
    if (d.triggers.empty()) failures.push_back({d.id, {}, "has no trigger example"});
    if (d.clean.empty()) failures.push_back({d.id, {}, "has no clean example"});

    RunContext context;
    if (d.example_words_per_minute > 0.0) context.words_per_minute = d.example_words_per_minute;
    if (d.example_slot_seconds > 0.0) context.slot_seconds = d.example_slot_seconds;

    // Runs one example; returns false (after recording why) when it cannot be parsed.
    const auto run = [&](const std::string& raw, ParsedExample& parsed,
                         std::vector<std::pair<std::uint32_t, std::uint32_t>>& got) {
      std::string problem;
      if (!parse_example(raw, parsed, problem)) {
        failures.push_back({d.id, raw, problem});
        return false;
      }
      const auto doc = text::Document::build(parsed.text, RuleSet::lemmatizer());
      matches.clear();
      set.run_impl(doc, context, matches, index);
      for (const auto& m : matches) {
        if (m.rule != index) continue;
        got.emplace_back(m.has_span ? m.start : 0, m.has_span ? m.end : 0);
      }
      std::sort(got.begin(), got.end());
      return true;
    };

    for (const auto& raw : d.triggers) {
      ParsedExample parsed;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> got;
      if (!run(raw, parsed, got)) continue;
      auto expected = parsed.spans;
      if (d.whole_text) expected.assign(1, {0, 0});
      std::sort(expected.begin(), expected.end());
      if (got != expected)
        failures.push_back(
            {d.id, raw, "expected " + show_all(parsed.text, expected) + ", got " + show_all(parsed.text, got)});
    }
    for (const auto& raw : d.clean) {
      ParsedExample parsed;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> got;
      if (!run(raw, parsed, got)) continue;
      if (!got.empty()) failures.push_back({d.id, raw, "clean example triggered: " + show_all(parsed.text, got)});
    }
    for (const auto& raw : d.false_positives) {
      ParsedExample parsed;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> got;
      if (!run(raw, parsed, got)) continue;
      if (got.empty())
        failures.push_back({d.id, raw, "recorded false positive no longer triggers: move it to 'clean'"});
    }
  }
  return failures;
}

}  // namespace pitchclarity::rules
