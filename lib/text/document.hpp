// text/document.hpp — the caller's bytes as tokens and sentences with exact original offsets.
//
// Pipeline: UTF-8 bytes → validated UTF-16 (invalid sequences become U+FFFD, remembered with their byte
// span) → NFC → ICU word and sentence segmentation → tokens. Every token keeps the byte span of the
// original input it came from, so slicing the original by a token's [start, end) always gives its text.
// The text layer knows nothing of rules, lexicons or reports.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::text {

enum class Shape : std::uint8_t { word, number, punctuation, symbol, emoji };

struct Token {
  std::uint32_t start = 0;     // byte offset in the original input
  std::uint32_t end = 0;       // one past the last byte
  std::uint32_t line = 1;      // 1-based
  std::uint32_t column = 1;    // 1-based, in code points
  std::uint32_t sentence = 0;  // index into Document::sentences()
  Shape shape = Shape::word;
  bool capitalised = false;    // first letter is upper or title case in the input
  bool all_caps = false;       // two or more letters, all upper case
  bool space_before = true;    // whitespace (or the start of text) precedes it
  std::string_view folded;     // NFC, case-folded, ’ → ', in UTF-8 (owned by the Document)
  std::string_view lemma;      // base form from the Document's lemmatizer (== folded without one)
};

struct Sentence {
  std::uint32_t start = 0;  // byte offsets of the sentence in the original input
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // [first_token, last_token) in Document::tokens()
  std::uint32_t last_token = 0;
};

enum class Sentences : std::uint8_t { icu, one };

struct ByteRun {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

// Maps a folded word to its lemma. Writes into `scratch` if it needs storage; returns a view that stays
// valid until the next call with the same scratch. Must be thread-safe (a pure function).
using Lemmatizer = std::string_view (*)(std::string_view folded, std::string& scratch);

class LemmaCache;  // text/lemma_cache.hpp

class Document {
 public:
  // Move-only: tokens hold views into storage_, which a move keeps and a copy would not.
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // Never throws on any byte sequence (std::bad_alloc aside). `original` must outlive the Document.
  // `known` (optional) holds lemmas the lemmatizer gave before; a word found there is not lemmatised again.
  // `sentences`: Sentences::one skips ICU's sentence breaks and makes the whole text one sentence, for word
  // lists tokenised a phrase a line (building the analyzer), where nobody asks about sentences.
  static Document build(std::string_view original, Lemmatizer lemmatizer = nullptr, const LemmaCache* known = nullptr,
                        Sentences sentences = Sentences::icu);

  std::string_view original() const noexcept { return original_; }
  std::span<const Token> tokens() const noexcept { return tokens_; }
  std::span<const Sentence> sentences() const noexcept { return sentences_; }
  // Byte runs of the original input that were not valid UTF-8 (each maximal invalid subpart).
  std::span<const ByteRun> invalid_utf8() const noexcept { return invalid_; }
  // The analysed text: NFC UTF-16, with U+FFFD for each invalid UTF-8 run. Regexes run on this.
  std::u16string_view normalized() const noexcept { return normalized_; }
  // The original byte offset where normalized()[i] came from; i == normalized().size() gives the end.
  // A unit produced by composing several input characters maps to the first of them.
  std::uint32_t original_offset(std::size_t utf16_index) const noexcept { return to_original_[utf16_index]; }
  // The original byte offset just past the input that produced normalized()[i].
  std::uint32_t original_end(std::size_t utf16_index) const noexcept;
  // Line and column of a byte offset (offsets inside a multi-byte sequence give that code point's column).
  Position locate(std::uint32_t byte) const noexcept;
  // Number of lines (at least 1).
  std::uint32_t line_count() const noexcept { return static_cast<std::uint32_t>(line_starts_.size()); }
  // Byte range [start, end) of a line (1-based), without its line terminator.
  ByteRun line_bytes(std::uint32_t line) const noexcept;

 private:
  Document() = default;
  std::string_view original_;
  std::u16string normalized_;
  std::vector<std::uint32_t> to_original_;  // normalized_.size() + 1 entries
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<ByteRun> invalid_;
  std::vector<std::uint32_t> line_starts_;
  std::vector<std::uint8_t> char_starts_;  // per original byte: 1 where a code point or invalid subpart begins
  // Folded forms and lemmas, referenced by the tokens' string_views. A vector, not a string: moving a
  // vector keeps its buffer, so the views survive moving the Document (a short string's would not).
  std::vector<char> storage_;
};

}  // namespace pitchclarity::text
