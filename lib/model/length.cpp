#include "model/length.hpp"

namespace pitchclarity {

LengthResult measure_length(const text::Document& doc, double words_per_minute) {
  LengthResult r;
  for (const text::Token& t : doc.tokens()) {
    if (t.shape == text::Shape::word || t.shape == text::Shape::number) ++r.words;
  }
  r.sentences = static_cast<int>(doc.sentences().size());
  r.seconds = words_per_minute > 0 ? r.words * 60.0 / words_per_minute : 0.0;
  return r;
}

}  // namespace pitchclarity
