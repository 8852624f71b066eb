// rules/examples.hpp — the examples every rule carries, and checking them through the engine.
//
// A trigger example marks each span the rule must report with [square brackets]:
//     "I want [paying clients]."
// A clean example has no brackets. `\[`, `\]` and `\\` stand for the literal characters. Rules whose
// matches have no span (speaking-seconds metrics) take trigger examples without brackets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/rule.hpp"

namespace pitchclarity::rules {

class RuleSet;

struct ParsedExample {
  std::string text;                                            // brackets removed, escapes resolved
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;  // byte spans of the bracketed parts
};

// Parses one example. On malformed input (unbalanced or nested brackets, an empty span, a stray
// backslash) returns false with `problem` set.
bool parse_example(std::string_view raw, ParsedExample& out, std::string& problem);

struct ExampleFailure {
  std::string rule;     // the rule's id
  std::string example;  // the example as written
  std::string problem;  // what went wrong, e.g. "expected [paying clients] at 7–21, got nothing"
};

// Runs every example of every rule in `rules` (disabled ones too) through RuleSet::run on a Document built
// with the lexicon's lemmatizer, and reports each example that does not behave:
//   - a trigger example must yield matches of its rule whose spans are exactly the bracketed ones;
//   - a clean example must yield no match of its rule;
//   - a false_positive example must still trigger (else it was fixed: move it to clean);
//   - a pack rule must have at least one trigger and one clean example.
// Disabled rules are checked with themselves enabled, and against the other rules of the set; `only`
// restricts the check to one rule id when not empty.
std::vector<ExampleFailure> verify_examples(const RuleSet& rules, std::string_view only = {});

}  // namespace pitchclarity::rules
