#include "model/cue_phrases.hpp"

#include "lexicon/lexicon.hpp"

namespace pitchclarity::model {
namespace {

// A phrase a line. A phrase written "=broken" matches only the forms as written (its lemma, "break", would
// also match "a break" and "break through", which name no pain): its "=" is dropped here and remembered in
// `exact`.
std::string join_phrases(std::span<const std::string> phrases, std::vector<std::uint8_t>& exact) {
  std::string joined;
  for (const std::string& phrase : phrases) {
    const bool is_exact = phrase.starts_with('=');
    exact.push_back(is_exact ? 1 : 0);
    for (char c : std::string_view(phrase).substr(is_exact ? 1 : 0)) joined += (c == '\n' || c == '\r') ? ' ' : c;
    joined += '\n';
  }
  return joined;
}

}  // namespace

// All phrases are tokenised in one Document, one phrase a line, so that a list makes one pass through ICU
// rather than one per phrase (a thousand cues cost milliseconds otherwise).
TokenisedCuePhrases::TokenisedCuePhrases(std::span<const std::string> phrases)
    : joined_(join_phrases(phrases, exact_)),
      doc_(text::Document::build(joined_, &lexicon::match_lemma, nullptr, text::Sentences::one)) {
  tokens_.reserve(doc_.tokens().size());
  for (const text::Token& t : doc_.tokens()) tokens_.push_back({t.folded, t.lemma, t.line, t.shape == text::Shape::word});
}

}  // namespace pitchclarity::model
