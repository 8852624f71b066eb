// model/pipeline.hpp — bytes → document → matches → dimensions → report.
#pragma once

#include "model/analyzer_impl.hpp"

namespace pitchclarity {

// Compiles everything the analyzer needs into `impl` (rule packs, matchers). Returns an error on failure.
Error build_pipeline(Analyzer::Impl& impl);

Report run_pipeline(const Analyzer::Impl& impl, std::string_view utf8, std::string_view id);

std::vector<RuleInfo> pipeline_rules(const Analyzer::Impl& impl);

}  // namespace pitchclarity
