#include "progress.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace pitchcheck {
namespace {

constexpr int kBarWidth = 30;
constexpr int kLineWidth = 72;

}  // namespace

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled), start_(Clock::now()), last_(start_) {}

void ProgressBar::update(std::uint64_t pitches, SourceProgress where) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || (drawn_ && now - last_ < std::chrono::milliseconds(100))) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  std::string line = "\r";
  if (where.total > 0) {
    const double share = std::min(1.0, static_cast<double>(where.done) / static_cast<double>(where.total));
    const int filled = static_cast<int>(share * kBarWidth);
    line += '[' + std::string(static_cast<std::size_t>(filled), '=') + (filled < kBarWidth ? ">" : "") +
            std::string(static_cast<std::size_t>(kBarWidth - filled - (filled < kBarWidth ? 1 : 0)), ' ') + "] ";
    line += std::to_string(static_cast<int>(share * 100.0)) + "%  ";
  }
  line += std::to_string(pitches) + " pitches  " + std::to_string(static_cast<long>(elapsed)) + " s";
  if (line.size() < kLineWidth) line.append(kLineWidth - line.size(), ' ');
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!drawn_) return;
  std::fputs(("\r" + std::string(kLineWidth, ' ') + "\r").c_str(), stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace pitchcheck
