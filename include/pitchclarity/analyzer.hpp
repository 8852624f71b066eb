// pitchclarity/analyzer.hpp — judge whether a listener could act on an elevator pitch.
//
//   pitchclarity::Analyzer analyzer{pitchclarity::Options{}};
//   if (!analyzer.ok()) { std::cerr << analyzer.error().message() << '\n'; return 2; }
//   pitchclarity::Report report = analyzer.analyze("I help dentists in Leeds who lose patients to no-shows.");
//   std::cout << report.score << ' ' << report.band << '\n';
//
// An Analyzer is built once (it compiles every rule, regex and table then), is immutable afterwards, and is
// safe to share between threads: `analyze` is const, takes no locks and touches no global mutable state.
// Construction never throws: check `ok()`. `analyze` never fails on user text: invalid UTF-8, NUL bytes and
// oversized input become findings in the report.
#pragma once

#include <pitchclarity/export.hpp>
#include <pitchclarity/report.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity {

// A rule pack given as text, with the name used in error messages (usually its file path).
struct RulePackSource {
  std::string name;
  std::string text;
};

struct Options {
  double words_per_minute = 150.0;      // speaking rate for the length estimate (must be > 0)
  double slot_seconds = 60.0;           // the speaking slot (must be > 0)
  std::vector<RulePackSource> rule_packs;  // user packs, loaded after the built-in English pack
  std::vector<std::string> disabled_rules;  // rule ids to switch off (unknown ids are a construction error)
  bool builtin_rules = true;            // load the built-in English pack
  std::size_t max_input_bytes = 16u << 20;  // longer input is analysed up to here, with an input.truncated finding
};

// Why construction failed. `where` is "file:line:col" when the cause is in a rule pack, empty otherwise.
class PITCHCLARITY_EXPORT Error {
 public:
  Error() = default;
  Error(std::string where, std::string reason) : where_(std::move(where)), reason_(std::move(reason)) {}
  const std::string& where() const noexcept { return where_; }
  const std::string& reason() const noexcept { return reason_; }
  // "where: reason", or just the reason.
  std::string message() const;
  explicit operator bool() const noexcept { return !reason_.empty(); }

 private:
  std::string where_;
  std::string reason_;
};

// One rule's public description, for --list-rules and --explain.
struct RuleInfo {
  std::string id;
  std::string category;
  Severity severity = Severity::warning;
  std::string message;
  std::string suggestion;
  std::string pack;  // which pack defined it
  std::vector<std::string> triggers;  // examples that must trigger it ([brackets] mark the span)
  std::vector<std::string> clean;     // examples that must not
  bool enabled = true;
};

class PITCHCLARITY_EXPORT Analyzer {
 public:
  explicit Analyzer(const Options& options = Options{});
  ~Analyzer();
  Analyzer(const Analyzer&);
  Analyzer& operator=(const Analyzer&);
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  bool ok() const noexcept;
  const Error& error() const noexcept;
  const Options& options() const noexcept;

  // Analyses one pitch. A pure function of `utf8` and the options; `id` is copied into the report.
  // Calling this on an Analyzer that is not ok() returns a report with a single `input.analyzer-error` finding.
  Report analyze(std::string_view utf8, std::string_view id = {}) const;

  // Every rule the analyzer knows, built-in and user, sorted by id.
  std::vector<RuleInfo> rules() const;

  // Opaque: defined inside the library, holding the compiled rules and tables.
  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
  Error error_;
  Options options_;
};

}  // namespace pitchclarity
