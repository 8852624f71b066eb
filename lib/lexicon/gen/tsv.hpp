// gen/tsv.hpp — reading the generator's inputs line by line, failing loudly with file:line on anything
// malformed (a bad line must stop the build, not silently drop a word).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pcgen {

// Prints "where: error: message" and exits with status 1.
[[noreturn]] void fail(const std::string& where, const std::string& message);

struct Row {
  std::string file;
  int line = 0;
  std::vector<std::string> fields;
  std::string where() const { return file + ":" + std::to_string(line); }
};

// A curated data file: UTF-8 text, one record a line, fields separated by TAB; blank lines and lines
// starting with '#' are skipped. Each record must have between min_fields and max_fields fields, none empty.
std::vector<Row> read_tsv(const std::string& path, std::size_t min_fields, std::size_t max_fields);

// Every line of a file (without the line terminator); a missing file is fatal.
std::vector<std::string> read_lines(const std::string& path);

// Splits on runs of spaces.
std::vector<std::string_view> split_words(std::string_view line);

// Lower-cases ASCII letters (the curated files and WordNet are ASCII; other bytes pass through).
std::string lower(std::string_view s);

}  // namespace pcgen
