// pc_bench_driver — whole-corpus timings for compare.sh, through the public API only.
//
//   pc_bench_driver construct [--repeat N]            Analyzer construction, median of N (default 21)
//   pc_bench_driver throughput FILE [--repeat R] [-j N]
//       FILE holds one pitch a line (pc_bench_corpus lines). One warm-up pass, then R timed passes over all
//       pitches (default 5) on N threads (default 1) sharing one Analyzer; prints the median pass.
//   pc_bench_driver lengths [--min-ms T]             full analysis of texts of 10 … 100,000 words, and of
//                                                     a typical 150-word pitch (see corpus.hpp)
//
// Output is "key value" lines so the script can pick figures out with awk. Throughput is given by wall time
// and by the process's CPU time: on a shared machine a descheduled pass inflates the first, not the second.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <pitchclarity/analyzer.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "corpus.hpp"

namespace {

namespace pc = pitchclarity;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the whole process (every thread), in seconds.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

int construct(int repeat) {
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    const auto t = Clock::now();
    const pc::Analyzer a{pc::Options{}};
    ms.push_back(seconds_since(t) * 1e3);
    if (!a.ok()) {
      std::cerr << a.error().message() << '\n';
      return 1;
    }
  }
  std::printf("construct_first_ms %.3f\n", ms.front());
  std::printf("construct_median_ms %.3f\n", median(ms));
  return 0;
}

int throughput(const std::string& path, int repeat, int jobs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "pc_bench_driver: cannot read " << path << '\n';
    return 1;
  }
  std::vector<std::string> pitches;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) pitches.push_back(std::move(line));
  }
  const pc::Analyzer analyzer{pc::Options{}};
  if (!analyzer.ok()) return 1;
  std::atomic<long> checksum{0};

  const auto pass = [&] {
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
      long sum = 0;
      for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < pitches.size();) {
        sum += analyzer.analyze(pitches[i]).score;
      }
      checksum += sum;
    };
    std::vector<std::thread> threads;
    for (int j = 1; j < jobs; ++j) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
  };

  pass();  // warm-up: page in the tables, ICU data, allocator arenas
  std::vector<double> secs, cpu_secs;
  for (int r = 0; r < repeat; ++r) {
    const auto t = Clock::now();
    const double c = cpu_seconds();
    pass();
    secs.push_back(seconds_since(t));
    cpu_secs.push_back(cpu_seconds() - c);
  }
  const double s = median(secs);
  const double cpu = median(cpu_secs);
  const auto n = static_cast<double>(pitches.size());
  std::printf("pitches %zu\n", pitches.size());
  std::printf("jobs %d\n", jobs);
  std::printf("pass_median_s %.6f\n", s);
  std::printf("us_per_pitch %.2f\n", s * 1e6 / n);
  std::printf("pitches_per_s %.0f\n", n / s);
  std::printf("cpu_us_per_pitch %.2f\n", cpu * 1e6 / n);
  std::printf("cpu_pitches_per_s %.0f\n", n / cpu);
  std::printf("checksum %ld\n", checksum.load());
  return 0;
}

int lengths(double min_ms) {
  const pc::Analyzer analyzer{pc::Options{}};
  if (!analyzer.ok()) return 1;
  double previous = 0.0;
  for (const std::size_t words : {150, 10, 100, 1000, 10000, 100000}) {
    const bool typical = words == 150;
    // The curve's texts at this length (16 up to 1,000 words: one short text's mix of sentences is too small a
    // sample); a call below is one analysis, and a sample analyses every text in turn.
    const std::vector<std::string> texts = typical ? std::vector<std::string>{pitchclarity::bench::typical_pitch(words)}
                                                   : pitchclarity::bench::length_samples_of(words);
    for (const auto& text : texts) (void)analyzer.analyze(text);  // warm-up
    // Five samples, each long enough to time (at least min_ms, at least one round of the texts); the median.
    std::vector<double> per_call;
    for (int sample = 0; sample < 5; ++sample) {
      std::size_t calls = 0;
      const auto t = Clock::now();
      do {
        for (const auto& text : texts) (void)analyzer.analyze(text);
        calls += texts.size();
      } while (seconds_since(t) * 1e3 < min_ms);
      per_call.push_back(seconds_since(t) / static_cast<double>(calls));
    }
    const double us = median(per_call) * 1e6;
    if (typical) {
      std::printf("typical_pitch_%zu_us %.2f\n", words, us);
      continue;
    }
    std::printf("length_%zu_us %.2f\n", words, us);
    if (previous > 0.0) std::printf("length_%zu_growth %.2f\n", words, us / previous);
    previous = us;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pc_bench_driver construct|throughput FILE|lengths [options]\n";
    return 2;
  }
  const std::string_view mode = argv[1];
  int repeat = mode == "construct" ? 21 : 5;
  int jobs = 1;
  double min_ms = 200.0;
  std::string file;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "-j" && i + 1 < argc) {
      jobs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--min-ms" && i + 1 < argc) {
      min_ms = std::atof(argv[++i]);
    } else {
      file = arg;
    }
  }
  if (mode == "construct") return construct(repeat);
  if (mode == "throughput" && !file.empty()) return throughput(file, repeat, jobs);
  if (mode == "lengths") return lengths(min_ms);
  std::cerr << "pc_bench_driver: unknown mode or missing FILE\n";
  return 2;
}
