#include "text/language.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace pitchclarity::text {
namespace {

// Sorted, for binary search. Words that are also common in other Latin-script languages ("a", "in", "no",
// "de") are left out so a Spanish or Italian pitch does not pass for English.
constexpr std::array<std::string_view, 62> kFunctionWords = {
    "about", "after", "all", "and", "any", "are", "as", "at", "be", "because", "but", "by", "can", "do",
    "for", "from", "get", "have", "help", "how", "i", "i'm", "if", "into", "is", "it", "it's", "just", "like",
    "me", "more", "my", "not", "of", "on", "or", "our", "so", "some", "that", "the", "their", "them", "they",
    "this", "to", "up", "us", "was", "we", "we're", "what", "when", "which", "who", "will", "with", "work",
    "would", "you", "you're", "your"};

}  // namespace

double english_function_word_share(const Document& doc) {
  int words = 0, function_words = 0;
  for (const Token& t : doc.tokens()) {
    if (t.shape != Shape::word) continue;
    ++words;
    if (std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), t.folded)) ++function_words;
  }
  return words == 0 ? 1.0 : static_cast<double>(function_words) / words;
}

bool looks_non_english(const Document& doc) {
  int words = 0;
  for (const Token& t : doc.tokens()) words += t.shape == Shape::word;
  return words >= 12 && english_function_word_share(doc) < 0.12;
}

}  // namespace pitchclarity::text
