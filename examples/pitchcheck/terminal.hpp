// terminal.hpp — whether to colour, and the colours themselves (ANSI SGR), in one place.
#pragma once

#include <string>
#include <string_view>

#include "settings.hpp"

namespace pitchcheck {

bool is_terminal(int fd);

// --color=always and never are obeyed; auto colours a terminal unless NO_COLOR is set and non-empty
// (https://no-color.org) or TERM is "dumb".
bool want_color(ColorMode mode, int fd);

enum class Paint { bold, location, error, warning, note, caret, suggestion, good, fair, poor, dim };

class Palette {
 public:
  explicit Palette(bool on) : on_(on) {}
  bool on() const { return on_; }
  // `text` wrapped in the colour's escape codes, or unchanged when colour is off.
  std::string operator()(Paint paint, std::string_view text) const;

 private:
  bool on_;
};

}  // namespace pitchcheck
