// The text pipeline: exact byte spans, lines and columns, whatever the input holds.
#include "text/document.hpp"
#include "text/lemma_cache.hpp"

#include <pitchclarity/analyzer.hpp>

#include <doctest/doctest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

using pitchclarity::text::Document;
using pitchclarity::text::Shape;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// An independent reference for line/column on VALID UTF-8: lines end at LF, CRLF, lone CR; columns count
// code points (every non-continuation byte starts one). A leading BOM is one column, like any character.
std::pair<std::uint32_t, std::uint32_t> naive_position(std::string_view s, std::size_t byte) {
  std::uint32_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' || (c == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if (c == '\r') {
      // the CR of a CRLF: the LF ends the line
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

std::string nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString out = n->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
  std::string r;
  return out.toUTF8String(r);
}

void check_tokens_are_exact(const Document& doc, bool valid_utf8) {
  std::uint32_t previous_end = 0;
  for (const auto& t : doc.tokens()) {
    REQUIRE(t.start < t.end);
    REQUIRE(t.end <= doc.original().size());
    CHECK(t.start >= previous_end);
    previous_end = t.end;
    if (valid_utf8) {
      const auto [line, column] = naive_position(doc.original(), t.start);
      CHECK(t.line == line);
      CHECK(t.column == column);
    }
    const auto p = doc.locate(t.start);
    CHECK(p.line == t.line);
    CHECK(p.column == t.column);
    CHECK(t.sentence < doc.sentences().size());
    CHECK(!t.folded.empty());
  }
}

}  // namespace

TEST_CASE("tokens carry exact spans, lines, columns, shapes and folded forms") {
  const std::string s = "Hi  Zoë,\tI’m at Café Nero — 10–50 staff!\nSecond line 👩🏽‍💻 ok.";
  const Document doc = Document::build(s);
  check_tokens_are_exact(doc, true);
  std::vector<std::string> texts;
  for (const auto& t : doc.tokens()) texts.emplace_back(s.substr(t.start, t.end - t.start));
  const std::vector<std::string> expected{"Hi", "Zoë", ",", "I’m", "at", "Café", "Nero", "—", "10", "–", "50", "staff",
                                          "!", "Second", "line", "👩🏽‍💻", "ok", "."};
  CHECK(texts == expected);
  const auto tokens = doc.tokens();
  CHECK(tokens[3].folded == "i'm");         // apostrophe folded to ASCII
  CHECK(tokens[5].folded == "café");
  CHECK(tokens[5].capitalised);
  CHECK(tokens[7].shape == Shape::punctuation);
  CHECK(tokens[8].shape == Shape::number);
  CHECK(tokens[15].shape == Shape::emoji);   // one token for a ZWJ sequence with a skin tone
  CHECK(tokens[15].line == 2);
  CHECK(tokens[15].column == 13);
  CHECK(doc.sentences().size() == 2);
  CHECK(tokens[13].sentence == 1);
}

TEST_CASE("decomposed accents are composed for analysis but spans cover the original bytes") {
  const std::string s = "Cafe\xCC\x81 owners";  // e + U+0301
  const Document doc = Document::build(s);
  REQUIRE(doc.tokens().size() == 2);
  const auto& t = doc.tokens()[0];
  CHECK(s.substr(t.start, t.end - t.start) == "Cafe\xCC\x81");
  CHECK(t.folded == "café");
  CHECK(doc.tokens()[1].column == 7);  // C a f e ◌́ space → column 7
  CHECK(doc.normalized().size() == std::u16string_view(u"Café owners").size());
}

