// model/analyzer_impl.hpp — what an Analyzer holds once built: everything compiled, nothing mutable.
#pragma once

#include "model/model_data.hpp"
#include "rules/rule_set.hpp"

#include <pitchclarity/analyzer.hpp>

namespace pitchclarity {

struct Analyzer::Impl {
  Options options;
  rules::RuleSet rules;
  model::ModelData data;
};

}  // namespace pitchclarity
