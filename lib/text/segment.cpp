#include "text/segment.hpp"

#include "text/lemma_cache.hpp"
#include "text/no_break_after.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace pitchclarity::text {
namespace {

// Break iterators are expensive to create and hold per-text state, so one immutable prototype of each
// kind is made once and every call works on its own clone (cloning a const iterator is thread-safe).
const icu::BreakIterator* prototype(bool sentences) {
  static const icu::BreakIterator* const words = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status);
  }();
  static const icu::BreakIterator* const sents = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* plain = icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status);
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status)) return plain;
    for (const char* abbreviation : kNoBreakAfter) {
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    }
    if (U_FAILURE(status)) return plain;
    icu::BreakIterator* filtered = builder->build(plain, status);  // adopts plain
    if (U_SUCCESS(status)) return filtered;
    // build() failed and took plain with it: a fresh status, or ICU would return at once with nothing.
    UErrorCode again = U_ZERO_ERROR;
    return icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), again);
  }();
  return sentences ? sents : words;
}

bool is_blank(UChar32 c) {
  if (c < 0x80) return c == u' ' || (c >= 0x09 && c <= 0x0D);  // White_Space in ASCII, without asking ICU
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060;
}

bool is_ascii(std::u16string_view s) {
  char16_t any = 0;
  for (const char16_t c : s) any |= c;
  return any < 0x80;
}

bool is_emoji(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR);
}

// Apostrophe look-alikes fold to ASCII so "I’m" and "I'm" match the same rules.
char16_t fold_apostrophe(char16_t c) {
  switch (c) {
    case 0x2019: case 0x2018: case 0x02BC: case 0xFF07: case 0x2032: return u'\'';
    default: return c;
  }
}

