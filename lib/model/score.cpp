#include "model/score.hpp"

#include <algorithm>
#include <cmath>

namespace pitchclarity::model {

int overall_score(const ScoreWeights& w, const Dimensions& d, int vague_findings, bool over_slot, bool vague_ask) {
  const double total = w.target + w.industry + w.problem + w.ask + w.give + w.offer + w.clarity;
  const double mean = (w.target * d.target_client.level / 4.0 + w.industry * d.industry.level / 2.0 +
                       w.problem * d.problem.level / 3.0 + w.ask * d.ask.level / 3.0 + w.give * d.give.level / 2.0 +
                       w.offer * d.offer.level / 2.0 + w.clarity * d.clarity.score / 100.0) /
                      (total > 0 ? total : 1.0);
  double score = 100.0 * mean - w.vague_penalty * std::min(vague_findings, w.max_vague_findings) -
                 (over_slot ? w.over_slot_penalty : 0.0);
  if (d.target_client.level == 0) score = std::min(score, w.cap_target0);
  if (d.target_client.level == 1) score = std::min(score, w.cap_target1);
  if (vague_ask) score = std::min(score, w.cap_vague_ask);
  return static_cast<int>(std::lround(std::clamp(score, 0.0, 100.0)));
}

}  // namespace pitchclarity::model
