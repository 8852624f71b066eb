// text/language.hpp — is this English at all? The English rule pack and model mean nothing on a pitch in
// Spanish or Japanese, so the analyzer says so instead of scoring it.
#pragma once

#include "text/document.hpp"

namespace pitchclarity::text {

// Share of word tokens that are common English function words ("the", "and", "I", "to", …). Running
// English sits around 0.4; other languages, including ones in Latin script, stay under 0.1.
double english_function_word_share(const Document& doc);

// True when the text has enough words to judge (12) and too few English function words (under 12%).
bool looks_non_english(const Document& doc);

}  // namespace pitchclarity::text
