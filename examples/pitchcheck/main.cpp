// pitchcheck — check an elevator pitch like a compiler checks code.
#include <pitchclarity/analyzer.hpp>
#include <pitchclarity/version.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;

bool read_input(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open file";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = path + ": cannot read file";
    return false;
  }
  out = std::move(buffer).str();
  return true;
}

void print_text(const std::string& name, const pitchclarity::Report& r) {
  for (const auto& f : r.findings) {
    if (f.span) {
      std::cout << name << ':' << f.span->line << ':' << f.span->column << ": ";
    } else {
      std::cout << name << ": ";
    }
    std::cout << pitchclarity::to_string(f.severity) << ": " << f.message << " [" << f.rule << "]\n";
    if (!f.suggestion.empty()) std::cout << "  suggestion: " << f.suggestion << '\n';
  }
  const auto& d = r.dimensions;
  std::cout << name << ": score " << r.score << " (" << r.band << ")\n"
            << "  target_client " << d.target_client.level << "/4, industry " << d.industry.level << "/2, problem "
            << d.problem.level << "/3, ask " << d.ask.level << "/3, give " << d.give.level << "/2, offer "
            << d.offer.level << "/2, clarity " << d.clarity.score << "/100\n"
            << "  length " << d.length.words << " words, " << d.length.sentences << " sentences, ~"
            << static_cast<int>(d.length.seconds + 0.5) << " s\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pitchcheck — judge whether a listener could act on an elevator pitch", "pitchcheck"};
  std::vector<std::string> files;
  std::string format = "text";
  pitchclarity::Options options;
  app.add_option("files", files, "Pitch files to check; - reads standard input")->required();
  app.add_option("--format", format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--wpm", options.words_per_minute, "Speaking rate in words per minute (default 150)")
      ->check(CLI::Range(1.0, 1000.0));
  app.add_option("--slot", options.slot_seconds, "Speaking slot in seconds (default 60)")->check(CLI::Range(1.0, 3600.0));
  app.set_version_flag("--version", std::string("pitchcheck ") + pitchclarity::version());
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  const pitchclarity::Analyzer analyzer(options);
  if (!analyzer.ok()) {
    std::cerr << "pitchcheck: error: " << analyzer.error().message() << '\n';
    return kExitUsage;
  }
  int exit_code = kExitOk;
  for (const std::string& path : files) {
    std::string text, error;
    if (!read_input(path, text, error)) {
      std::cerr << "pitchcheck: error: " << error << '\n';
      exit_code = kExitInput;
      continue;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    const pitchclarity::Report report = analyzer.analyze(text, name);
    if (format == "json") {
      std::cout << pitchclarity::to_json(report, 2) << '\n';
    } else {
      print_text(name, report);
    }
  }
  return exit_code;
}
