// read_file.hpp — reading a whole file (or standard input) as bytes, with an error that says why not.
#pragma once

#include <string>

namespace pitchcheck {

struct FileContents {
  bool ok = false;
  std::string bytes;
  std::string error;  // "cannot open: No such file or directory", without the path
};

// Reads `path` in binary; "-" reads standard input. Bytes that are plainly not UTF-8 text (UTF-16 or
// UTF-32, or a binary file) are refused with an error that says so ("looks like UTF-16 …; save it as UTF-8").
FileContents read_file(const std::string& path);

}  // namespace pitchcheck
