// make_seeds — writes the fuzz targets' seed corpora from the project's own files, so nothing generated is
// committed and the seeds follow the corpus as it grows.
//
//   make_seeds SOURCE_DIR OUT_DIR
//
// OUT_DIR/analyze    every corpus pitch's `text` (corpus/*/*.toml, read with toml++), examples/pitch.txt,
//                    tests/data/*.txt and tests/cli/data/**/*.txt, each behind a preset character ('0' the
//                    defaults; a few pitches also under the other presets)
// OUT_DIR/capi       the same texts behind "0x" (see fuzz_capi.cpp), plus a few option-mode inputs
// OUT_DIR/rule_pack  lib/rules/packs/*.toml, lib/model/data/checks.toml, tests/cli/data/*.toml
// OUT_DIR/csv        tests/cli/data/*.csv
// OUT_DIR/jsonl      tests/cli/data/*.jsonl
// Seed files are named after their source, so a rerun rewrites rather than duplicates them.
#include <toml++/toml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

std::vector<fs::path> files(const fs::path& dir, const std::string& extension, bool recursive = false) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  const auto take = [&](const fs::directory_entry& e) {
    if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path());
  };
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) take(e);
  } else {
    for (const auto& e : fs::directory_iterator(dir)) take(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "corpus/dev/002-bookkeeper.toml" -> "corpus-dev-002-bookkeeper.toml"
std::string seed_name(const fs::path& source, const fs::path& root) {
  std::string name = fs::relative(source, root).generic_string();
  std::replace(name.begin(), name.end(), '/', '-');
  return name;
}

void copy_all(const std::vector<fs::path>& sources, const fs::path& root, const fs::path& out) {
  for (const fs::path& p : sources) write(out / seed_name(p, root), read(p));
}

// An options-mode input of fuzz_capi: mode 0, flags, wpm and slot as big-endian doubles, max bytes, flags.
std::string capi_options(double wpm, double slot, std::uint32_t max_bytes, unsigned char option_flags,
                         const std::string& text) {
  std::string out{'\0', 'x'};
  for (const double d : {wpm, slot}) {
    std::uint64_t bits = 0;
    static_assert(sizeof bits == sizeof d);
    __builtin_memcpy(&bits, &d, sizeof d);
    for (int i = 7; i >= 0; --i) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
  }
  for (int i = 3; i >= 0; --i) out += static_cast<char>((max_bytes >> (8 * i)) & 0xFF);
  out += static_cast<char>(option_flags);
  return out + text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_seeds SOURCE_DIR OUT_DIR\n";
    return 2;
  }
  const fs::path root = argv[1];
  const fs::path out = argv[2];
  try {
    for (const char* target : {"analyze", "capi", "rule_pack", "csv", "jsonl"}) fs::create_directories(out / target);

    std::vector<std::pair<std::string, std::string>> texts;  // name, text
    for (const char* split : {"dev", "test"}) {
      for (const fs::path& p : files(root / "corpus" / split, ".toml")) {
        const toml::table t = toml::parse_file(p.string());
        texts.emplace_back(seed_name(p, root), t["text"].value_or(std::string()));
      }
    }
    std::vector<fs::path> plain = files(root / "tests" / "data", ".txt");
    for (const fs::path& p : files(root / "tests" / "cli" / "data", ".txt", true)) plain.push_back(p);
    plain.push_back(root / "examples" / "pitch.txt");
    for (const fs::path& p : plain) texts.emplace_back(seed_name(p, root), read(p));

    // Every text under the defaults; every seventh also under another preset, so that each preset has seeds.
    const std::string presets = "0123456789:;<=>?@A";
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto& [name, text] = texts[i];
      write(out / "analyze" / name, '0' + text);
      if (i % 7 == 0) {
        const char preset = presets[1 + (i / 7) % (presets.size() - 1)];
        write(out / "analyze" / (std::string{preset} + "-" + name), preset + text);
      }
      write(out / "capi" / name, "0x" + text);
    }
    const std::string sample = texts.empty() ? std::string("I help dentists in Leeds.") : texts.front().second;
    write(out / "capi" / "options-defaults", capi_options(150.0, 60.0, 16u << 20, 0, sample));
    write(out / "capi" / "options-no-builtin", capi_options(1.0, 1.0, 7, 1 | 4, sample));
    write(out / "capi" / "options-invalid", capi_options(0.0, -1.0, 0, 2, sample));

    std::vector<fs::path> packs = files(root / "lib" / "rules" / "packs", ".toml");
    packs.push_back(root / "lib" / "model" / "data" / "checks.toml");
    for (const fs::path& p : files(root / "tests" / "cli" / "data", ".toml")) packs.push_back(p);
    copy_all(packs, root, out / "rule_pack");
    copy_all(files(root / "tests" / "cli" / "data", ".csv"), root, out / "csv");
    copy_all(files(root / "tests" / "cli" / "data", ".jsonl"), root, out / "jsonl");
    std::cout << "make_seeds: " << texts.size() << " texts, " << packs.size() << " packs -> " << out.string() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "make_seeds: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
