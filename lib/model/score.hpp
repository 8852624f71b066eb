// model/score.hpp — the overall 0–100 score: one formula, weights from lib/model/data/score.toml.
#pragma once

#include "model/model_data.hpp"

#include <pitchclarity/report.hpp>

namespace pitchclarity::model {

int overall_score(const ScoreWeights& w, const Dimensions& d, int vague_findings, bool over_slot, bool vague_ask);

}  // namespace pitchclarity::model
