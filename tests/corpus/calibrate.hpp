// tests/corpus/calibrate.hpp — searches the score weights that best track the holistic labels on a split.
#pragma once

#include "evaluate.hpp"

#include <string>

namespace pitchclarity::eval {

// Coordinate search over the weights of lib/model/data/score.toml, maximising Spearman(score, holistic)
// on the split's reports; returns the best weights as TOML plus the Spearman before and after.
std::string calibrate_weights(const SplitResult& split);

}  // namespace pitchclarity::eval
