// fuzz_analyze — Analyzer::analyze on arbitrary bytes, with options chosen by the input.
//
// Input: one byte choosing an options preset (below: the byte minus '0', modulo their number, so '0' to '9'
// pick presets 0 to 9 and a seed can be written by hand), then the text. Building an
// Analyzer compiles every rule, so the presets are built once each, on first use, and kept. They cover the
// option edges: both ends of words_per_minute and slot_seconds, the built-in pack on and off, disabled
// rules, and max_input_bytes from 1 byte (every multi-byte character is cut) to the 16 MiB default; the
// last presets are invalid options, whose Analyzer must refuse to build and still answer analyze().
// Seeds (make_seeds.cpp) start with '0' (the defaults) or another preset's character.
#include <pitchclarity/analyzer.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <memory>

#include "fuzz_support.hpp"

namespace {

using pitchclarity::Analyzer;
using pitchclarity::Options;

Options preset(unsigned index) {
  Options o;
  switch (index) {
    case 0: break;  // the defaults
    case 1: o.builtin_rules = false; break;
    case 2: o.words_per_minute = 1.0; o.slot_seconds = 1.0; break;          // everything is over the slot
    case 3: o.words_per_minute = 1000.0; o.slot_seconds = 3600.0; break;    // everything is under it
    case 4: o.max_input_bytes = 1; break;
    case 5: o.max_input_bytes = 2; break;
    case 6: o.max_input_bytes = 3; break;
    case 7: o.max_input_bytes = 5; break;
    case 8: o.max_input_bytes = 64; break;
    case 9: o.max_input_bytes = 1000; break;
    case 10: o.builtin_rules = false; o.max_input_bytes = 7; o.slot_seconds = 0.001; break;
    case 11: o.words_per_minute = 1e-6; o.slot_seconds = 3600.0; break;   // tiny but valid rates
    case 12: o.disabled_rules = {"vague.paying-clients", "missing.ask", "length.over-slot", "rules.regex-limit"}; break;
    // Invalid: construction fails, analyze() answers with an input.analyzer-error finding.
    case 13: o.words_per_minute = 0.0; break;
    case 14: o.slot_seconds = std::numeric_limits<double>::quiet_NaN(); break;
    case 15: o.max_input_bytes = 0; break;
    case 16: o.words_per_minute = std::numeric_limits<double>::infinity(); break;
    case 17: o.disabled_rules = {"no.such-rule"}; break;
    default: break;
  }
  return o;
}
constexpr unsigned kPresets = 18;

const Analyzer& analyzer(unsigned index) {
  static std::array<std::unique_ptr<Analyzer>, kPresets> cache;
  if (!cache[index]) {
    cache[index] = std::make_unique<Analyzer>(preset(index));
    pcfuzz::require(cache[index]->ok() == (index < 13), "preset " + std::to_string(index) + " built: " +
                                                             cache[index]->error().message());
  }
  return *cache[index];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pcfuzz::Bytes in(data, size);
  const unsigned index = static_cast<std::uint8_t>(in.byte() - '0') % kPresets;
  const std::string_view text = in.rest();
  const Analyzer& a = analyzer(index);
  const pitchclarity::Report report = a.analyze(text, "fuzz");
  pcfuzz::check_report(report, text);
  if (!a.ok()) {
    pcfuzz::require(report.findings.size() == 1 && report.findings[0].rule == "input.analyzer-error",
                    "a broken analyzer must answer with input.analyzer-error");
    return 0;
  }
  for (const auto& f : report.findings) {
    pcfuzz::require(f.rule != "input.internal-error", "analysis failed: " + f.message);
  }
  const bool truncated = text.size() > a.options().max_input_bytes;
  bool said_truncated = false;
  for (const auto& f : report.findings) said_truncated = said_truncated || f.rule == "input.truncated";
  pcfuzz::require(truncated == said_truncated, "input.truncated does not match the input's size");
  return 0;
}
