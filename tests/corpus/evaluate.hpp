// tests/corpus/evaluate.hpp — runs the analyzer over a split and measures it against the labels.
#pragma once

#include "corpus.hpp"
#include "metrics.hpp"

#include <pitchclarity/analyzer.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pitchclarity::eval {

struct VagueMiss {
  std::string path, text;
  bool false_positive = false;  // a finding no label asked for (else: a labelled phrase not flagged)
  bool hits_not_vague = false;  // the false positive lands on a phrase labelled not vague
};

struct SplitResult {
  std::string split;
  int pitches = 0;
  std::vector<Agreement> dimensions;  // target_client, industry, problem, ask, give, offer, holistic-from-score
  int vague_labels = 0, vague_found = 0, vague_findings = 0, vague_findings_right = 0;
  std::vector<VagueMiss> vague_misses;
  int sector_labelled = 0, sector_nested = 0, sector_same_2digit = 0;
  double spearman = 0.0;
  std::vector<double> scores, holistic;
  std::vector<Report> reports;

  double vague_recall() const { return vague_labels ? static_cast<double>(vague_found) / vague_labels : 1.0; }
  double vague_precision() const {
    return vague_findings ? static_cast<double>(vague_findings_right) / vague_findings : 1.0;
  }
  const Agreement& dimension(const std::string& name) const;
};

SplitResult evaluate_split(const Analyzer& analyzer, const std::vector<const Pitch*>& pitches, const std::string& split);

std::string to_text(const SplitResult& r, int show_misses);
// One tab-separated line: path, then label/prediction per dimension, score, holistic, and evidence texts.
std::string dump_line(const Pitch& p, const Report& r);
nlohmann::ordered_json to_json(const SplitResult& r);

}  // namespace pitchclarity::eval