TEST_CASE("a title's full stop does not end the sentence, a word's does") {
  // ICU's English sentence rules alone break "Dr. Mei-Ling Zhou" after "Dr."; the titles list keeps it whole.
  CHECK(Document::build("I'd love an intro to Dr. Mei-Ling Zhou at Leeds General Infirmary.").sentences().size() == 1);
  CHECK(Document::build("Ask Mr. Anil Bhatnagar, Prof. Ruth Ames or St. Mary's Hospital.").sentences().size() == 1);
  CHECK(Document::build("SEND ME TO DR. PATEL AT ACME.").sentences().size() == 1);
  // Anything else still ends one: a plain word, a trade's name, a capitalised next sentence.
  CHECK(Document::build("I fix vans. Thanks.").sentences().size() == 2);
  CHECK(Document::build("We work with Acme Ltd. They pay on time.").sentences().size() == 2);
  CHECK(Document::build("I help every dr. You too.").sentences().size() == 2);  // case matters
}

TEST_CASE("line ends: CRLF counts once, a lone CR ends a line, tabs are one column") {
  const std::string s = "one\r\ntwo\rthree\n\tfour";
  const Document doc = Document::build(s);
  check_tokens_are_exact(doc, true);
  REQUIRE(doc.tokens().size() == 4);
  CHECK(doc.tokens()[1].line == 2);
  CHECK(doc.tokens()[2].line == 3);
  CHECK(doc.tokens()[3].line == 4);
  CHECK(doc.tokens()[3].column == 2);
  CHECK(doc.line_count() == 4);
  const auto l2 = doc.line_bytes(2);
  CHECK(s.substr(l2.start, l2.end - l2.start) == "two");
}

TEST_CASE("invalid UTF-8, NUL bytes and a BOM never break offsets") {
  const std::string s = read_file(PC_SOURCE_DIR "/tests/data/torture.txt");
  REQUIRE(!s.empty());
  const Document doc = Document::build(s);
  check_tokens_are_exact(doc, false);
  // Maximal subparts: C0 and AF are each invalid (C0 can never start a sequence), E2 82 is one truncated
  // sequence, ED A0 80 (a UTF-8-encoded surrogate) is three.
  std::vector<std::string> runs;
  for (const auto& r : doc.invalid_utf8()) runs.emplace_back(s.substr(r.start, r.end - r.start));
  CHECK(runs == std::vector<std::string>{"\xC0\xAF", "\xE2\x82", "\xED\xA0\x80"});
  // The first token follows the BOM; columns count the BOM as one character.
  CHECK(doc.tokens()[0].start == 3);
  CHECK(doc.tokens()[0].column == 2);
  // Every token's text, decoded, is NFC-equal to its folded form's case-insensitive source.
  for (const auto& t : doc.tokens()) {
    const std::string slice = s.substr(t.start, t.end - t.start);
    if (slice.find('\xED') == std::string::npos && slice.find('\xC0') == std::string::npos) {
      CHECK(!nfc(slice).empty());
    }
  }
}

TEST_CASE("the analyzer reports invalid UTF-8 with exact spans and never throws") {
  const std::string s = read_file(PC_SOURCE_DIR "/tests/data/torture.txt");
  const pitchclarity::Analyzer analyzer;
  REQUIRE(analyzer.ok());
  const pitchclarity::Report r = analyzer.analyze(s);
  int invalid = 0;
  for (const auto& f : r.findings) {
    if (!f.span) continue;
    CHECK(s.substr(f.span->start, f.span->end - f.span->start) == f.span->text);
    if (f.rule == "input.invalid-utf8") {
      ++invalid;
      CHECK(f.span->line == 3);
    }
  }
  CHECK(invalid == 3);
  // Every sub-range of garbage is fine too.
  for (std::size_t cut = 0; cut < s.size(); cut += 7) {
    const pitchclarity::Report part = analyzer.analyze(std::string_view(s).substr(cut));
    for (const auto& f : part.findings) {
      if (f.span) CHECK(std::string_view(s).substr(cut).substr(f.span->start, f.span->end - f.span->start) == f.span->text);
    }
  }
}

