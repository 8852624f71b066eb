// pitch_source.hpp — where pitches come from: files named on the command line, a folder, a CSV or a JSONL
// file. A source hands out one pitch at a time, in input order, so a batch of any size streams through in
// bounded memory.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace pitchcheck {

struct Pitch {
  std::string id;     // what reports and rows call it: a file name, an id column, "row 7"
  std::string where;  // where it is, for messages: "pitches.csv:17", "folder/anna.txt", "<stdin>"
  std::string text;
  std::string error;  // non-empty: this pitch could not be read ("unterminated quoted field"); text is unused
};

struct SourceProgress {
  std::uint64_t done = 0;   // units consumed so far (bytes or files)
  std::uint64_t total = 0;  // 0 when unknown (standard input)
};

class PitchSource {
 public:
  virtual ~PitchSource() = default;
  // The next pitch, or false at the end of the input.
  virtual bool next(Pitch& out) = 0;
  virtual SourceProgress progress() const { return {}; }
};

}  // namespace pitchcheck
