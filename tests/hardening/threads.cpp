// threads — one Analyzer shared by 8 threads over the whole corpus must give every pitch the same report
// as a single thread does (compared as to_json text). analyzer.hpp promises that `analyze` is const, takes
// no locks and touches no global mutable state; built with -fsanitize=thread (the TSan job of
// tests/run-all.sh) this test is also where ThreadSanitizer looks for data races.
//
//   pc_hardening_threads CORPUS_DIR [EXTRA_TEXT_FILE…]
//
// The pitches are the `text` of every CORPUS_DIR/*/*.toml (read with toml++), plus the extra files given
// (the torture text: invalid UTF-8, NUL, CR line ends). The threads start together and walk the list from
// different places, so that different pitches (and the same ones) are analysed at the same moment.
#include <pitchclarity/analyzer.hpp>
#include <toml++/toml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr unsigned kThreads = 8;
constexpr unsigned kRounds = 2;  // each thread analyses every pitch this many times

std::vector<std::pair<std::string, std::string>> load(int argc, char** argv) {
  std::vector<std::pair<std::string, std::string>> pitches;  // name, text
  std::vector<fs::path> files;
  for (const auto& split : fs::directory_iterator(argv[1])) {
    if (!split.is_directory()) continue;
    for (const auto& e : fs::directory_iterator(split.path())) {
      if (e.path().extension() == ".toml") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    const toml::table t = toml::parse_file(p.string());
    pitches.emplace_back(p.filename().string(), t["text"].value_or(std::string()));
  }
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    pitches.emplace_back(fs::path(argv[i]).filename().string(),
                         std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
  }
  return pitches;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pc_hardening_threads CORPUS_DIR [EXTRA_TEXT_FILE...]\n");
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> pitches;
  try {
    pitches = load(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "threads: cannot load the corpus: %s\n", e.what());
    return 2;
  }
  if (pitches.size() < 10) {
    std::fprintf(stderr, "threads: only %zu pitches under %s\n", pitches.size(), argv[1]);
    return 2;
  }

  const pitchclarity::Analyzer analyzer{pitchclarity::Options{}};
  if (!analyzer.ok()) {
    std::fprintf(stderr, "threads: %s\n", analyzer.error().message().c_str());
    return 2;
  }
  std::vector<std::string> expected;
  for (const auto& [name, text] : pitches) expected.push_back(pitchclarity::to_json(analyzer.analyze(text, name)));

  std::atomic<unsigned> ready{0};
  std::atomic<std::size_t> mismatches{0};
  std::vector<std::vector<std::string>> wrong(kThreads);  // names, per thread: no shared writes
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      ++ready;
      while (ready.load() < kThreads) std::this_thread::yield();  // start together
      const std::size_t n = pitches.size();
      for (unsigned round = 0; round < kRounds; ++round) {
        for (std::size_t k = 0; k < n; ++k) {
          // Threads 0-3 start at different places; 4-7 walk backwards from them: neighbours overlap.
          const std::size_t base = (t % 4) * n / 4;
          const std::size_t i = t < 4 ? (base + k) % n : (base + n - k) % n;
          const auto& [name, text] = pitches[i];
          if (pitchclarity::to_json(analyzer.analyze(text, name)) != expected[i]) {
            wrong[t].push_back(name);
            ++mismatches;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();

  for (unsigned t = 0; t < kThreads; ++t) {
    for (const std::string& name : wrong[t]) std::fprintf(stderr, "threads: thread %u got a different report for %s\n", t, name.c_str());
  }
  std::printf("threads: %u threads x %u rounds x %zu pitches on one Analyzer: %zu reports differ from one thread's\n",
              kThreads, kRounds, pitches.size(), mismatches.load());
  return mismatches.load() == 0 ? 0 : 1;
}
