#include "model/context.hpp"

#include "model/input_findings.hpp"

namespace pitchclarity::model {
namespace {

bool is_quote_mark(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x98" || s == "\xE2\x80\x99" ||
         s == "'" || s == "\xC2\xAB" || s == "\xC2\xBB";
}

}  // namespace

Context::Context(const text::Document& doc, const ModelData& data)
    : doc_(doc), data_(data), tokens_(doc.tokens()), quoted_(doc.tokens().size(), 0) {
  data.vocabulary.look_up(tokens_, words_);
  // Pair quotation marks within a sentence; an unpaired mark quotes nothing.
  std::uint32_t open = UINT32_MAX;
  for (std::uint32_t i = 0; i < size(); ++i) {
    const text::Token& t = tokens_[i];
    if (open != UINT32_MAX && tokens_[open].sentence != t.sentence) open = UINT32_MAX;
    if (t.shape != text::Shape::punctuation || !is_quote_mark(t.folded)) continue;
    // "mornin'", "o' the", "wi' nothing": an apostrophe stuck to the end of a word elides letters; it can
    // close a quotation ('fine') but never open one.
    const bool elision = t.folded == "'" && !t.space_before && i > 0 && tokens_[i - 1].shape == text::Shape::word;
    if (open == UINT32_MAX && elision) continue;
    if (open == UINT32_MAX) {
      open = i;
    } else {
      for (std::uint32_t k = open + 1; k < i; ++k) quoted_[k] = 1;
      open = UINT32_MAX;
    }
  }
  sentence_initial_.assign(size(), 0);
  std::uint32_t sentence_with_word = UINT32_MAX;
  for (std::uint32_t i = 0; i < size(); ++i) {
    const text::Token& t = tokens_[i];
    if (t.shape != text::Shape::word && t.shape != text::Shape::number) continue;
    if (t.sentence != sentence_with_word) {
      sentence_initial_[i] = 1;
      sentence_with_word = t.sentence;
    }
  }
  int words = 0, capitalised = 0;
  for (const text::Token& t : tokens_) {
    if (t.shape != text::Shape::word) continue;
    ++words;
    if (t.capitalised) ++capitalised;
  }
  capitals_meaningless_ = words >= 8 && capitalised * 10 >= words * 7;
}

bool Context::negated_before(std::uint32_t i, std::uint32_t window) const {
  const std::uint32_t from = i > window ? i - window : 0;
  for (std::uint32_t k = from; k < i; ++k) {
    if (tokens_[k].sentence != tokens_[i].sentence) continue;
    const std::string_view f = tokens_[k].folded;
    if (f == "not" || f == "never" || f == "no" || (f.size() > 3 && f.substr(f.size() - 3) == "n't")) return true;
    if (f == "cannot") return true;
  }
  return false;
}

Span Context::span(std::uint32_t first_token, std::uint32_t last_token) const {
  if (first_token >= last_token || last_token > size()) return {};
  return make_span(doc_, tokens_[first_token].start, tokens_[last_token - 1].end);
}

std::string Context::text(TokenRange r) const {
  if (r.empty() || r.last > size()) return {};
  return std::string(doc_.original().substr(tokens_[r.first].start, tokens_[r.last - 1].end - tokens_[r.first].start));
}

}  // namespace pitchclarity::model