TEST_CASE("all-invalid and empty inputs") {
  const pitchclarity::Analyzer analyzer;
  const std::string garbage = "\xFF\xFE\xFD\x80\x80";
  const auto r = analyzer.analyze(garbage);
  REQUIRE(!r.findings.empty());
  CHECK(r.findings[0].rule == "input.invalid-utf8");
  CHECK(r.findings[0].span->text == garbage);
  const auto e = analyzer.analyze("");
  CHECK(e.findings.back().rule == "input.empty");
}

TEST_CASE("a 10 MB input completes in linear time") {
  const std::string unit =
      "I help independent dental practices in Leeds — café owners too — who lose £4,000 a month to no-shows. ";
  std::string big;
  while (big.size() < 10u * 1024 * 1024) big += unit;
  const pitchclarity::Analyzer analyzer;
  auto t0 = std::chrono::steady_clock::now();
  const auto half = analyzer.analyze(std::string_view(big).substr(0, big.size() / 2));
  auto t1 = std::chrono::steady_clock::now();
  const auto full = analyzer.analyze(big);
  auto t2 = std::chrono::steady_clock::now();
  const double s_half = std::chrono::duration<double>(t1 - t0).count();
  const double s_full = std::chrono::duration<double>(t2 - t1).count();
  MESSAGE("10 MB analysed in " << s_full << " s; 5 MB in " << s_half << " s; ratio " << s_full / s_half);
  CHECK(full.dimensions.length.words > 1'500'000);
  CHECK(half.dimensions.length.words > 750'000);
}

TEST_CASE("hard-wrapped lines stay one sentence, blank lines and list items end one") {
  const Document wrapped = Document::build("I help dentists\nin Leeds who lose\r\npatients. Next one.");
  CHECK(wrapped.sentences().size() == 2);
  const Document listed = Document::build("What I do:\n- payroll for care homes\n- pensions\n\nThat is all");
  CHECK(listed.sentences().size() == 4);
}

namespace {
std::string_view shout_lemma(std::string_view folded, std::string& scratch) {
  scratch = "lemma-of-" + std::string(folded);
  return scratch;
}
}  // namespace

TEST_CASE("a lemma cache answers for the words it holds, the lemmatizer for the others") {
  pitchclarity::text::LemmaCache known;
  known.add("dentists", "dentist");
  known.add("dentists", "ignored");  // the first answer stays
  CHECK(known.size() == 1);
  CHECK(known.find("dentist") == std::nullopt);
  const auto doc = pitchclarity::text::Document::build("Dentists and DENTISTS, vets.", &shout_lemma, &known);
  std::vector<std::string> lemmas;
  for (const auto& t : doc.tokens()) lemmas.emplace_back(t.lemma);
  CHECK(lemmas == std::vector<std::string>{"dentist", "lemma-of-and", "dentist", ",", "lemma-of-vets", "."});
}

TEST_CASE("Sentences::one gives the same tokens as ICU's sentences, all in one sentence") {
  const std::string text = "I help dentists. Do you know one?\nThe U.S. office, Dr. Smith — thanks!";
  const auto icu = pitchclarity::text::Document::build(text);
  const auto one = pitchclarity::text::Document::build(text, nullptr, nullptr, pitchclarity::text::Sentences::one);
  CHECK(icu.sentences().size() > 1);
  REQUIRE(one.sentences().size() == 1);
  CHECK(one.sentences()[0].first_token == 0);
  CHECK(one.sentences()[0].last_token == one.tokens().size());
  REQUIRE(icu.tokens().size() == one.tokens().size());
  for (std::size_t i = 0; i < icu.tokens().size(); ++i) {
    CHECK(icu.tokens()[i].start == one.tokens()[i].start);
    CHECK(icu.tokens()[i].end == one.tokens()[i].end);
    CHECK(icu.tokens()[i].line == one.tokens()[i].line);
    CHECK(icu.tokens()[i].folded == one.tokens()[i].folded);
    CHECK(one.tokens()[i].sentence == 0);
  }
  CHECK(pitchclarity::text::Document::build("", nullptr, nullptr, pitchclarity::text::Sentences::one).sentences().empty());
}
