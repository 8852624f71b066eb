// read_file.hpp — reading a whole file (or standard input) as bytes, with an error that says why not.
#pragma once

#include <string>
#include <string_view>

namespace pitchcheck {

struct FileContents {
  bool ok = false;
  std::string bytes;
  std::string error;  // "cannot open: No such file or directory", without the path
};

// Reads `path` in binary; "-" reads standard input. Bytes that are plainly not UTF-8 text (UTF-16 or
// UTF-32, or a binary file) are refused with an error that says so ("looks like UTF-16 …; save it as UTF-8").
FileContents read_file(const std::string& path);

// Why `bytes` (a whole file, or the first block of one) cannot be UTF-8 text: UTF-16 or UTF-32 (by
// byte-order mark, or a NUL in every other byte) or binary (a quarter of the first 8 KiB NUL, control
// bytes or invalid UTF-8). Empty when they can; the reason reads after "FILE: ".
std::string why_not_text(std::string_view bytes);

}  // namespace pitchcheck
