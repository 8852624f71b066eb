// group_summary.hpp — what a batch says about the group as a whole: the score distribution, band counts,
// the most common vague phrases and missing parts. It folds in one report at a time and keeps only
// counts, so it costs the same for ten pitches or a hundred thousand.
//
// Group matching (who could refer whom) compares members with each other, so it needs them all at the end: with
// keep_members() the summary also keeps, per pitch, only what matching and the HTML report read (id, score, levels,
// target profile, offer, and for the HTML the text, findings and rewrite). Only
// `--format json` and `--html` ask for that; text, jsonl and csv stay streaming.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <pitchclarity/group.hpp>
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

  enum class Keep { nothing, matching, cards };
  // `matching`: enough for group.matches in JSON; `cards`: also each pitch's text and findings for --html.
  void keep_members(Keep what) { keep_ = what; }
  bool keeps_members() const { return keep_ != Keep::nothing; }
  // add() plus, when members are kept, the member itself (`text` is kept only for cards).
  void add(const pitchclarity::Report& report, std::string_view text, pitchclarity::OfferProfile offer);
  // Runs the library's group analysis over the kept members; call once, after the last add().
  void match(std::size_t top);
  const std::vector<pitchclarity::GroupMember>& members() const { return members_; }
  const std::vector<std::string>& texts() const { return texts_; }
  const std::optional<pitchclarity::GroupAnalysis>& analysis() const { return analysis_; }

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

  Keep keep_ = Keep::nothing;
  std::vector<pitchclarity::GroupMember> members_;
  std::vector<std::string> texts_;
  std::optional<pitchclarity::GroupAnalysis> analysis_;
};

}  // namespace pitchcheck
