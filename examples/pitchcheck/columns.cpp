#include "columns.hpp"

namespace pitchcheck {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

bool same_name(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::optional<std::size_t> find_column(const std::vector<std::string>& names, const std::string& wanted,
                                       const std::vector<std::string>& defaults) {
  const auto find = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (same_name(names[i], name)) return i;
    }
    return std::nullopt;
  };
  if (!wanted.empty()) return find(wanted);
  for (const std::string& d : defaults) {
    if (auto i = find(d)) return i;
  }
  return std::nullopt;
}

std::string describe_column(const std::string& wanted, const std::vector<std::string>& defaults) {
  if (!wanted.empty()) return '"' + wanted + '"';
  std::string out;
  for (std::size_t i = 0; i < defaults.size(); ++i) {
    if (i > 0) out += i + 1 == defaults.size() ? " or " : ", ";
    out += '"' + defaults[i] + '"';
  }
  return out;
}

}  // namespace pitchcheck
