// pitchclarity_world — checks the analyzer against public data none of us wrote (../shared/eval).
//
// What can honestly be measured there (see each data set's README):
//  1. Sentence specificity (Ko et al. 2019: Twitter, Yelp, movie reviews; Gao et al. 2019: tweets, test
//     split): Spearman between people's mean 1–5 specificity rating and the analyzer's lexical specificity
//     signals (density of niche nouns, names, places and numbers; mean WordNet depth of nouns).
//  2. Industry detection (YC company directory): for companies whose YC industry maps onto one NAICS sector,
//     how often the sectors the analyzer finds in the description include that sector, and how often it
//     finds any sector at all.
// Reads the files in place; never copies them.
#include "corpus/metrics.hpp"
#include "lexicon/lexicon.hpp"
#include "rules/rule_set.hpp"
#include "text/document.hpp"

#include <pitchclarity/analyzer.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace pitchclarity;

using eval::spearman;  // the corpus evaluation's, with average ranks for ties

struct Signals {
  double niche_density = 0, concrete_density = 0, mean_depth = 0, combined = 0, words = 0;
};

// Lexical specificity of one sentence, from the same tokens and lexicon the analyzer uses.
Signals signals_of(const std::string& text) {
  const auto doc = text::Document::build(text, rules::RuleSet::lemmatizer());
  int words = 0, niche = 0, concrete = 0, nouns = 0;
  double depth = 0;
  for (const auto& t : doc.tokens()) {
    if (t.shape == text::Shape::number) {
      ++words;
      ++concrete;
      continue;
    }
    if (t.shape != text::Shape::word) continue;
    ++words;
    if (lexicon::is_place(t.folded) && t.capitalised) ++concrete;
    const auto n = lexicon::noun(t.lemma);
    if (!n) continue;
    ++nouns;
    depth += n->depth;
    if (n->kind == lexicon::Kind::role || n->kind == lexicon::Kind::business_type) ++niche;
    if (n->depth >= 8) ++concrete;
  }
  Signals s;
  s.words = words;
  if (words == 0) return s;
  s.niche_density = static_cast<double>(niche) / words;
  s.concrete_density = static_cast<double>(concrete) / words;
  s.mean_depth = nouns ? depth / nouns : 0.0;
  // Long sentences with concrete detail read as specific, so the count matters as well as the density.
  s.combined = concrete + 2.0 * niche + 0.1 * depth;
  return s;
}

void sentence_specificity(const std::string& name, const std::string& path, const std::string& split_filter) {
  std::ifstream in(path);
  if (!in) {
    std::cout << name << ": cannot read " << path << " (skipped)\n";
    return;
  }
  std::vector<double> rating, niche, concrete, depth, combined, length;
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j.contains("specificity_mean")) continue;
    if (!split_filter.empty() && !(j.contains("split") && j["split"].is_string() && j["split"] == split_filter)) continue;
    if (!j["text"].is_string() || !j["specificity_mean"].is_number()) continue;
    const Signals s = signals_of(j["text"].get<std::string>());
    rating.push_back(j["specificity_mean"].get<double>());
    niche.push_back(s.niche_density);
    concrete.push_back(s.concrete_density);
    depth.push_back(s.mean_depth);
    combined.push_back(s.combined);
    length.push_back(s.words);
  }
  // Word count is the baseline a signal must beat: longer sentences are rated more specific.
  std::printf("%-28s n=%5zu  Spearman: combined %+.3f  (length alone %+.3f)  concrete density %+.3f  niche "
              "density %+.3f  noun depth %+.3f\n",
              name.c_str(), rating.size(), spearman(combined, rating), spearman(length, rating),
              spearman(concrete, rating), spearman(niche, rating), spearman(depth, rating));
}

void yc_industries(const Analyzer& analyzer, const std::string& path) {
  // YC industries that correspond to one NAICS sector (B2B and Consumer describe customers, not sectors).
  const std::map<std::string, std::set<std::string>> sectors = {
      {"Healthcare", {"62"}},  {"Education", {"61"}},  {"Fintech", {"52"}},
      {"Real Estate and Construction", {"53", "23"}}, {"Industrials", {"31", "32", "33", "48", "49", "42", "22", "21"}},
      {"Government", {"92"}}};
  std::ifstream in(path);
  if (!in) {
    std::cout << "yc-companies: cannot read " << path << " (skipped)\n";
    return;
  }
  std::map<std::string, std::array<int, 3>> per;  // total, any sector found, right sector found
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    const auto str = [&](const char* key) {
      return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
    };
    const std::string industry = str("industry");
    const auto it = sectors.find(industry);
    if (it == sectors.end()) continue;
    const std::string text = str("long_description").empty() ? str("one_liner") : str("long_description");
    // The analyzer reports sectors of the *target*; a company description names its market in many ways,
    // so every noun group's sector is counted here (lexicon::sectors over the tokens' lemmas).
    const auto doc = text::Document::build(text, rules::RuleSet::lemmatizer());
    std::map<std::string, int> votes;
    const auto toks = doc.tokens();
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].shape != text::Shape::word) continue;
      std::string phrase(toks[i].lemma);
      for (const auto& s : lexicon::sectors(phrase)) ++votes[std::string(s.code.substr(0, 2))];
      if (i + 1 < toks.size() && toks[i + 1].shape == text::Shape::word) {
        for (const auto& s : lexicon::sectors(phrase + " " + std::string(toks[i + 1].lemma))) {
          votes[std::string(s.code.substr(0, 2))] += 2;
        }
      }
    }
    (void)analyzer;
    auto& c = per[industry];
    ++c[0];
    if (votes.empty()) continue;
    ++c[1];
    const auto best = std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) { return a.second < b.second; });
    if (it->second.count(best->first)) ++c[2];
  }
  int total = 0, found = 0, right = 0;
  for (const auto& [industry, c] : per) {
    std::printf("  %-30s n=%4d  sector found %5.1f%%  top sector right %5.1f%% of found\n", industry.c_str(), c[0],
                100.0 * c[1] / std::max(1, c[0]), 100.0 * c[2] / std::max(1, c[1]));
    total += c[0];
    found += c[1];
    right += c[2];
  }
  std::printf("  %-30s n=%4d  sector found %5.1f%%  top sector right %5.1f%% of found\n", "all mapped", total,
              100.0 * found / std::max(1, total), 100.0 * right / std::max(1, found));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "../shared/eval";
  const Analyzer analyzer;
  std::cout << "Sentence specificity vs people's mean ratings (1 general – 5 specific):\n";
  sentence_specificity("ko2019 twitter", dir + "/ko2019-specificity/twitter.jsonl", "");
  sentence_specificity("ko2019 yelp", dir + "/ko2019-specificity/yelp.jsonl", "");
  sentence_specificity("ko2019 movie", dir + "/ko2019-specificity/movie.jsonl", "");
  sentence_specificity("gao2019 tweets (test split)", dir + "/gao2019-twitter-specificity/tweets.jsonl", "test");
  std::cout << "\nIndustry detection on YC company descriptions (YC industry mapped to NAICS sectors):\n";
  yc_industries(analyzer, dir + "/yc-companies/companies.jsonl");
  return 0;
}
