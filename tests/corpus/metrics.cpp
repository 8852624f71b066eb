#include "metrics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace pitchclarity::eval {

Agreement::Agreement(std::string name, int max)
    : dimension(std::move(name)), max_level(max),
      confusion(static_cast<std::size_t>(max + 1), std::vector<int>(static_cast<std::size_t>(max + 1), 0)) {}

void Agreement::add(int label, int predicted) {
  ++n;
  if (label == predicted) ++exact;
  if (std::abs(label - predicted) <= 1) ++within_one;
  if (label >= 0 && label <= max_level && predicted >= 0 && predicted <= max_level) {
    ++confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(predicted)];
  }
}

namespace {

std::vector<double> ranks(const std::vector<double>& v) {
  std::vector<std::size_t> order(v.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
  std::vector<double> r(v.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
    const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) r[order[k]] = average;
    i = j + 1;
  }
  return r;
}

}  // namespace

double spearman(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() != y.size() || x.size() < 2) return 0.0;
  const std::vector<double> rx = ranks(x), ry = ranks(y);
  const double n = static_cast<double>(x.size());
  const double mx = std::accumulate(rx.begin(), rx.end(), 0.0) / n;
  const double my = std::accumulate(ry.begin(), ry.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < rx.size(); ++i) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) * (rx[i] - mx);
    syy += (ry[i] - my) * (ry[i] - my);
  }
  return (sxx > 0 && syy > 0) ? sxy / std::sqrt(sxx * syy) : 0.0;
}

}  // namespace pitchclarity::eval
