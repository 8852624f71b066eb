// tests/corpus/corpus.hpp — the labelled corpus (corpus/<split>/*.toml) as values, with a consistency check.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pitchclarity::eval {

struct Labels {
  int target_client = 0, offer = 0, industry = 0, problem = 0, ask = 0, give = 0, holistic = 1;
  std::vector<std::string> naics, vague, not_vague;
};

struct Pitch {
  std::string path;   // relative to the corpus folder, e.g. "dev/014-farrier.toml"
  std::string split;  // dev or test
  std::string trade, sector;
  std::vector<std::string> styles;
  std::string text;
  Labels labels;
};

struct Corpus {
  std::vector<Pitch> pitches;
  std::vector<std::string> problems;  // consistency problems, "path: what"
};

// Loads every corpus/<split>/*.toml, sorted by path. Parse errors and label inconsistencies (levels out of
// range, a vague phrase that does not occur in the text, a phrase both vague and not) go to `problems`.
Corpus load_corpus(const std::string& dir);

}  // namespace pitchclarity::eval
