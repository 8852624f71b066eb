// pitchcheck — check an elevator pitch like a compiler checks code, or score a whole group at once.
//
// Everything here goes through pitchclarity's public headers: the CLI is the library's first customer.
// The flow: parse the command line (cli_options), build the analyzer (analyzer_setup), then either answer
// a question about the rules (rules_commands) or run pitches from a source (sources) through the analyzer
// (batch_runner) into a sink for the chosen format (sink), and return the exit code (exit_codes.hpp).
#include <unistd.h>

#include <iostream>

#include "analyzer_setup.hpp"
#include "cli_options.hpp"
#include "exit_codes.hpp"
#include "rules_commands.hpp"
#include "run.hpp"
#include "sources.hpp"
#include "terminal.hpp"

int main(int argc, char** argv) {
  using namespace pitchcheck;
  std::ios::sync_with_stdio(false);

  const ParseOutcome parsed = parse_command_line(argc, argv);
  if (parsed.exit_now) return parsed.code;
  const Settings& settings = parsed.settings;

  std::optional<pitchclarity::Analyzer> analyzer;
  if (const int code = build_analyzer(settings, analyzer); code != kExitOk) return code;

  const Palette paint(want_color(settings.color, STDOUT_FILENO));
  switch (settings.command) {
    case Command::list_rules:
      return list_rules(*analyzer, settings.format, paint, std::cout);
    case Command::explain:
      return explain_rule(*analyzer, settings.explain_id, settings.format, paint, std::cout);
    case Command::check: {
      const auto source = file_list_source(settings.files);
      const SinkContext context{std::cout, paint, analyzer->options(), static_cast<std::size_t>(settings.top)};
      const auto sink = check_sink(settings.format, context);
      return run(*analyzer, *source, *sink, settings, false);
    }
    case Command::batch: {
      OpenedSource opened = open_batch_source(settings);
      if (!opened.source) {
        std::cerr << "pitchcheck: error: " << opened.error << '\n';
        return opened.code;
      }
      const SinkContext context{std::cout, paint, analyzer->options(), static_cast<std::size_t>(settings.top)};
      const auto sink = batch_sink(settings.format, context);
      return run(*analyzer, *opened.source, *sink, settings, settings.progress && is_terminal(STDERR_FILENO));
    }
  }
  return kExitUsage;
}
