// tests/corpus/metrics.hpp — agreement, confusion matrices, rank correlation.
#pragma once

#include <string>
#include <vector>

namespace pitchclarity::eval {

struct Agreement {
  std::string dimension;
  int max_level = 0;
  int n = 0, exact = 0, within_one = 0;
  std::vector<std::vector<int>> confusion;  // [label][predicted]

  explicit Agreement(std::string name = {}, int max = 0);
  void add(int label, int predicted);
  double exact_rate() const { return n ? static_cast<double>(exact) / n : 0.0; }
  double within_one_rate() const { return n ? static_cast<double>(within_one) / n : 0.0; }
};

// Spearman's rho with average ranks for ties (Pearson correlation of the ranks).
double spearman(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace pitchclarity::eval
