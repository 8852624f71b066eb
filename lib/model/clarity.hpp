// model/clarity.hpp — a 0–100 clarity score from the language findings (jargon, acronyms, hedges,
// fillers, overlong sentences), weighted and scaled by length so a long pitch is not punished for length.
#pragma once

#include <pitchclarity/report.hpp>

#include <vector>

namespace pitchclarity::model {

int clarity_score(const std::vector<Finding>& findings, int words);

}  // namespace pitchclarity::model
