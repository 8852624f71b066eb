// pitchclarity/report.hpp — the value types an analysis returns.
//
// A Report is plain data: copyable, comparable, safe to move between threads. Every Span holds exact byte
// offsets into the text the caller passed to Analyzer::analyze, so `text.substr(start, end - start)` is
// always `Span::text`, whatever normalisation happened inside.
#pragma once

#include <pitchclarity/export.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity {

// A run of the caller's original bytes. `line` and `column` are 1-based; `column` counts code points
// (an invalid UTF-8 sequence counts as one), lines end at LF, CRLF or a lone CR.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::string text;

  friend bool operator==(const Span&, const Span&) = default;
};

enum class Severity : std::uint8_t { error, warning, note };

PITCHCLARITY_EXPORT std::string_view to_string(Severity severity) noexcept;

struct Finding {
  std::string rule;      // "category.name", e.g. "vague.paying-clients"
  std::string category;  // vague, missing, jargon, hedge, filler, acronym, sentence, length, input
  Severity severity = Severity::warning;
  std::string message;
  std::string suggestion;
  std::optional<Span> span;  // absent for findings about the whole pitch (missing.ask, length.over-slot)

  friend bool operator==(const Finding&, const Finding&) = default;
};

// A level-scored dimension with the text that earned the level.
struct LevelResult {
  int level = 0;
  std::vector<Span> evidence;

  friend bool operator==(const LevelResult&, const LevelResult&) = default;
};

struct Sector {
  std::string code;  // NAICS code, 2–6 digits
  std::string name;  // its title

  friend bool operator==(const Sector&, const Sector&) = default;
};

struct IndustryResult : LevelResult {
  std::vector<Sector> sectors;

  friend bool operator==(const IndustryResult&, const IndustryResult&) = default;
};

struct ClarityResult {
  int score = 100;  // 0–100

  friend bool operator==(const ClarityResult&, const ClarityResult&) = default;
};

struct LengthResult {
  int words = 0;
  int sentences = 0;
  double seconds = 0.0;  // estimated speaking time at Options::words_per_minute

  friend bool operator==(const LengthResult&, const LengthResult&) = default;
};

// What the pitch says about whom it wants, as used by group matching: lemmas of the target's head nouns
// (roles and business types), places, and sector codes. Generic words never appear here.
struct TargetProfile {
  std::vector<std::string> roles;
  std::vector<std::string> places;
  std::vector<std::string> sector_codes;
  std::vector<std::string> names;  // named people or organisations the speaker wants to meet

  friend bool operator==(const TargetProfile&, const TargetProfile&) = default;
};

struct Dimensions {
  LevelResult target_client;
  IndustryResult industry;
  LevelResult problem;
  LevelResult ask;
  LevelResult give;
  LevelResult offer;
  ClarityResult clarity;
  LengthResult length;

  friend bool operator==(const Dimensions&, const Dimensions&) = default;
};

struct Report {
  std::string id;
  int score = 0;             // 0–100
  std::string band;          // vague < 40 ≤ developing < 65 ≤ clear < 85 ≤ specific
  Dimensions dimensions;
  std::vector<Finding> findings;  // in text order; whole-pitch findings last
  std::string suggested_rewrite;
  TargetProfile target;          // what group matching compares
  std::string offer_summary;     // the speaker's service in their words ("commercial property solicitor")

  friend bool operator==(const Report&, const Report&) = default;
};

// The band for a score, as DESIGN.md defines it.
PITCHCLARITY_EXPORT std::string_view band_for(int score) noexcept;

// Serialises a report to the JSON contract in DESIGN.md (one object, keys in a stable order).
// `indent` < 0 gives one line (for JSONL); otherwise pretty-printed with that many spaces.
PITCHCLARITY_EXPORT std::string to_json(const Report& report, int indent = -1);

}  // namespace pitchclarity
