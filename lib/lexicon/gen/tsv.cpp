// gen/tsv.cpp — line readers for the generator (see tsv.hpp).
#include "tsv.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace pcgen {

void fail(const std::string& where, const std::string& message) {
  std::fprintf(stderr, "%s: error: %s\n", where.c_str(), message.c_str());
  std::exit(1);
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "cannot open file");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<Row> read_tsv(const std::string& path, std::size_t min_fields, std::size_t max_fields) {
  std::vector<Row> rows;
  int number = 0;
  for (const std::string& text : read_lines(path)) {
    ++number;
    if (text.empty() || text[0] == '#') continue;
    Row row{path, number, {}};
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = text.find('\t', start);
      row.fields.push_back(text.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields)
      fail(row.where(), "expected " + std::to_string(min_fields) +
                            (min_fields == max_fields ? "" : "-" + std::to_string(max_fields)) +
                            " tab-separated fields, found " + std::to_string(row.fields.size()));
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      const std::string& f = row.fields[i];
      if (f.empty() || f.front() == ' ' || f.back() == ' ')
        fail(row.where(), "field " + std::to_string(i + 1) + " is empty or has stray spaces");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace pcgen
