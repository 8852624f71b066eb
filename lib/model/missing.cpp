#include "model/missing.hpp"

namespace pitchclarity::model {

std::vector<MissingCheck> missing_checks(const Dimensions& d) {
  return {
      {"missing.target", d.target_client.level == 0},
      {"missing.qualifier", d.target_client.level == 2},
      {"missing.problem", d.problem.level == 0},
      {"missing.ask", d.ask.level == 0},
      {"missing.offer", d.offer.level == 0},
      {"missing.industry", d.industry.level == 0 && d.target_client.level >= 2},
      {"missing.give", d.give.level == 0},
  };
}

}  // namespace pitchclarity::model
