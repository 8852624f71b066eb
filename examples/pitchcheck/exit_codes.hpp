// exit_codes.hpp — what pitchcheck's exit status means. README.md documents the same table; keep them together.
//
// When several things go wrong in one run, the most severe wins: a usage or rule-pack error stops the run
// before any pitch is read; otherwise an unreadable input (3) outranks a pitch below --min-score (1).
#pragma once

namespace pitchcheck {

enum ExitCode : int {
  kExitOk = 0,        // every input was read and every pitch met --min-score
  kExitBelowMin = 1,  // at least one pitch scored below --min-score
  kExitUsage = 2,     // bad command line: unknown option, bad value, unknown rule id, missing input, --html unwritable
  kExitInput = 3,     // some input could not be read or parsed (the others were still checked), or --html failed late
  kExitRulePack = 4,  // a --rules file could not be read, or the analyzer rejected it (file:line:col)
};

}  // namespace pitchcheck
