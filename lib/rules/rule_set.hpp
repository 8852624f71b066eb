// rules/rule_set.hpp — every rule compiled once, run many times.
//
//   rules::RuleSet::Config config;            // builtin pack on, no user packs
//   config.packs.push_back({"team.toml", text});
//   rules::RuleSet set{config};
//   if (!set.ok()) return set.error();        // where() = "team.toml:12:3", reason() says what is wrong
//   auto doc = text::Document::build(pitch, rules::RuleSet::lemmatizer());
//   std::vector<rules::Match> matches;
//   set.run(doc, rules::RunContext{150.0, 60.0}, matches);
//   for (const auto& m : matches) render(set.descriptor(m.rule), set.message(m, doc), set.suggestion(m, doc));
//
// A RuleSet is immutable after construction and safe to share between threads: run() is const, uses
// only local scratch and touches no global mutable state. Construction never throws for bad packs (ask
// ok()/error()); copying is cheap (the compiled rules are shared).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <pitchclarity/analyzer.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "text/document.hpp"

namespace pitchclarity::rules {

struct ExampleFailure;

// One of the packs compiled into the library (lib/rules/packs/*.toml), in load order.
struct EmbeddedPack {
  std::string_view name;  // "en/vague.toml"
  std::string_view text;
};
std::span<const EmbeddedPack> builtin_packs() noexcept;

class RuleSet {
 public:
  struct Config {
    bool builtin = true;                // load builtin_packs() first
    std::vector<RulePackSource> packs;  // then these, in order
    std::vector<std::string> disabled;  // ids or aliases to switch off; unknown ones are an error
  };

  // The id of the engine's note when a regex exceeds its complexity bound.
  static constexpr std::string_view kRegexLimitId = "rules.regex-limit";

  RuleSet();  // an ok() set with no rules
  explicit RuleSet(const Config& config);

  bool ok() const noexcept { return !error_; }
  const Error& error() const noexcept { return error_; }

  // The lemmatizer Documents given to run() must be built with (phrases are compiled with it).
  static text::Lemmatizer lemmatizer() noexcept;

  // Appends the matches of every enabled rule to `out`: spanned matches sorted by (start, end, rule),
  // then whole-text ones. Within a category matches never overlap: the earliest, then longest, wins (so
  // "if you know anyone" is reported once, not also as "anyone"). Never throws on any text (bad_alloc aside).
  void run(const text::Document& doc, const RunContext& context, std::vector<Match>& out) const;

  // All rules, in load order, disabled ones included; the engine's own notes come last.
  std::span<const Descriptor> descriptors() const noexcept;
  const Descriptor& descriptor(std::uint32_t index) const { return descriptors()[index]; }
  // Looks up an id or an alias.
  std::optional<std::uint32_t> find(std::string_view id_or_alias) const noexcept;

  // The descriptor's message and suggestion with placeholders filled from a match: {match} is the matched
  // original text, {value}/{limit} the metric's numbers, {rule} the id a rules.regex-limit note is about.
  std::string message(const Match& match, const text::Document& doc) const;
  std::string suggestion(const Match& match, const text::Document& doc) const;

  struct Compiled;  // opaque: the compiled rules, shared between copies

 private:
  friend std::vector<ExampleFailure> verify_examples(const RuleSet&, std::string_view);
  // run(), with rule `force` treated as enabled (kNoRule: none). For the example checks.
  void run_impl(const text::Document& doc, const RunContext& context, std::vector<Match>& out,
                std::uint32_t force) const;

  std::shared_ptr<const Compiled> compiled_;
  Error error_;
};

// Fills {match}, {value}, {limit}, {rule}; "{{" and "}}" give braces.
std::string fill_placeholders(std::string_view templ, std::string_view match, double value, double limit,
                              std::string_view rule);

}  // namespace pitchclarity::rules
