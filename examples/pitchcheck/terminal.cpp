#include "terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace pitchcheck {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool want_color(ColorMode mode, int fd) {
  switch (mode) {
    case ColorMode::always:
      return true;
    case ColorMode::never:
      return false;
    case ColorMode::automatic:
      break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return is_terminal(fd);
}

std::string Palette::operator()(Paint paint, std::string_view text) const {
  if (!on_ || text.empty()) return std::string(text);
  const char* code = "";
  switch (paint) {
    case Paint::bold:
      code = "\033[1m";
      break;
    case Paint::location:
      code = "\033[1m";
      break;
    case Paint::error:
      code = "\033[1;31m";
      break;
    case Paint::warning:
      code = "\033[1;35m";
      break;
    case Paint::note:
      code = "\033[1;36m";
      break;
    case Paint::caret:
      code = "\033[1;32m";
      break;
    case Paint::suggestion:
      code = "\033[32m";
      break;
    case Paint::good:
      code = "\033[32m";
      break;
    case Paint::fair:
      code = "\033[33m";
      break;
    case Paint::poor:
      code = "\033[31m";
      break;
    case Paint::dim:
      code = "\033[2m";
      break;
  }
  std::string out;
  out.reserve(text.size() + 12);
  out += code;
  out += text;
  out += "\033[0m";
  return out;
}

}  // namespace pitchcheck
