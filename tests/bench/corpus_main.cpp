// pc_bench_corpus — writes the standard benchmark corpus (see corpus.hpp) for the comparison script.
//
//   pc_bench_corpus jsonl [--count N] [--seed S] OUT   {"id":"p000001","text":"…"} per line (streams, any N)
//   pc_bench_corpus lines [--count N] [--seed S] OUT   one pitch a line (pitches hold no line breaks)
//   pc_bench_corpus folder [--count N] [--seed S] DIR  one .txt file per pitch
//   pc_bench_corpus words N [--seed S] OUT             one text of exactly N words
//
// OUT may be - for standard output. The defaults are the standard corpus: 1,000 pitches, seed kCorpusSeed.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "corpus.hpp"

namespace {

int usage() {
  std::cerr << "usage: pc_bench_corpus jsonl|lines|folder [--count N] [--seed S] OUT\n"
               "       pc_bench_corpus words N [--seed S] OUT\n";
  return 2;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + '"';
}

std::string id_of(std::size_t i) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "p%06zu", i + 1);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  namespace bench = pitchclarity::bench;
  if (argc < 3) return usage();
  const std::string_view mode = argv[1];
  std::size_t count = bench::kCorpusPitches;
  std::size_t words = 0;
  std::uint64_t seed = bench::kCorpusSeed;
  std::string out_path;
  int i = 2;
  if (mode == "words") words = std::strtoull(argv[i++], nullptr, 10);
  for (; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--count" && i + 1 < argc) {
      count = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (out_path.empty()) {
      out_path = arg;
    } else {
      return usage();
    }
  }
  if (out_path.empty()) return usage();

  if (mode == "folder") {
    std::filesystem::create_directories(out_path);
    for (std::size_t k = 0; k < count; ++k) {
      std::ofstream f(std::filesystem::path(out_path) / (id_of(k) + ".txt"), std::ios::binary);
      f << bench::pitch(seed, k) << '\n';
    }
    return 0;
  }

  std::ofstream file;
  if (out_path != "-") file.open(out_path, std::ios::binary);
  std::ostream& out = out_path == "-" ? std::cout : file;
  if (!out) {
    std::cerr << "pc_bench_corpus: cannot write " << out_path << '\n';
    return 1;
  }
  if (mode == "words") {
    out << bench::text_of_words(words, seed) << '\n';
  } else if (mode == "jsonl") {
    for (std::size_t k = 0; k < count; ++k) {
      out << "{\"id\":\"" << id_of(k) << "\",\"text\":" << json_string(bench::pitch(seed, k)) << "}\n";
    }
  } else if (mode == "lines") {
    for (std::size_t k = 0; k < count; ++k) out << bench::pitch(seed, k) << '\n';
  } else {
    return usage();
  }
  out.flush();
  return out ? 0 : 1;
}
