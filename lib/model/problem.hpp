// model/problem.hpp — the pain the speaker removes: 0 none, 1 generic benefit, 2 concrete situation,
// 3 concrete plus a measure (money, time, share, count) or a material consequence.
#pragma once

#include "model/context.hpp"

namespace pitchclarity::model {

struct ProblemResult {
  int level = 0;
  std::vector<TokenRange> evidence;
  TokenRange best;  // the clause that earned the level, for the rewrite
};

// `excluded` marks tokens already used by target or ask phrases, so "who lose patients" in a target
// clause still counts as a problem but a cue word does not.
ProblemResult find_problem(const Context& ctx);

}  // namespace pitchclarity::model
