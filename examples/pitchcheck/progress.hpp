// progress.hpp — a progress bar on stderr for long batches: only on a terminal, only once the run has
// taken a second, redrawn at most ten times a second, and wiped before anything else is printed there.
#pragma once

#include <chrono>
#include <cstdint>

#include "pitch_source.hpp"

namespace pitchcheck {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  ~ProgressBar() { clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::uint64_t pitches, SourceProgress where);
  void clear();  // before writing a message to stderr, and at the end

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_;
};

}  // namespace pitchcheck
