// model/industry.hpp — the target market's sector: 0 none, 1 broad sector, 2 sub-sector, with NAICS codes.
#pragma once

#include "model/target.hpp"

#include <pitchclarity/report.hpp>

namespace pitchclarity::model {

struct IndustryFinding {
  int level = 0;
  std::vector<Sector> sectors;
  std::vector<TokenRange> evidence;
};

IndustryFinding find_industry(const Context& ctx, const TargetResult& targets);

}  // namespace pitchclarity::model
