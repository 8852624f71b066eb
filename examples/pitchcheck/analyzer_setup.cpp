#include "analyzer_setup.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "exit_codes.hpp"
#include "read_file.hpp"
#include "suggest.hpp"

namespace pitchcheck {
namespace {

// After a construction error that names no file, say which --disable ids are unknown and what was meant.
// Only on this error path, so building a second analyzer costs nothing in normal runs.
void explain_unknown_disables(pitchclarity::Options options) {
  const std::vector<std::string> disabled = std::move(options.disabled_rules);
  options.disabled_rules.clear();
  const pitchclarity::Analyzer plain(options);
  if (!plain.ok()) return;
  std::vector<std::string> ids;
  for (const pitchclarity::RuleInfo& r : plain.rules()) ids.push_back(r.id);
  for (const std::string& id : disabled) {
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    const std::string near = nearest(id, ids);
    if (!near.empty()) std::cerr << "pitchcheck: note: for --disable " << id << ", did you mean '" << near << "'?\n";
  }
  std::cerr << "Run 'pitchcheck --list-rules' to see the rule ids.\n";
}

}  // namespace

int build_analyzer(const Settings& settings, std::optional<pitchclarity::Analyzer>& out) {
  pitchclarity::Options options;
  if (settings.words_per_minute) options.words_per_minute = *settings.words_per_minute;
  if (settings.slot_seconds) options.slot_seconds = *settings.slot_seconds;
  options.disabled_rules = settings.disabled_rules;
  for (const std::string& path : settings.rule_files) {
    FileContents file = read_file(path);
    if (!file.ok) {
      std::cerr << "pitchcheck: error: " << path << ": " << file.error << " (given with --rules)\n";
      return kExitRulePack;
    }
    options.rule_packs.push_back({path, std::move(file.bytes)});
  }

  pitchclarity::Analyzer analyzer(options);
  if (analyzer.ok()) {
    out.emplace(std::move(analyzer));
    return kExitOk;
  }
  const pitchclarity::Error& error = analyzer.error();
  std::cerr << "pitchcheck: error: " << error.message() << '\n';
  if (!error.where().empty()) return kExitRulePack;
  if (!options.disabled_rules.empty()) explain_unknown_disables(options);
  return kExitUsage;
}

}  // namespace pitchcheck
