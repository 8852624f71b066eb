#include "model/clarity.hpp"

#include <algorithm>
#include <cmath>

namespace pitchclarity::model {

int clarity_score(const std::vector<Finding>& findings, int words) {
  double cost = 0;
  for (const Finding& f : findings) {
    if (f.category == "jargon") cost += 3.0;
    else if (f.category == "acronym") cost += 2.0;
    else if (f.category == "sentence") cost += 3.0;
    else if (f.category == "hedge") cost += 1.5;
    else if (f.category == "filler") cost += 1.0;
  }
  // Cost per 100 words, with a floor of 50 words so a short pitch with one buzzword is not zeroed.
  const double density = cost * 100.0 / std::max(words, 50);
  // Exponential decay: the first buzzword costs most, and a rambling pitch bottoms out gently rather than
  // at zero (3 per 100 words → 82, 13 → 42, 30 → 14).
  return static_cast<int>(std::lround(std::clamp(100.0 * std::exp(-density / 15.0), 0.0, 100.0)));
}

}  // namespace pitchclarity::model
