// fuzz_capi — the C API (pitchclarity.h) on arbitrary bytes and options.
//
// Input: byte 0 picks the mode, byte 1 the call flags, then (options mode only) the option values, then
// the text.
//   byte 0 < 0x20: options mode. words_per_minute and slot_seconds are 8 raw bytes each (any double: NaN,
//     infinities, negatives), max_input_bytes 4 bytes, then a flags byte (built-in pack on/off, a disabled
//     rule id, an empty user pack). pc_analyzer_create must refuse exactly the values the header calls out
//     of range, with PC_ERROR_OPTIONS and a message; what it accepts must analyse the text.
//   otherwise: one of a few analyzers built once (byte 0 minus '0', modulo their number), so most
//     executions go to pc_analyze rather than to building rules.
// Seeds (make_seeds.cpp) start with "0x": the default analyzer, compact JSON, an id, the NULL checks.
// Every report is read through every accessor, including the out-of-range and NULL cases, and its JSON
// must equal what the C++ API gives for the same text and options: the header promises the two agree.
#include <pitchclarity/analyzer.hpp>
#include <pitchclarity/pitchclarity.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

#include "fuzz_support.hpp"

namespace {

using pcfuzz::require;

struct AnalyzerFree {
  void operator()(pc_analyzer* a) const noexcept { pc_analyzer_free(a); }
};
struct OptionsFree {
  void operator()(pc_options* o) const noexcept { pc_options_free(o); }
};
struct ReportFree {
  void operator()(pc_report* r) const noexcept { pc_report_free(r); }
};
using AnalyzerPtr = std::unique_ptr<pc_analyzer, AnalyzerFree>;
using OptionsPtr = std::unique_ptr<pc_options, OptionsFree>;
using ReportPtr = std::unique_ptr<pc_report, ReportFree>;

// The same settings, for both APIs.
struct Settings {
  double wpm = 150.0;
  double slot = 60.0;
  std::size_t max_bytes = 16u << 20;
  bool builtin = true;
  bool disable = false;     // switch off vague.paying-clients
  bool empty_pack = false;  // add an empty user pack
};

OptionsPtr c_options(const Settings& s) {
  pc_options* raw = nullptr;
  require(pc_options_create(&raw) == PC_OK && raw != nullptr, "pc_options_create");
  OptionsPtr o(raw);
  require(pc_options_set_words_per_minute(o.get(), s.wpm) == PC_OK, "set_words_per_minute");
  require(pc_options_set_slot_seconds(o.get(), s.slot) == PC_OK, "set_slot_seconds");
  require(pc_options_set_max_input_bytes(o.get(), s.max_bytes) == PC_OK, "set_max_input_bytes");
  require(pc_options_set_builtin_rules(o.get(), s.builtin ? 1 : 0) == PC_OK, "set_builtin_rules");
  if (s.disable) require(pc_options_disable_rule(o.get(), "vague.paying-clients") == PC_OK, "disable_rule");
  if (s.empty_pack) require(pc_options_add_rule_pack(o.get(), "empty.toml", nullptr, 0) == PC_OK, "add_rule_pack");
  return o;
}

pitchclarity::Options cpp_options(const Settings& s) {
  pitchclarity::Options o;
  o.words_per_minute = s.wpm;
  o.slot_seconds = s.slot;
  o.max_input_bytes = s.max_bytes;
  o.builtin_rules = s.builtin;
  if (s.disable) o.disabled_rules.push_back("vague.paying-clients");
  if (s.empty_pack) o.rule_packs.push_back({"empty.toml", ""});
  return o;
}

// What the header documents as acceptable.
bool valid(const Settings& s) {
  return s.wpm > 0.0 && s.wpm <= 1000.0 && s.slot > 0.0 && s.slot <= 3600.0 && s.max_bytes >= 1 &&
         s.max_bytes <= (std::size_t{1} << 30) && (s.builtin || !s.disable);
}

struct Pair {
  AnalyzerPtr c;
  std::unique_ptr<pitchclarity::Analyzer> cpp;
};

Settings preset(unsigned index) {
  Settings s;
  switch (index) {
    case 1: s.builtin = false; break;
    case 2: s.max_bytes = 3; break;
    case 3: s.wpm = 1.0; s.slot = 1.0; s.disable = true; break;
    default: break;
  }
  return s;
}
constexpr unsigned kPresets = 4;

Pair build(const Settings& s) {
  pc_analyzer* raw = reinterpret_cast<pc_analyzer*>(&raw);  // must be overwritten
  const OptionsPtr options = c_options(s);
  const pc_status status = pc_analyzer_create(options.get(), &raw);
  Pair p{AnalyzerPtr(status == PC_OK ? raw : nullptr), nullptr};
  if (!valid(s)) {
    require(status == PC_ERROR_OPTIONS, std::string("invalid options not refused: ") + pc_status_string(status));
    require(raw == nullptr, "a refused analyzer must come back NULL");
    require(std::strlen(pc_last_error_message()) > 0, "a refusal without a message");
    return p;
  }
  require(status == PC_OK, std::string("valid options refused: ") + pc_last_error_message());
  p.cpp = std::make_unique<pitchclarity::Analyzer>(cpp_options(s));
  require(p.cpp->ok(), "the C++ API refused what the C API accepted");
  return p;
}

void check_report(const pc_report* r, std::string_view text, int indent, const pitchclarity::Analyzer& cpp,
                  const char* id) {
  const int score = pc_report_score(r);
  require(score >= 0 && score <= 100, "pc_report_score");
  require(pc_report_band(r) != nullptr && std::strlen(pc_report_band(r)) > 0, "pc_report_band");
  for (int d = 0; d <= 7; ++d) {  // 6 and 7 are unknown (and still inside the enum's range)
    const int level = pc_report_level(r, static_cast<pc_dimension>(d));
    const bool known = pc_dimension_name(static_cast<pc_dimension>(d)) != nullptr;
    require(known ? level >= 0 && level <= 4 : level == -1, "pc_report_level " + std::to_string(d));
  }
  require(pc_report_clarity(r) >= 0 && pc_report_words(r) >= 0 && pc_report_sentences(r) >= 0, "counts");
  require(pc_report_seconds(r) >= 0.0, "pc_report_seconds");
  require(pc_report_suggested_rewrite(r) != nullptr, "pc_report_suggested_rewrite");
  const std::size_t count = pc_report_finding_count(r);
  for (std::size_t i = 0; i <= count; ++i) {
    pc_finding f;
    std::memset(&f, 0xAB, sizeof f);
    const pc_status status = pc_report_finding(r, i, &f);
    if (i == count) {
      require(status == PC_ERROR_INVALID_ARGUMENT && f.rule == nullptr, "finding past the end");
      continue;
    }
    require(status == PC_OK, "pc_report_finding");
    require(f.rule && f.category && f.message && f.suggestion && f.text, "a NULL string in a finding");
    require(pc_severity_name(f.severity) != nullptr, "unknown severity");
    if (f.has_span) {
      require(f.start <= f.end && f.end <= text.size() && f.text_length == f.end - f.start, "finding span");
      require(std::memcmp(f.text, text.data() + f.start, f.text_length) == 0 && f.text[f.text_length] == '\0',
              "finding text is not the input's bytes");
    } else {
      require(f.start == 0 && f.end == 0 && f.text_length == 0 && f.text[0] == '\0', "whole-pitch finding span");
    }
  }
  char* json = nullptr;
  require(pc_report_to_json(r, indent, &json) == PC_OK && json != nullptr, "pc_report_to_json");
  const std::string expected = pitchclarity::to_json(cpp.analyze(text, id == nullptr ? "" : id), indent);
  const bool same = expected == json;
  pc_string_free(json);
  require(same, "the C and C++ APIs disagree on this text");
}

// The NULL and bad-argument paths: each must fail cleanly, never crash.
void check_bad_arguments(const pc_analyzer* a) {
  pc_report* r = nullptr;
  require(pc_analyze(nullptr, "x", 1, nullptr, &r) == PC_ERROR_INVALID_ARGUMENT && r == nullptr, "NULL analyzer");
  require(pc_analyze(a, nullptr, 1, nullptr, &r) == PC_ERROR_INVALID_ARGUMENT && r == nullptr, "NULL text");
  require(pc_analyze(a, "x", 1, nullptr, nullptr) == PC_ERROR_INVALID_ARGUMENT, "NULL out_report");
  require(pc_report_score(nullptr) == -1 && pc_report_band(nullptr) == nullptr, "NULL report");
  require(pc_report_finding_count(nullptr) == 0, "NULL report count");
  char* json = reinterpret_cast<char*>(&json);
  require(pc_report_to_json(nullptr, 2, &json) == PC_ERROR_INVALID_ARGUMENT && json == nullptr, "NULL report json");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pcfuzz::Bytes in(data, size);
  const std::uint8_t mode = in.byte();
  const std::uint8_t flags = in.byte();
  // A small indent: the C API passes it straight to the JSON writer (see README: "Findings").
  const int indent = static_cast<int>(flags & 7) - 1;
  const char* id = (flags & 8) != 0 ? "fuzz id" : nullptr;

  Pair fresh;
  const Pair* pair = nullptr;
  if (mode < 0x20) {
    Settings s;
    s.wpm = in.f64();
    s.slot = in.f64();
    const std::uint32_t max = in.u32();
    s.max_bytes = max;
    const std::uint8_t option_flags = in.byte();
    s.builtin = (option_flags & 1) == 0;
    s.disable = (option_flags & 2) != 0;
    s.empty_pack = (option_flags & 4) != 0;
    fresh = build(s);
    if (!fresh.c) return 0;
    pair = &fresh;
  } else {
    static std::array<Pair, kPresets> cache;
    const unsigned index = static_cast<std::uint8_t>(mode - '0') % kPresets;
    Pair& p = cache[index];
    if (!p.c) p = build(preset(index));
    pair = &p;
  }

  const std::string_view text = in.rest();
  pc_report* raw = nullptr;
  require(pc_analyze(pair->c.get(), text.empty() ? nullptr : text.data(), text.size(), id, &raw) == PC_OK,
          std::string("pc_analyze: ") + pc_last_error_message());
  const ReportPtr report(raw);
  check_report(report.get(), text, indent, *pair->cpp, id);
  if ((flags & 0x10) != 0) check_bad_arguments(pair->c.get());
  return 0;
}
