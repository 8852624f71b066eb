// pitchclarity_eval — measures the analyzer against the labelled corpus.
//
//   pitchclarity_eval corpus                       both splits, text report
//   pitchclarity_eval corpus --split test --floors fail (exit 1) below the floors of the specificity issue
//   pitchclarity_eval corpus --json report.json    also write the figures as JSON
//   pitchclarity_eval corpus --calibrate           search score weights on the dev split and print them
#include "calibrate.hpp"
#include "corpus.hpp"
#include "evaluate.hpp"

#include <pitchclarity/analyzer.hpp>

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <set>

using namespace pitchclarity::eval;

namespace {

struct Floor {
  const char* what;
  double value, floor;
};

// The floors of the specificity issue, and the interim regression floors CI holds the test split to until
// those are met: a few points under what the test split measured (2026-11-26, fourth session), raised as the
// model improves, so a regression fails CI while the model is still short of the issue's targets.
struct Floors {
  double target_exact, target_within, problem_exact, ask_exact, vague_recall, vague_precision, spearman;
};
constexpr Floors kIssueFloors{0.80, 0.95, 0.75, 0.75, 0.95, 0.90, 0.80};
constexpr Floors kInterimFloors{0.76, 0.90, 0.60, 0.80, 0.80, 0.82, 0.78};

int check_floors(const SplitResult& r, const Floors& f) {
  const Floor floors[] = {
      {"target_client exact", r.dimension("target_client").exact_rate(), f.target_exact},
      {"target_client within one", r.dimension("target_client").within_one_rate(), f.target_within},
      {"problem exact", r.dimension("problem").exact_rate(), f.problem_exact},
      {"ask exact", r.dimension("ask").exact_rate(), f.ask_exact},
      {"vague recall", r.vague_recall(), f.vague_recall},
      {"vague precision", r.vague_precision(), f.vague_precision},
      {"Spearman(score, holistic)", r.spearman, f.spearman},
  };
  int failed = 0;
  for (const Floor& floor : floors) {
    const bool ok = floor.value >= floor.floor;
    std::cout << (ok ? "  ok    " : "  BELOW ") << floor.what << ": " << floor.value << " (floor " << floor.floor
              << ")\n";
    failed += !ok;
  }
  return failed;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Evaluates pitchclarity against the labelled corpus", "pitchclarity_eval"};
  std::string dir, split = "all", json_path;
  std::string floors;
  bool calibrate = false;
  int show = 40;
  app.add_option("corpus", dir, "The corpus folder (holding dev/ and test/)")->required()->check(CLI::ExistingDirectory);
  app.add_option("--split", split, "dev, test or all")->check(CLI::IsMember({"dev", "test", "all"}));
  app.add_option("--json", json_path, "Also write the figures as JSON to this file");
  std::string dump_path;
  app.add_option("--dump", dump_path, "Write one line per pitch (labels, predictions, evidence) to this TSV file");
  app.add_option("--show-misses", show, "How many vague-phrase misses to list per split");
  app.add_option("--floors", floors,
                 "Exit 1 if a split is below the floors: 'issue' (target 80%/95%, problem and ask 75%, vague recall "
                 "95%, precision 90%, Spearman 0.80) or 'interim' (the regression floors CI uses until those are met)")
      ->check(CLI::IsMember({"issue", "interim"}));
  app.add_flag("--calibrate", calibrate, "Search score weights on the dev split and print them as TOML");
  CLI11_PARSE(app, argc, argv);

  const Corpus corpus = load_corpus(dir);
  std::set<std::string> trades, sectors;
  int per_level[6] = {0, 0, 0, 0, 0, 0};
  int dev = 0, test = 0;
  for (const Pitch& p : corpus.pitches) {
    trades.insert(p.trade);
    sectors.insert(p.sector);
    ++per_level[p.labels.holistic];
    (p.split == "dev" ? dev : test)++;
  }
  std::cout << "corpus: " << corpus.pitches.size() << " pitches (dev " << dev << ", test " << test << "), "
            << trades.size() << " trades, " << sectors.size() << " industries; holistic 1–5: " << per_level[1]
            << " / " << per_level[2] << " / " << per_level[3] << " / " << per_level[4] << " / " << per_level[5] << "\n";
  if (!corpus.problems.empty()) {
    std::cout << "label consistency: " << corpus.problems.size() << " problem(s)\n";
    for (const auto& p : corpus.problems) std::cout << "  " << p << '\n';
    return 2;
  }
  std::cout << "label consistency: ok\n";

  const pitchclarity::Analyzer analyzer;
  if (!analyzer.ok()) {
    std::cerr << "pitchclarity_eval: " << analyzer.error().message() << '\n';
    return 2;
  }
  nlohmann::ordered_json out;
  out["corpus"] = {{"pitches", corpus.pitches.size()}, {"dev", dev}, {"test", test}, {"trades", trades.size()},
                   {"industries", sectors.size()}};
  int failed = 0;
  for (const std::string s : {"dev", "test"}) {
    if (split != "all" && split != s) continue;
    std::vector<const Pitch*> chosen;
    for (const Pitch& p : corpus.pitches) {
      if (p.split == s) chosen.push_back(&p);
    }
    const SplitResult r = evaluate_split(analyzer, chosen, s);
    std::cout << '\n' << to_text(r, show);
    out["splits"][s] = to_json(r);
    if (!dump_path.empty()) {
      std::ofstream dump(dump_path + "." + s + ".tsv");
      for (std::size_t i = 0; i < chosen.size(); ++i) dump << dump_line(*chosen[i], r.reports[i]) << '\n';
    }
    if (!floors.empty()) {
      std::cout << floors << " floors for " << s << ":\n";
      failed += check_floors(r, floors == "issue" ? kIssueFloors : kInterimFloors);
      if (floors == "interim") {
        std::cout << "(the issue's floors, reported, not enforced:)\n";
        check_floors(r, kIssueFloors);
      }
    }
    if (calibrate && s == "dev") std::cout << '\n' << calibrate_weights(r);
  }
  if (!json_path.empty()) {
    std::ofstream(json_path) << out.dump(2) << '\n';
  }
  if (failed > 0) {
    std::cout << failed << " floor(s) not met\n";
    return 1;
  }
  return 0;
}
