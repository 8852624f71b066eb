// Scores one pitch file with the C++ API. Prints "SCORE BAND", then each finding as "RULE START-END"
// (or "RULE -" for a finding about the whole pitch).
#include <pitchclarity/analyzer.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: score FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "score: cannot open " << argv[1] << '\n';
    return 2;
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  const pitchclarity::Analyzer analyzer;  // build once, reuse for every pitch
  if (!analyzer.ok()) {
    std::cerr << "score: " << analyzer.error().message() << '\n';
    return 2;
  }
  const pitchclarity::Report report = analyzer.analyze(text);
  std::cout << report.score << ' ' << report.band << '\n';
  for (const pitchclarity::Finding& finding : report.findings) {
    std::cout << finding.rule;
    if (finding.span) {
      std::cout << ' ' << finding.span->start << '-' << finding.span->end << '\n';
    } else {
      std::cout << " -\n";
    }
  }
  return 0;
}
