// model/length.hpp — words, sentences and estimated speaking time.
#pragma once

#include "text/document.hpp"

#include <pitchclarity/report.hpp>

namespace pitchclarity {

// Words are word and number tokens ("£2m" and "10–50" each count once as spoken); seconds are words at
// `words_per_minute`.
LengthResult measure_length(const text::Document& doc, double words_per_minute);

}  // namespace pitchclarity
