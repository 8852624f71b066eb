#include "text/document.hpp"

#include "text/normalize.hpp"
#include "text/segment.hpp"
#include "text/utf8_decoder.hpp"

#include <algorithm>

namespace pitchclarity::text {
namespace {

// Line starts of the original bytes: LF, CRLF and a lone CR each end a line.
std::vector<std::uint32_t> find_line_starts(std::string_view bytes) {
  std::vector<std::uint32_t> starts{0};
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
      starts.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  return starts;
}

}  // namespace

Document Document::build(std::string_view original, Lemmatizer lemmatizer, const LemmaCache* known,
                         Sentences sentences) {
  Document doc;
  // Offsets are 32-bit; callers cap input far below 4 GiB (Options::max_input_bytes), this is the backstop.
  if (original.size() >= UINT32_MAX) original = original.substr(0, UINT32_MAX - 1);
  doc.original_ = original;

  DecodedText decoded = decode_utf8(original);
  doc.invalid_ = std::move(decoded.invalid);
  normalize_nfc(decoded.units, decoded.to_original);
  doc.normalized_ = std::move(decoded.units);
  doc.to_original_ = std::move(decoded.to_original);
  doc.line_starts_ = find_line_starts(original);

  doc.char_starts_ = std::move(decoded.starts_char);
  Segmentation seg = segment(doc.normalized_, doc.to_original_, doc.char_starts_, doc.line_starts_, lemmatizer, known,
                             sentences == Sentences::icu);
  doc.tokens_ = std::move(seg.tokens);
  doc.sentences_ = std::move(seg.sentences);
  doc.storage_ = std::move(seg.storage);
  return doc;
}

std::uint32_t Document::original_end(std::size_t utf16_index) const noexcept {
  const std::uint32_t here = to_original_[utf16_index];
  std::size_t j = utf16_index + 1;
  while (j + 1 < to_original_.size() && to_original_[j] == here) ++j;
  return to_original_[j];
}

Position Document::locate(std::uint32_t byte) const noexcept {
  byte = std::min<std::uint32_t>(byte, static_cast<std::uint32_t>(original_.size()));
  const auto line_it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  const auto line = static_cast<std::uint32_t>(line_it - line_starts_.begin());
  const std::uint32_t line_start = line_starts_[line - 1];

  // Count from the nearest token start on the same line at or before `byte`, so that locating every
  // finding of a 10 MB one-line input stays linear rather than quadratic.
  std::uint32_t from = line_start;
  std::uint32_t column = 1;
  const auto tok = std::upper_bound(tokens_.begin(), tokens_.end(), byte,
                                    [](std::uint32_t b, const Token& t) { return b < t.start; });
  if (tok != tokens_.begin()) {
    const Token& t = *(tok - 1);
    if (t.line == line) {
      from = t.start;
      column = t.column;
    }
  }
  for (std::uint32_t i = from; i < byte; ++i) column += char_starts_[i];
  return {line, column};
}

ByteRun Document::line_bytes(std::uint32_t line) const noexcept {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::uint32_t start = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(original_.size());
  while (end > start && (original_[end - 1] == '\n' || original_[end - 1] == '\r')) --end;
  return {start, end};
}

}  // namespace pitchclarity::text