void append_utf8(std::vector<char>& out, std::u16string_view units) {
  for (std::size_t i = 0; i < units.size();) {
    UChar32 c = 0;
    U16_NEXT(units.data(), i, units.size(), c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

// Where a token's folded form and lemma sit in the segmentation's storage, which grows while tokens are
// found: the tokens' string_views are set once it stops moving.
struct PendingText {
  std::uint32_t folded_at = 0, folded_len = 0;
  std::uint32_t lemma_at = 0, lemma_len = 0;
};

// Classifies a segment that ICU's word rules gave no word status (punctuation, symbols, emoji, space).
// Returns false for segments that are only whitespace or invisible format characters.
bool classify_other(std::u16string_view seg, Shape& shape) {
  bool any_visible = false;
  for (std::size_t i = 0; i < seg.size();) {
    UChar32 c = 0;
    U16_NEXT(seg.data(), i, seg.size(), c);
    if (!is_blank(c)) {
      any_visible = true;
      break;
    }
  }
  if (!any_visible) return false;
  UChar32 first = 0;
  std::size_t i = 0;
  U16_NEXT(seg.data(), i, seg.size(), first);
  if (is_emoji(first)) {
    shape = Shape::emoji;
  } else if (u_ispunct(first)) {
    shape = Shape::punctuation;
  } else if (u_isdigit(first)) {
    shape = Shape::number;
  } else if (u_isalpha(first)) {
    shape = Shape::word;
  } else {
    shape = Shape::symbol;
  }
  return true;
}

void mark_case(std::u16string_view seg, Token& t) {
  int letters = 0, upper = 0, lower = 0;
  bool first_letter_seen = false;
  if (is_ascii(seg)) {  // the same answers as the ICU calls below, for the usual case
    for (const char16_t c : seg) {
      const bool up = c >= u'A' && c <= u'Z';
      if (!up && !(c >= u'a' && c <= u'z')) continue;
      ++letters;
      if (up) {
        ++upper;
        if (!first_letter_seen) t.capitalised = true;
      } else {
        ++lower;
      }
      first_letter_seen = true;
    }
    t.all_caps = letters >= 2 && upper >= 2 && lower == 0;
    return;
  }
  for (std::size_t i = 0; i < seg.size();) {
    UChar32 c = 0;
    U16_NEXT(seg.data(), i, seg.size(), c);
    if (!u_isalpha(c)) continue;
    ++letters;
    if (u_isupper(c) || u_istitle(c)) {
      ++upper;
      if (!first_letter_seen) t.capitalised = true;
    } else if (u_islower(c)) {
      ++lower;
    }
    first_letter_seen = true;
  }
  t.all_caps = letters >= 2 && upper >= 2 && lower == 0;
}

bool is_line_end(char16_t c) { return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool starts_list_item(std::u16string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && (rest[i] == u' ' || rest[i] == u'\t')) ++i;
  if (i == rest.size()) return false;
  const char16_t c = rest[i];
  if (c == u'-' || c == u'*' || c == u'+' || c == 0x2022 || c == 0x2023 || c == 0x25E6 || c == 0x2013 || c == 0x2014) return true;
  std::size_t j = i;
  while (j < rest.size() && rest[j] >= u'0' && rest[j] <= u'9') ++j;
  return j > i && j < rest.size() && (rest[j] == u'.' || rest[j] == u')');
}

// ICU ends a sentence at every line break, which splits hard-wrapped prose mid-sentence. Sentences are
// found on a copy (same length, so indices carry over) in which a single line break inside a paragraph
// is a space; blank lines and the start of list items still end sentences. Text without line breaks (a
// typical one-paragraph pitch) is used as it is.
bool has_line_end(std::u16string_view text) {
  return std::any_of(text.begin(), text.end(), [](char16_t c) { return is_line_end(c); });
}

std::u16string join_wrapped_lines(std::u16string_view text) {
  std::u16string copy(text);
  for (std::size_t i = 0; i < copy.size(); ++i) {
    if (!is_line_end(copy[i])) continue;
    std::size_t j = i + 1;
    if (copy[i] == u'\r' && j < copy.size() && copy[j] == u'\n') ++j;
    std::size_t k = j;
    while (k < copy.size() && (copy[k] == u' ' || copy[k] == u'\t')) ++k;
    const bool blank_next = k == copy.size() || is_line_end(copy[k]);
    std::size_t b = i;
    while (b > 0 && (copy[b - 1] == u' ' || copy[b - 1] == u'\t')) --b;
    const bool blank_before = b == 0 || is_line_end(copy[b - 1]);
    if (!blank_next && !blank_before && !starts_list_item(text.substr(j))) {
      for (std::size_t m = i; m < j; ++m) copy[m] = u' ';
    }
    i = j - 1;
  }
  return copy;
}

// Folded form → lemma for one text, as offsets into the segmentation's storage (which may grow and move,
// so it holds no pointers). Open addressing, at most half full; local to one call, so nothing is shared.
class LemmaMemo {
 public:
  struct Entry {
    std::uint32_t hash = 0;
    std::uint32_t folded_at = 0, folded_len = 0;  // folded_len 0: empty slot (words are never empty)
    std::uint32_t lemma_at = 0, lemma_len = 0;
  };

  // The entry for `folded` (a view into `storage`): the known one, or the empty slot to remember it in.
  Entry& at(std::string_view folded, const std::vector<char>& storage) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    hash_ = std::hash<std::string_view>{}(folded);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash_ & mask;; i = (i + 1) & mask) {
      Entry& e = slots_[i];
      if (e.folded_len == 0) return e;
      if (e.hash == static_cast<std::uint32_t>(hash_) && e.folded_len == folded.size() &&
          std::string_view(storage.data() + e.folded_at, e.folded_len) == folded)
        return e;
    }
  }

  // Fills the empty slot at() returned (no other at() call in between).
  void remember(Entry& e, std::uint32_t folded_at, std::uint32_t folded_len, std::uint32_t lemma_at,
                std::uint32_t lemma_len) {
    e = {static_cast<std::uint32_t>(hash_), folded_at, folded_len, lemma_at, lemma_len};
    ++used_;
  }

 private:
  void grow() {
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Entry{});
    const std::size_t mask = slots_.size() - 1;
    for (const Entry& e : old) {
      if (e.folded_len == 0) continue;
      std::size_t i = e.hash & mask;
      while (slots_[i].folded_len != 0) i = (i + 1) & mask;
      slots_[i] = e;
    }
  }

  std::vector<Entry> slots_;
  std::size_t used_ = 0;
  std::size_t hash_ = 0;
};

}  // namespace

