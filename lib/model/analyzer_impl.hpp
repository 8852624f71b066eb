// model/analyzer_impl.hpp — what an Analyzer holds once built: everything compiled, nothing mutable.
#pragma once

#include <pitchclarity/analyzer.hpp>

namespace pitchclarity {

struct Analyzer::Impl {
  Options options;
};

}  // namespace pitchclarity
