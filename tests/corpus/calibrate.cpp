#include "calibrate.hpp"

#include "model/model_data.hpp"
#include "model/score.hpp"

#include <algorithm>
#include <sstream>

namespace pitchclarity::eval {
namespace {

double rho(const SplitResult& split, const model::ScoreWeights& w) {
  std::vector<double> scores;
  for (const Report& r : split.reports) {
    int vague = 0;
    bool over = false;
    for (const Finding& f : r.findings) {
      vague += f.category == "vague";
      over = over || f.rule == "length.over-slot";
    }
    scores.push_back(model::overall_score(w, r.dimensions, vague, over, r.dimensions.ask.level == 1));
  }
  return spearman(scores, split.holistic);
}

}  // namespace

std::string calibrate_weights(const SplitResult& split) {
  model::ModelData data;
  if (Error e = model::load_model_data(data)) return "calibration: " + e.message() + "\n";
  model::ScoreWeights w = data.weights;
  const double before = rho(split, w);
  double best = before;
  double* params[] = {&w.target, &w.industry, &w.problem, &w.ask, &w.give, &w.offer, &w.clarity,
                      &w.vague_penalty, &w.over_slot_penalty, &w.cap_target0, &w.cap_target1, &w.cap_vague_ask};
  const double steps[] = {0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 1.0, 2.0, 2.0, 2.0};
  for (int round = 0; round < 30; ++round) {
    bool improved = false;
    for (std::size_t k = 0; k < std::size(params); ++k) {
      for (const double dir : {1.0, -1.0}) {
        const double old = *params[k];
        *params[k] = std::max(0.0, old + dir * steps[k]);
        const double r = rho(split, w);
        if (r > best + 1e-9) {
          best = r;
          improved = true;
        } else {
          *params[k] = old;
        }
      }
    }
    if (!improved) break;
  }
  std::ostringstream out;
  out << "calibration on " << split.split << ": Spearman " << before << " -> " << best << "\n"
      << "[weights]\ntarget = " << w.target << "\nindustry = " << w.industry << "\nproblem = " << w.problem
      << "\nask = " << w.ask << "\ngive = " << w.give << "\noffer = " << w.offer << "\nclarity = " << w.clarity
      << "\n\n[penalties]\nvague_penalty = " << w.vague_penalty << "\nmax_vague_findings = " << w.max_vague_findings
      << "\nover_slot_penalty = " << w.over_slot_penalty << "\n\n[caps]\ntarget0 = " << w.cap_target0
      << "\ntarget1 = " << w.cap_target1 << "\nvague_ask = " << w.cap_vague_ask << "\n";
  return out.str();
}

}  // namespace pitchclarity::eval
