// analyzer_setup.hpp — turning the command line into a ready pitchclarity::Analyzer, or an exit code.
#pragma once

#include <optional>
#include <pitchclarity/analyzer.hpp>

#include "settings.hpp"

namespace pitchcheck {

// Reads the --rules files and builds the analyzer. On failure prints "pitchcheck: error: …" and returns
// kExitRulePack (a rule pack could not be read or loaded) or kExitUsage (a bad option such as an unknown
// --disable id); on success returns kExitOk and fills `out`.
int build_analyzer(const Settings& settings, std::optional<pitchclarity::Analyzer>& out);

}  // namespace pitchcheck
