// cli_options.hpp — the command line: every option, its help text and its examples, parsed with CLI11.
#pragma once

#include "settings.hpp"

namespace pitchcheck {

struct ParseOutcome {
  Settings settings;
  bool exit_now = false;  // --help, --version or a usage error: exit with `code`, nothing else to do
  int code = 0;
};

// Parses argv. Prints help or version to stdout and usage errors to stderr itself.
ParseOutcome parse_command_line(int argc, const char* const* argv);

}  // namespace pitchcheck
