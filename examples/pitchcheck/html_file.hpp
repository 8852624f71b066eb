// html_file.hpp — the --html file: opened before the batch runs (so a bad path fails at once), written after.
#pragma once

#include <fstream>
#include <optional>
#include <string>

#include "group_summary.hpp"
#include "settings.hpp"

namespace pitchcheck {

// An error message when the file cannot be created.
std::optional<std::string> open_html_file(const std::string& path, std::ofstream& out);
// Writes the report for the group's kept members (GroupSummary::Keep::cards, after match()).
std::optional<std::string> write_html_file(const std::string& path, std::ofstream& out, const GroupSummary& group,
                                           const Settings& settings);

}  // namespace pitchcheck
