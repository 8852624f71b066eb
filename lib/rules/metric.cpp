// rules/metric.cpp — word counts and speaking time.
#include "rules/metric.hpp"

#include "rules/token_util.hpp"

namespace pitchclarity::rules {

std::uint32_t count_words(const text::Document& doc, std::uint32_t first, std::uint32_t last) {
  const auto tokens = doc.tokens();
  std::uint32_t words = 0;
  for (std::uint32_t i = first; i < last && i < tokens.size(); ++i) {
    if (tok::is_word(tokens[i])) ++words;
  }
  return words;
}

double speaking_seconds(std::uint32_t words, double words_per_minute) {
  return words_per_minute > 0.0 ? static_cast<double>(words) * 60.0 / words_per_minute : 0.0;
}

}  // namespace pitchclarity::rules
