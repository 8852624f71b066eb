// model/context.hpp — what every dimension reads while one pitch is analysed.
#pragma once

#include "model/model_data.hpp"
#include "text/document.hpp"

#include <pitchclarity/report.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace pitchclarity::model {

struct TokenRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;  // one past
  bool empty() const noexcept { return first >= last; }
};

class Context {
 public:
  Context(const text::Document& doc, const ModelData& data);

  const text::Document& doc() const noexcept { return doc_; }
  const ModelData& data() const noexcept { return data_; }
  std::span<const text::Token> tokens() const noexcept { return tokens_; }
  // The tokens with their cue-vocabulary ids, what the cue lists match on.
  CueTokens cues() const noexcept { return {tokens_, words_}; }
  const TokenWords& words(std::uint32_t i) const noexcept { return words_[i]; }
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(tokens_.size()); }
  const text::Token& operator[](std::uint32_t i) const noexcept { return tokens_[i]; }

  // Inside quotation marks (straight or curly) within its sentence: words the speaker quotes.
  bool quoted(std::uint32_t i) const noexcept { return quoted_[i] != 0; }
  // The text is shouting or title-cased throughout, so capitals say nothing about names.
  bool capitals_meaningless() const noexcept { return capitals_meaningless_; }
  // The first word token of its sentence (its capital is grammar, not a name).
  bool sentence_initial(std::uint32_t i) const noexcept { return sentence_initial_[i] != 0; }
  bool is_word(std::uint32_t i) const noexcept {
    return i < size() && tokens_[i].shape == text::Shape::word;
  }
  bool is(std::uint32_t i, std::string_view folded) const noexcept { return i < size() && tokens_[i].folded == folded; }
  // A negation among the few tokens before `i` in the same sentence.
  bool negated_before(std::uint32_t i, std::uint32_t window = 3) const;

  Span span(std::uint32_t first_token, std::uint32_t last_token) const;  // tokens [first, last)
  Span span(TokenRange r) const { return span(r.first, r.last); }
  std::string text(TokenRange r) const;

 private:
  const text::Document& doc_;
  const ModelData& data_;
  std::span<const text::Token> tokens_;
  std::vector<TokenWords> words_;  // per token: looked up in the cue vocabulary once
  std::vector<std::uint8_t> quoted_;
  // Precomputed: asking per token by scanning back to the sentence start is quadratic on a pasted
  // transcript with no full stops.
  std::vector<std::uint8_t> sentence_initial_;
  bool capitals_meaningless_ = false;
};

}  // namespace pitchclarity::model
