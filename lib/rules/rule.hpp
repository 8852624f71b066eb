// rules/rule.hpp — what a compiled rule is and what running it yields.
//
// A rule is data (see rules/README.md): an id, a category, a severity, a message and a suggestion, one
// matcher kind, optional context conditions that keep it quiet, and examples. The RuleSet (rule_set.hpp)
// compiles every rule once; the types here are the plain values it hands back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <pitchclarity/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::rules {

// The categories a rule may declare (DESIGN.md's finding categories). `rules` is reserved for the engine's
// own notes (rules.regex-limit).
enum class Category : std::uint8_t { vague, missing, jargon, hedge, filler, acronym, sentence, length, rules };
inline constexpr std::size_t kCategoryCount = 9;

std::string_view to_string(Category category) noexcept;
// Parses a category a pack may declare (not `rules`).
std::optional<Category> parse_category(std::string_view name) noexcept;

// `internal` rules are matched by C++ outside the engine (the model's vague targets and missing parts,
// the engine's regex-limit note): run() never reports them, but they are descriptors like any other.
enum class Kind : std::uint8_t { phrase, regex, metric, acronym, internal };

std::string_view to_string(Kind kind) noexcept;

inline constexpr std::uint32_t kNoRule = std::numeric_limits<std::uint32_t>::max();

// One rule's description, as written in its pack (placeholders unfilled).
struct Descriptor {
  std::string id;  // "category.name"
  Category category = Category::vague;
  Severity severity = Severity::warning;
  Kind kind = Kind::phrase;
  std::string message;                       // may hold {match}, {value}, {limit}, {rule}
  std::string suggestion;                    // likewise
  std::string pack;                          // the pack's name (builtin packs: "en/vague.toml")
  std::string where;                         // "pack:line:col" of the rule's [[rule]] header
  std::vector<std::string> aliases;          // old ids that still name this rule
  std::vector<std::string> triggers;         // must trigger; [brackets] mark each expected span
  std::vector<std::string> clean;            // must not trigger
  std::vector<std::string> false_positives;  // do trigger but should not: recorded, not hidden
  double example_words_per_minute = 0.0;     // RunContext for the examples (0: the default)
  double example_slot_seconds = 0.0;
  bool whole_text = false;  // matches carry no span (speaking-seconds metrics, engine notes)
  bool enabled = true;      // false when disabled by a pack's `disable` or by the caller
};

// What run() needs besides the text.
struct RunContext {
  double words_per_minute = 150.0;
  double slot_seconds = 60.0;
};

// One hit. [start, end) are byte offsets into Document::original() when has_span; whole-text matches
// (has_span false) come last. `value`/`limit` feed {value}/{limit}: the sentence's words and the rule's
// max, or the estimated seconds and the slot. `subject` is the rule a rules.regex-limit note is about.
struct Match {
  std::uint32_t rule = 0;  // index into RuleSet::descriptors()
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool has_span = true;
  std::uint32_t subject = kNoRule;
  double value = 0.0;
  double limit = 0.0;

  friend bool operator==(const Match&, const Match&) = default;
};

}  // namespace pitchclarity::rules
