// sink.hpp — where analysed pitches go, one implementation per output format.
//
// Formatting a report (JSON above all) costs about as much as analysing it, so it is split in two:
// render() runs on the worker threads right after analysis and must only read the sink's settings;
// write() runs on the main thread in input order and may keep state (separators, "first" flags). The
// group summary comes last, through finish().
#pragma once

#include <memory>
#include <ostream>
#include <pitchclarity/analyzer.hpp>
#include <string>

#include "group_summary.hpp"
#include "pitch_source.hpp"
#include "settings.hpp"
#include "terminal.hpp"

namespace pitchcheck {

class Sink {
 public:
  virtual ~Sink() = default;
  // Thread-safe: called concurrently from worker threads.
  virtual std::string render(const Pitch& pitch, const pitchclarity::Report& report) const = 0;
  // In input order, on the main thread.
  virtual void write(const std::string& rendered) = 0;
  virtual void finish(const GroupSummary& /*group*/) {}
};

struct SinkContext {
  std::ostream& out;
  const Palette& paint;
  const pitchclarity::Options& options;
  std::size_t top = 10;  // phrases in the group summary
};

// `pitchcheck FILE…`: text is the full diagnostics and summary of each pitch; json one object per pitch.
std::unique_ptr<Sink> check_sink(Format format, const SinkContext& context);
// `pitchcheck batch`: text is a line per pitch and the group summary; json one document with both.
std::unique_ptr<Sink> batch_sink(Format format, const SinkContext& context);

// One per format and command (text_sinks.cpp, json_sinks.cpp, csv_sink.cpp); jsonl and csv serve both.
std::unique_ptr<Sink> check_text_sink(const SinkContext& context);
std::unique_ptr<Sink> batch_text_sink(const SinkContext& context);
std::unique_ptr<Sink> check_json_sink(const SinkContext& context);
std::unique_ptr<Sink> batch_json_sink(const SinkContext& context);
std::unique_ptr<Sink> jsonl_sink(const SinkContext& context);
std::unique_ptr<Sink> csv_sink(const SinkContext& context);

}  // namespace pitchcheck
