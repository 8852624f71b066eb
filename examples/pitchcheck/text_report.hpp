// text_report.hpp — one pitch as text: compiler-style diagnostics, then a summary of the score, each
// dimension's level and evidence, the speaking time and the suggested rewrite.
#pragma once

#include <ostream>
#include <pitchclarity/analyzer.hpp>
#include <string_view>

#include "terminal.hpp"

namespace pitchcheck {

// `name:line:col: warning: message [rule.id]`, the source line, a caret under the span, the suggestion.
void write_diagnostics(std::ostream& out, std::string_view name, std::string_view text,
                       const pitchclarity::Report& report, const Palette& paint);

// The score and band, a bar per dimension, speaking time against the slot, the suggested rewrite.
void write_summary(std::ostream& out, std::string_view name, const pitchclarity::Report& report,
                   const pitchclarity::Options& options, const Palette& paint);

}  // namespace pitchcheck
