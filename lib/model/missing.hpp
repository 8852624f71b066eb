// model/missing.hpp — missing.* findings: a dimension the pitch leaves out, and what to add.
#pragma once

#include <pitchclarity/report.hpp>

#include <vector>

namespace pitchclarity::model {

// Whole-pitch findings for absent dimensions. Messages and suggestions come from the rule descriptors.
struct MissingCheck {
  const char* id;
  bool fires;
};

std::vector<MissingCheck> missing_checks(const Dimensions& d);

}  // namespace pitchclarity::model
