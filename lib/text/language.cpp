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
static_assert(std::all_of(kFunctionWords.begin(), kFunctionWords.end(), [](std::string_view w) { return w.size() <= 7; }));

bool is_function_word(std::string_view folded) {
  return folded.size() <= 7 && std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), folded);
}

}  // namespace

double english_function_word_share(const Document& doc) {
  int words = 0, function_words = 0;
  for (const Token& t : doc.tokens()) {
    if (t.shape != Shape::word) continue;
    ++words;
    if (is_function_word(t.folded)) ++function_words;
  }
  return words == 0 ? 1.0 : static_cast<double>(function_words) / words;
}

bool looks_non_english(const Document& doc) {
  int words = 0;
  for (const Token& t : doc.tokens()) words += t.shape == Shape::word;
  if (words < 12) return false;
  // english_function_word_share(doc) < 0.12, stopping as soon as the share is reached: the count only grows,
  // and an English pitch reaches it within its first sentences.
  int function_words = 0;
  for (const Token& t : doc.tokens()) {
    if (t.shape != Shape::word || !is_function_word(t.folded)) continue;
    if (static_cast<double>(++function_words) / words >= 0.12) return false;
  }
  return true;
}

}  // namespace pitchclarity::text
