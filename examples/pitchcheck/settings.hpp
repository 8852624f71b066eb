// settings.hpp — everything the command line chose, as plain data. cli_options.cpp fills it; nothing else
// reads argv. Values the library has defaults for stay empty unless given, so the defaults live in one
// place (pitchclarity::Options).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pitchcheck {

enum class Command { check, batch, list_rules, explain };
enum class Format { text, json, jsonl, csv };
enum class ColorMode { automatic, always, never };
enum class InputFormat { automatic, folder, csv, jsonl };

struct Settings {
  Command command = Command::check;

  // What to read.
  std::vector<std::string> files;  // check: files, "-" for standard input
  std::string batch_input;         // batch: a folder, CSV or JSONL file, "-" for standard input
  InputFormat input_format = InputFormat::automatic;
  std::string id_column;    // batch: CSV column / JSONL key for the id (default: id, then name)
  std::string text_column;  // batch: CSV column / JSONL key for the pitch (default: text, then pitch)

  // How to write it.
  Format format = Format::text;
  ColorMode color = ColorMode::automatic;
  bool progress = true;   // batch: a progress bar on a terminal's stderr
  int top = 10;           // batch: how many common vague phrases and missing parts the summary lists
  std::string html_file;  // batch: also write the group report as one self-contained HTML file here

  // What to judge and how.
  std::optional<int> min_score;
  std::optional<double> words_per_minute;
  std::optional<double> slot_seconds;
  std::vector<std::string> rule_files;
  std::vector<std::string> disabled_rules;
  std::string explain_id;
  unsigned jobs = 0;  // 0: one per core
};

}  // namespace pitchcheck
