// fuzz_rule_pack — building an Analyzer from a user rule pack (Options::rule_packs) that is the fuzz input.
//
// The built-in English pack is off so that each input costs one small pack's compile, not the whole default
// set (the model's own checks.toml still loads). A pack that is refused must say where, as
// "fuzz.toml:LINE:COL" inside the input; a pack that loads must then run: on a sample pitch, on its own text,
// and on every example of every rule it defines, each report keeping the report invariants.
#include <pitchclarity/analyzer.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_support.hpp"

namespace {

constexpr std::string_view kSample =
    "Hi everyone, I'm Zoë from Zoë’s café. I want paying clients, honestly anyone — synergy! "
    "If you know the practice manager at a dental practice in Leeds, I'd love an introduction.";

// "fuzz.toml:12:3" -> true when the line is inside the pack and both numbers are at least 1.
bool located(const std::string& where, std::string_view pack) {
  constexpr std::string_view prefix = "fuzz.toml:";
  if (where.rfind(prefix, 0) != 0) return false;
  unsigned long line = 0;
  unsigned long column = 0;
  if (std::sscanf(where.c_str() + prefix.size(), "%lu:%lu", &line, &column) != 2) return false;
  return line >= 1 && column >= 1 && line <= pcfuzz::line_at(pack, pack.size()) + 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view pack(reinterpret_cast<const char*>(data), size);
  pitchclarity::Options options;
  options.builtin_rules = false;
  options.rule_packs.push_back({"fuzz.toml", std::string(pack)});
  const pitchclarity::Analyzer analyzer(options);
  if (!analyzer.ok()) {
    const pitchclarity::Error& e = analyzer.error();
    pcfuzz::require(!e.reason().empty(), "a refused pack without a reason");
    pcfuzz::require(located(e.where(), pack), "error not located in the pack: '" + e.message() + "'");
    return 0;
  }
  for (const std::string_view text : {kSample, pack}) pcfuzz::check_report(analyzer.analyze(text), text);
  for (const pitchclarity::RuleInfo& rule : analyzer.rules()) {
    pcfuzz::require(!rule.id.empty() && !rule.category.empty(), "a rule without id or category");
    for (const auto* examples : {&rule.triggers, &rule.clean}) {
      for (const std::string& text : *examples) pcfuzz::check_report(analyzer.analyze(text), text);
    }
  }
  return 0;
}
