// rules/metric.hpp — the `metric` kind: counts over the text compared with a limit.
//
//   sentence-words    a sentence of more than `max` words (span: the sentence)
//   speaking-seconds  the estimated speaking time at RunContext::words_per_minute, compared with
//                     `fraction` × RunContext::slot_seconds: over-slot fires above it, under-slot below it
//                     (whole-text findings, no span; an empty text is never under the slot)
#pragma once

#include <cstdint>

#include "text/document.hpp"

namespace pitchclarity::rules {

// Words in tokens [first, last): word and number tokens, so "one-stop shop" is three words, as it is three
// when spoken. The same count as the report's dimensions.length.words (lib/model/length.cpp).
std::uint32_t count_words(const text::Document& doc, std::uint32_t first, std::uint32_t last);

// Estimated speaking seconds for `words` at `words_per_minute` (0 when the rate is not positive).
double speaking_seconds(std::uint32_t words, double words_per_minute);

}  // namespace pitchclarity::rules