Segmentation segment(std::u16string_view text, const std::vector<std::uint32_t>& to_original,
                     const std::vector<std::uint8_t>& char_starts, const std::vector<std::uint32_t>& line_starts,
                     Lemmatizer lemmatizer, const LemmaCache* known_lemmas, bool sentence_breaks) {
  Segmentation out;
  if (text.empty()) return out;
  const auto n = static_cast<std::int32_t>(text.size());

  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, text.data(), n, &status);
  std::unique_ptr<icu::BreakIterator> words(prototype(false) ? prototype(false)->clone() : nullptr);
  std::unique_ptr<icu::BreakIterator> sents(sentence_breaks && prototype(true) ? prototype(true)->clone() : nullptr);
  if (U_FAILURE(status) || !words || (sentence_breaks && !sents)) {
    utext_close(ut);
    return out;
  }
  words->setText(ut, status);
  const std::u16string joined =
      sentence_breaks && has_line_end(text) ? join_wrapped_lines(text) : std::u16string();
  UText* sentence_text =
      sentence_breaks ? utext_openUChars(nullptr, joined.empty() ? text.data() : joined.data(), n, &status) : nullptr;
  if (sents) sents->setText(sentence_text, status);

  // Tokens are built in place in out.tokens, their texts' offsets beside them: a pending copy of each token
  // pushed and copied again cost about 2% of an analysis (perf: store-forwarding stalls on the copies).
  std::vector<PendingText> pending;
  std::vector<std::uint32_t> norm_starts;  // per token: its first UTF-16 unit, for the sentence pass
  pending.reserve(text.size() / 5 + 4);
  norm_starts.reserve(text.size() / 5 + 4);
  out.tokens.reserve(text.size() / 5 + 4);
  out.storage.reserve(text.size() + text.size() / 2);

  // The column cursor walks forward once over the original bytes: linear even for one huge line.
  std::size_t line_index = 0;
  std::uint32_t cursor_byte = 0, cursor_column = 1;

  std::u16string folded_units;
  std::string scratch, folded_utf8;
  LemmaMemo memo;
  std::int32_t prev = words->first();
  for (std::int32_t next = words->next(); next != icu::BreakIterator::DONE; prev = next, next = words->next()) {
    const std::u16string_view seg = text.substr(static_cast<std::size_t>(prev), static_cast<std::size_t>(next - prev));
    const std::int32_t status_tag = words->getRuleStatus();
    Shape shape = Shape::word;
    if (status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT) {
      shape = Shape::number;
    } else if (status_tag >= UBRK_WORD_LETTER && status_tag < UBRK_WORD_IDEO_LIMIT) {
      shape = Shape::word;
    } else if (!classify_other(seg, shape)) {
      continue;
    }

    PendingText p;
    Token& t = out.tokens.emplace_back();
    t.shape = shape;
    norm_starts.push_back(static_cast<std::uint32_t>(prev));
    t.start = to_original[static_cast<std::size_t>(prev)];
    std::size_t j = static_cast<std::size_t>(next);
    const std::uint32_t last_from = to_original[j - 1];
    while (j < text.size() && to_original[j] == last_from) ++j;
    t.end = to_original[j];
    t.space_before = prev == 0 || is_blank(text[static_cast<std::size_t>(prev) - 1]);

    while (line_index + 1 < line_starts.size() && line_starts[line_index + 1] <= t.start) {
      ++line_index;
      cursor_byte = line_starts[line_index];
      cursor_column = 1;
    }
    for (; cursor_byte < t.start; ++cursor_byte) cursor_column += char_starts[cursor_byte];
    t.line = static_cast<std::uint32_t>(line_index + 1);
    t.column = cursor_column;

    mark_case(seg, t);

    p.folded_at = static_cast<std::uint32_t>(out.storage.size());
    if (is_ascii(seg)) {
      // ASCII folds to ASCII lower case under U_FOLD_CASE_DEFAULT and holds no apostrophe look-alikes.
      const bool fold = shape == Shape::word || shape == Shape::number;
      for (const char16_t c : seg) {
        out.storage.push_back(static_cast<char>(fold && c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c));
      }
    } else {
      folded_units.clear();
      if (shape == Shape::word || shape == Shape::number) {
        folded_units.resize(seg.size() * 3 + 4);
        UErrorCode fold_status = U_ZERO_ERROR;
        const std::int32_t len = u_strFoldCase(folded_units.data(), static_cast<std::int32_t>(folded_units.size()),
                                               seg.data(), static_cast<std::int32_t>(seg.size()),
                                               U_FOLD_CASE_DEFAULT, &fold_status);
        folded_units.resize(U_SUCCESS(fold_status) ? static_cast<std::size_t>(len) : 0);
        if (U_FAILURE(fold_status)) folded_units.assign(seg);
        for (char16_t& c : folded_units) c = fold_apostrophe(c);
      } else {
        folded_units.assign(seg);
      }
      append_utf8(out.storage, folded_units);
    }
    p.folded_len = static_cast<std::uint32_t>(out.storage.size()) - p.folded_at;
    p.lemma_at = p.folded_at;
    p.lemma_len = p.folded_len;

    if (lemmatizer != nullptr && shape == Shape::word) {
      // The lemmatizer is a pure function of the folded form: a word seen before in this text reuses the
      // lemma stored for it then (a pitch repeats about a third of its words).
      const std::string_view folded(out.storage.data() + p.folded_at, p.folded_len);
      LemmaMemo::Entry& known = memo.at(folded, out.storage);
      if (known.folded_len != 0) {
        p.lemma_at = known.lemma_at;
        p.lemma_len = known.lemma_len;
      } else {
        // The cache's lemma lives in the cache; the lemmatizer's may point into its input, which must then
        // not be `folded` (storage grows below).
        std::optional<std::string_view> cached = known_lemmas != nullptr ? known_lemmas->find(folded) : std::nullopt;
        if (!cached) folded_utf8.assign(folded);
        const std::string_view lemma = cached ? *cached : lemmatizer(folded_utf8, scratch);
        if (lemma != folded) {
          p.lemma_at = static_cast<std::uint32_t>(out.storage.size());
          out.storage.insert(out.storage.end(), lemma.begin(), lemma.end());
          p.lemma_len = static_cast<std::uint32_t>(lemma.size());
        }
        memo.remember(known, p.folded_at, p.folded_len, p.lemma_at, p.lemma_len);
      }
    }
    pending.push_back(p);
  }

  // Sentences: ICU's boundaries, keeping only sentences that hold at least one token.
  std::size_t ti = 0;
  if (sents) sents->first();
  for (std::int32_t snext = sents ? sents->next() : icu::BreakIterator::DONE; snext != icu::BreakIterator::DONE;
       snext = sents->next()) {
    const std::size_t first = ti;
    while (ti < norm_starts.size() && norm_starts[ti] < static_cast<std::uint32_t>(snext)) ++ti;
    if (ti == first) continue;
    const auto index = static_cast<std::uint32_t>(out.sentences.size());
    for (std::size_t k = first; k < ti; ++k) out.tokens[k].sentence = index;
    out.sentences.push_back({out.tokens[first].start, out.tokens[ti - 1].end, static_cast<std::uint32_t>(first),
                             static_cast<std::uint32_t>(ti)});
  }
  if (ti < out.tokens.size()) {  // defensive: tokens past the last boundary join one final sentence
    const auto index = static_cast<std::uint32_t>(out.sentences.size());
    for (std::size_t k = ti; k < out.tokens.size(); ++k) out.tokens[k].sentence = index;
    out.sentences.push_back({out.tokens[ti].start, out.tokens.back().end, static_cast<std::uint32_t>(ti),
                             static_cast<std::uint32_t>(out.tokens.size())});
  }
  if (sentence_text) utext_close(sentence_text);
  utext_close(ut);

  const char* base = out.storage.data();
  for (std::size_t k = 0; k < pending.size(); ++k) {
    out.tokens[k].folded = std::string_view(base + pending[k].folded_at, pending[k].folded_len);
    out.tokens[k].lemma = std::string_view(base + pending[k].lemma_at, pending[k].lemma_len);
  }
  return out;
}

}  // namespace pitchclarity::text
