// group_summary.hpp — what a batch says about the group as a whole: the score distribution, band counts,
// the most common vague phrases and missing parts. It folds in one report at a time and keeps only
// counts, so it costs the same for ten pitches or a hundred thousand.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <ostream>
#include <pitchclarity/report.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "terminal.hpp"

namespace pitchcheck {

class GroupSummary {
 public:
  void add(const pitchclarity::Report& report);
  void add_unreadable() { ++unreadable_; }

  std::uint64_t scored() const { return scored_; }
  std::uint64_t unreadable() const { return unreadable_; }

  // The "group" object of `pitchcheck batch --format json`.
  void write_json(std::ostream& out, std::size_t top) const;
  // The summary after the rows of `pitchcheck batch --format text`.
  void write_text(std::ostream& out, const Palette& paint, std::size_t top) const;

  struct Count {
    std::string name;
    std::uint64_t count = 0;
  };
  std::vector<Count> top_vague_phrases(std::size_t top) const;
  std::vector<Count> missing_parts() const;  // dimensions found at level 0, most often missing first
  std::vector<Count> bands() const;          // in band order, vague first

 private:
  struct Phrase {
    std::string shown;  // as first written
    std::uint64_t pitches = 0;
  };
  // Distinct vague phrases kept; past this many, new ones are counted only in untracked_phrases_.
  static constexpr std::size_t kMaxPhrases = 10000;

  double median() const;

  std::array<std::uint64_t, 101> scores_{};
  std::uint64_t scored_ = 0;
  std::uint64_t unreadable_ = 0;
  std::uint64_t score_sum_ = 0;
  std::map<std::string, std::uint64_t> bands_;
  std::unordered_map<std::string, Phrase> phrases_;  // by case-folded text
  std::uint64_t untracked_phrases_ = 0;
  std::array<std::uint64_t, 6> level_zero_{};  // target client, industry, problem, ask, give, offer
  std::map<std::string, std::uint64_t> findings_;
};

}  // namespace pitchcheck
