// rules/pack.hpp — reading one rule pack (TOML) into unchecked rule specs. Internal to lib/rules.
//
// The loader checks the pack's shape (known keys, types, required keys, enum values, example syntax)
// and remembers where every value came from, so that the compile step (rule_set.cpp) can report the
// problems only it can find (a regex that does not compile, a phrase with no words) at file:line:col.
#pragma once

#include <cstdint>
#include <pitchclarity/analyzer.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "rules/conditions.hpp"
#include "rules/rule.hpp"

namespace pitchclarity::rules {

struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

template <class T>
struct Located {
  T value{};
  SourcePos at;
};

enum class Metric : std::uint8_t { sentence_words, speaking_seconds };
enum class Relation : std::uint8_t { over_slot, under_slot };

struct RuleSpec {
  Descriptor descriptor;
  SourcePos at;  // the [[rule]] header
  Located<std::string> id;
  std::vector<Located<std::string>> aliases;
  std::vector<Condition> unless;
  // phrase
  std::vector<Located<std::string>> phrases;
  bool inflect = true;
  // phrase: the tokens around the match (README "Context"); each entry is a token sequence, "^" / "$" the
  // start / end of a line
  std::vector<Located<std::string>> before, not_before, after;
  std::vector<Condition> when;  // conditions that must all hold
  // regex
  Located<std::string> pattern;
  std::uint32_t pattern_quote_width = 0;  // 1 for a literal '…' string (offsets map to columns), else 0
  std::vector<std::string> needs;         // the pattern runs only on texts with a word containing one of these
  // metric
  Metric metric = Metric::sentence_words;
  std::uint32_t max_words = 0;
  Relation relation = Relation::over_slot;
  double fraction = 1.0;
  // acronym
  std::vector<std::string> allow;
};

struct PackSpec {
  std::string name;
  std::vector<RuleSpec> rules;
  std::vector<Located<std::string>> disable;
};

// "name:line:col".
std::string where(std::string_view pack, SourcePos at);

// "category.name": lower-case letters, digits and single inner hyphens on each side of one dot.
bool valid_rule_id(std::string_view id);

// Checks the {placeholders} of a message or suggestion: {match} only for rules with a span, {value} and
// {limit} only for metric rules; "{{" and "}}" are literal braces.
bool check_placeholders(std::string_view templ, bool spanned, bool metric, std::string& problem);

// Parses and shape-checks one pack. On failure returns false and sets `error` (where = "name:line:col").
bool load_pack(std::string_view name, std::string_view text, PackSpec& out, Error& error);

}  // namespace pitchclarity::rules
