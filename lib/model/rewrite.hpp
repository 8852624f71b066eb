// model/rewrite.hpp — the pitch rebuilt from its own detected parts, with [bracketed placeholders] where a
// part is missing or too vague to keep.
#pragma once

#include "model/industry.hpp"
#include "model/offer_give.hpp"
#include "model/problem.hpp"
#include "model/target.hpp"

#include <string>

namespace pitchclarity::model {

struct DetectedParts {
  const TargetResult& targets;
  const ProblemResult& problem;
  const OfferResult& offer;
  const GiveResult& give;
};

std::string suggested_rewrite(const Context& ctx, const DetectedParts& parts);

}  // namespace pitchclarity::model
