// read_file.hpp — reading a whole file (or standard input) as bytes, with an error that says why not.
#pragma once

#include <string>

namespace pitchcheck {

struct FileContents {
  bool ok = false;
  std::string bytes;
  std::string error;  // "cannot open: No such file or directory", without the path
};

// Reads `path` in binary; "-" reads standard input.
FileContents read_file(const std::string& path);

}  // namespace pitchcheck
