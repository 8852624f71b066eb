// model/cue_phrases.hpp — a cue list's phrases as tokens: the form a PhraseList is built from.
//
// Tokenising the built-in lists (ICU word breaks and the lemmatizer over about 2,000 phrases) was most of
// building an Analyzer. pc_cue_gen (model/gen) therefore tokenises every list of cues.toml at build time with
// TokenisedCuePhrases below and compiles the tokens in as constant tables (model/cue_tables.hpp); a test
// checks that the tables equal what TokenisedCuePhrases gives for the same TOML, so editing cues.toml and
// rebuilding is the whole workflow.
#pragma once

#include "text/document.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::model {

struct CueToken {
  std::string_view folded;
  std::string_view lemma;
  std::uint32_t line = 1;  // 1-based: the token belongs to phrase line - 1
  bool word = false;       // text::Shape::word: its lemma is worth caching for the pitches' words
};

struct CuePhraseTokens {
  std::span<const CueToken> tokens;
  std::span<const std::uint8_t> exact;  // by phrase: 1 if written "=form" (matched only as written)
};

// Tokenises phrases with the pipeline and lemmatizer of the text (lexicon::match_lemma), all in one
// Document, a phrase a line. Not copyable: the tokens are views into the Document it holds.
class TokenisedCuePhrases {
 public:
  explicit TokenisedCuePhrases(std::span<const std::string> phrases);
  TokenisedCuePhrases(const TokenisedCuePhrases&) = delete;
  TokenisedCuePhrases& operator=(const TokenisedCuePhrases&) = delete;

  CuePhraseTokens view() const noexcept { return {tokens_, exact_}; }

 private:
  std::vector<std::uint8_t> exact_;  // before joined_, which fills it
  std::string joined_;               // the phrases, one a line: the Document's input, which it must outlive
  text::Document doc_;
  std::vector<CueToken> tokens_;
};

}  // namespace pitchclarity::model
