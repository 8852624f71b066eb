#include "read_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace pitchcheck {
namespace {

struct CloseFile {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

bool read_all(std::FILE* f, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
    out.append(buffer, n);
    if (n < sizeof buffer) return std::ferror(f) == 0;
  }
}

}  // namespace

FileContents read_file(const std::string& path) {
  FileContents result;
  if (path == "-") {
    if (!read_all(stdin, result.bytes)) {
      result.error = std::string("cannot read standard input: ") + std::strerror(errno);
      return result;
    }
    result.ok = true;
    return result;
  }
  errno = 0;
  const std::unique_ptr<std::FILE, CloseFile> f(std::fopen(path.c_str(), "rb"));
  if (!f) {
    result.error = std::string("cannot open: ") + std::strerror(errno);
    return result;
  }
  if (!read_all(f.get(), result.bytes)) {
    result.error = std::string("cannot read: ") + std::strerror(errno);
    result.bytes.clear();
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace pitchcheck
