// rules_commands.hpp — --list-rules and --explain ID, from Analyzer::rules().
#pragma once

#include <ostream>
#include <pitchclarity/analyzer.hpp>
#include <string>

#include "settings.hpp"
#include "terminal.hpp"

namespace pitchcheck {

// Every rule, one a line (text), or as data (json: an array, jsonl: one object a line, csv: a row each).
int list_rules(const pitchclarity::Analyzer& analyzer, Format format, const Palette& paint, std::ostream& out);

// One rule in full: what it flags, what to write instead, and its examples with the flagged words marked.
int explain_rule(const pitchclarity::Analyzer& analyzer, const std::string& id, Format format, const Palette& paint,
                 std::ostream& out);

}  // namespace pitchcheck
