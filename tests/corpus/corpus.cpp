#include "corpus.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>

namespace pitchclarity::eval {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> strings(const toml::node* node) {
  std::vector<std::string> out;
  if (const toml::array* a = node ? node->as_array() : nullptr) {
    for (const toml::node& n : *a) {
      if (auto s = n.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

void check_level(const std::string& path, const char* name, int value, int lo, int hi, std::vector<std::string>& problems) {
  if (value < lo || value > hi) {
    problems.push_back(path + ": " + name + " = " + std::to_string(value) + " is outside " + std::to_string(lo) +
                       "–" + std::to_string(hi));
  }
}

}  // namespace

Corpus load_corpus(const std::string& dir) {
  Corpus corpus;
  for (const char* split : {"dev", "test"}) {
    const fs::path folder = fs::path(dir) / split;
    if (!fs::is_directory(folder)) {
      corpus.problems.push_back(folder.string() + ": missing split folder");
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder)) {
      if (e.path().extension() == ".toml") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      Pitch p;
      p.path = std::string(split) + "/" + file.filename().string();
      p.split = split;
      toml::table t;
      try {
        t = toml::parse_file(file.string());
      } catch (const toml::parse_error& e) {
        corpus.problems.push_back(p.path + ":" + std::to_string(e.source().begin.line) + ":" +
                                  std::to_string(e.source().begin.column) + ": " + std::string(e.description()));
        continue;
      }
      p.trade = t["trade"].value_or(std::string());
      p.sector = t["sector"].value_or(std::string());
      p.styles = strings(t.get("styles"));
      p.text = t["text"].value_or(std::string());
      const toml::table* l = t["labels"].as_table();
      if (p.text.empty() || l == nullptr) {
        corpus.problems.push_back(p.path + ": needs text and [labels]");
        continue;
      }
      Labels& lab = p.labels;
      struct Field {
        const char* name;
        int* value;
        int lo, hi;
      };
      const Field fields[] = {{"target_client", &lab.target_client, 0, 4}, {"offer", &lab.offer, 0, 2},
                              {"industry", &lab.industry, 0, 2},           {"problem", &lab.problem, 0, 3},
                              {"ask", &lab.ask, 0, 3},                     {"give", &lab.give, 0, 2},
                              {"holistic", &lab.holistic, 1, 5}};
      bool complete = true;
      for (const Field& f : fields) {
        const auto v = (*l)[f.name].value<std::int64_t>();
        if (!v) {
          corpus.problems.push_back(p.path + ": labels." + f.name + " is missing");
          complete = false;
          continue;
        }
        *f.value = static_cast<int>(*v);
        check_level(p.path, f.name, *f.value, f.lo, f.hi, corpus.problems);
      }
      lab.naics = strings(l->get("naics"));
      lab.vague = strings(l->get("vague"));
      lab.not_vague = strings(l->get("not_vague"));
      for (const auto& v : lab.vague) {
        if (p.text.find(v) == std::string::npos) corpus.problems.push_back(p.path + ": vague phrase not in text: '" + v + "'");
        if (std::find(lab.not_vague.begin(), lab.not_vague.end(), v) != lab.not_vague.end()) {
          corpus.problems.push_back(p.path + ": phrase both vague and not: '" + v + "'");
        }
      }
      for (const auto& v : lab.not_vague) {
        if (p.text.find(v) == std::string::npos) corpus.problems.push_back(p.path + ": not_vague phrase not in text: '" + v + "'");
      }
      for (const auto& code : lab.naics) {
        const bool digits = code.size() >= 2 && code.size() <= 6 &&
                            std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) corpus.problems.push_back(p.path + ": NAICS code '" + code + "' is not 2–6 digits");
      }
      if (complete) corpus.pitches.push_back(std::move(p));
    }
  }
  return corpus;
}

}  // namespace pitchclarity::eval
