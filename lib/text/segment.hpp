// text/segment.hpp — ICU word and sentence segmentation of normalised text into tokens.
#pragma once

#include "text/document.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace pitchclarity::text {

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<char> storage;  // the tokens' folded forms and lemmas point in here
};

// `to_original` maps each UTF-16 unit to its original byte; `char_starts` marks original bytes where a code
// point begins (for columns); `line_starts` are the original byte offsets where lines begin. Without
// `sentence_breaks` every token is in one sentence.
Segmentation segment(std::u16string_view text, const std::vector<std::uint32_t>& to_original,
                     const std::vector<std::uint8_t>& char_starts, const std::vector<std::uint32_t>& line_starts,
                     Lemmatizer lemmatizer, const LemmaCache* known = nullptr, bool sentence_breaks = true);

}  // namespace pitchclarity::text
