// tests/fuzz/fuzz_support.hpp — what the fuzz targets share: the report invariants every analysis must keep,
// and a way to die loudly when one breaks (libFuzzer, and the replay runner of the normal build, then
// name the input).
//
// The invariants are the report contract of include/pitchclarity/report.hpp and the README:
//   - every span slices the caller's input to exactly its `text`, and lies inside it;
//   - `line` is 1 + the line breaks (LF, CRLF, lone CR) before the span's start; `column` is at least 1;
//   - findings are in text order, whole-pitch findings last;
//   - the score is 0–100 and its band is band_for(score); levels are inside their ranges;
//   - to_json gives JSON that parses (compact and indented).
#pragma once

#include <pitchclarity/report.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pcfuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

inline void require(bool condition, const std::string& what) {
  if (!condition) fail(what);
}

// 1 + the line breaks in input[0, offset): LF, CRLF (one break) and a lone CR.
inline std::uint32_t line_at(std::string_view input, std::size_t offset) {
  std::uint32_t line = 1;
  for (std::size_t i = 0; i < offset && i < input.size(); ++i) {
    if (input[i] == '\n') ++line;
    if (input[i] == '\r' && (i + 1 >= input.size() || input[i + 1] != '\n')) ++line;
  }
  return line;
}

// line_at for many offsets: the ends of the line breaks, found once.
class Lines {
 public:
  explicit Lines(std::string_view input) {
    for (std::size_t i = 0; i < input.size(); ++i) {
      if (input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.size() || input[i + 1] != '\n'))) {
        ends_.push_back(i + 1);
      }
    }
  }
  std::uint32_t at(std::size_t offset) const {
    return 1 + static_cast<std::uint32_t>(std::upper_bound(ends_.begin(), ends_.end(), offset) - ends_.begin());
  }

 private:
  std::vector<std::size_t> ends_;  // offset just after each line break
};

inline void check_span(const pitchclarity::Span& s, std::string_view input, const Lines& lines,
                       const std::string& where) {
  const auto at = [&] { return where + " [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")"; };
  require(s.start <= s.end, at() + ": start after end");
  require(s.end <= input.size(), at() + ": past the end of the input (" + std::to_string(input.size()) + " bytes)");
  require(input.substr(s.start, s.end - s.start) == s.text, at() + ": text is not input[start, end)");
  require(s.column >= 1, at() + ": column 0");
  require(s.line == lines.at(s.start),
          at() + ": line " + std::to_string(s.line) + ", expected " + std::to_string(lines.at(s.start)));
}

inline void check_level(const pitchclarity::LevelResult& d, int max, std::string_view input, const Lines& lines,
                        const char* name) {
  require(d.level >= 0 && d.level <= max, std::string(name) + " level " + std::to_string(d.level) + " out of range");
  for (const auto& s : d.evidence) check_span(s, input, lines, std::string(name) + " evidence");
}

// Checks `report`, the result of analysing `input` (the whole buffer the caller passed).
inline void check_report(const pitchclarity::Report& report, std::string_view input) {
  require(report.score >= 0 && report.score <= 100, "score " + std::to_string(report.score));
  require(report.band == pitchclarity::band_for(report.score), "band '" + report.band + "' for score " +
                                                                   std::to_string(report.score));
  const Lines lines(input);
  const auto& d = report.dimensions;
  check_level(d.target_client, 4, input, lines, "target_client");
  check_level(d.industry, 2, input, lines, "industry");
  check_level(d.problem, 3, input, lines, "problem");
  check_level(d.ask, 3, input, lines, "ask");
  check_level(d.give, 2, input, lines, "give");
  check_level(d.offer, 2, input, lines, "offer");
  require(d.clarity.score >= 0 && d.clarity.score <= 100, "clarity " + std::to_string(d.clarity.score));
  require(d.length.words >= 0 && d.length.sentences >= 0, "negative length counts");
  require(std::isfinite(d.length.seconds) && d.length.seconds >= 0.0, "seconds " + std::to_string(d.length.seconds));

  bool whole_seen = false;
  std::uint32_t last_start = 0;
  for (const auto& f : report.findings) {
    require(!f.rule.empty() && !f.category.empty() && !f.message.empty(), "a finding without rule, category or message");
    require(f.rule.rfind(f.category + ".", 0) == 0 || f.rule.rfind("rules.", 0) == 0,
            "rule '" + f.rule + "' is not in its category '" + f.category + "'");
    if (f.span) {
      require(!whole_seen, "spanned finding " + f.rule + " after a whole-pitch finding");
      require(f.span->start >= last_start, "finding " + f.rule + " out of text order");
      last_start = f.span->start;
      check_span(*f.span, input, lines, f.rule);
    } else {
      whole_seen = true;
    }
  }

  for (const int indent : {-1, 2}) {
    const std::string json = pitchclarity::to_json(report, indent);
    require(nlohmann::json::accept(json), "to_json(indent " + std::to_string(indent) + ") is not valid JSON");
  }
}

// Reads the fuzz input front to back: option bytes first, the rest is the payload. Past the end it yields
// zeros, so every input, however short, means something.
class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | byte();
    return v;
  }
  double f64() {
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits = (bits << 8) | byte();
    double v;
    static_assert(sizeof v == sizeof bits);
    __builtin_memcpy(&v, &bits, sizeof v);
    return v;
  }
  // The rest of the input.
  std::string_view rest() {
    const std::size_t at = pos_ < size_ ? pos_ : size_;
    pos_ = size_;
    return {reinterpret_cast<const char*>(data_) + at, size_ - at};
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

}  // namespace pcfuzz
