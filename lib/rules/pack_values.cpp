// rules/pack_values.cpp — checks on single values of a pack: ids, message placeholders, locations.
#include "rules/pack.hpp"

namespace pitchclarity::rules {

std::string where(std::string_view pack, SourcePos at) {
  std::string out{pack};
  out += ':';
  out += std::to_string(at.line);
  out += ':';
  out += std::to_string(at.column);
  return out;
}

bool valid_rule_id(std::string_view id) {
  const auto dot = id.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == id.size()) return false;
  if (id.find('.', dot + 1) != std::string_view::npos) return false;
  char prev = '.';
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) return false;
    if (c == '-' && (prev == '-' || prev == '.')) return false;
    if (c == '.' && prev == '-') return false;
    prev = c;
  }
  return prev != '-';
}

bool check_placeholders(std::string_view templ, bool spanned, bool metric, std::string& problem) {
  for (std::size_t i = 0; i < templ.size(); ++i) {
    const char c = templ[i];
    if ((c == '{' || c == '}') && i + 1 < templ.size() && templ[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '}') {
      problem = "unmatched '}' (write '}}' for a literal brace)";
      return false;
    }
    if (c != '{') continue;
    const auto close = templ.find('}', i);
    if (close == std::string_view::npos) {
      problem = "unmatched '{' (write '{{' for a literal brace)";
      return false;
    }
    const auto name = templ.substr(i + 1, close - i - 1);
    if (name == "match" && !spanned) {
      problem = "{match} is not available: this rule's findings have no span";
      return false;
    }
    if ((name == "value" || name == "limit") && !metric) {
      problem = "{" + std::string{name} + "} is only available to metric rules";
      return false;
    }
    if (name != "match" && name != "value" && name != "limit") {
      problem = "unknown placeholder {" + std::string{name} + "} (known: {match}, {value}, {limit})";
      return false;
    }
    i = close;
  }
  return true;
}

}  // namespace pitchclarity::rules
