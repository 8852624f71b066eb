#include "read_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

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

// How many of `bytes` are not text: NUL and other C0 controls (tab, line ends and form feed aside) and
// the bytes of invalid UTF-8 sequences. A sequence cut off at the end of `bytes` counts as text.
std::size_t non_text_bytes(std::string_view bytes) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      bad += (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
      ++i;
      continue;
    }
    const std::size_t length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    std::size_t k = 1;
    while (length != 0 && k < length && i + k < bytes.size() &&
           (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80) {
      ++k;
    }
    if (length == 0 || (k < length && i + k < bytes.size())) {
      ++bad;  // a stray byte: count it and resynchronise on the next one
      ++i;
    } else {
      i += k;
    }
  }
  return bad;
}

}  // namespace

// The library would analyse anything, but a UTF-16 file or a binary one (a PDF, a Word document) gives
// thousands of findings about bytes and none about the pitch; one clear sentence is more use. A few stray
// control or invalid bytes in a text are left to the library, which reports each with its span.
std::string why_not_text(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xFF\xFE\0\0"sv) || bytes.starts_with("\0\0\xFE\xFF"sv)) {
    return "looks like UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8";
  }
  if (bytes.starts_with("\xFF\xFE"sv) || bytes.starts_with("\xFE\xFF"sv)) {
    return "looks like UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8";
  }
  const std::string_view head = bytes.substr(0, 8192);
  // UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte.
  std::size_t nul[2] = {0, 0};
  for (std::size_t i = 0; i < head.size(); ++i) nul[i % 2] += head[i] == '\0';
  const std::size_t pairs = head.size() / 2;
  if (pairs >= 8 && (nul[0] >= pairs * 9 / 10 || nul[1] >= pairs * 9 / 10) && nul[0] + nul[1] <= pairs * 11 / 10) {
    return "looks like UTF-16 (every other byte is NUL); save it as UTF-8";
  }
  const std::size_t bad = non_text_bytes(head);
  if (bad * 4 >= head.size() && bad >= 16) {
    return "does not look like text: " + std::to_string(bad) + " of its first " + std::to_string(head.size()) +
           " bytes are NUL, control bytes or not UTF-8 (a PDF, a Word document, an image?); save the pitch as "
           "plain UTF-8 text";
  }
  return {};
}

FileContents read_file(const std::string& path) {
  FileContents result;
  if (path == "-") {
    if (!read_all(stdin, result.bytes)) {
      result.error = std::string("cannot read standard input: ") + std::strerror(errno);
      return result;
    }
    result.error = why_not_text(result.bytes);
    result.ok = result.error.empty();
    if (!result.ok) result.bytes.clear();
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
  result.error = why_not_text(result.bytes);
  result.ok = result.error.empty();
  if (!result.ok) result.bytes.clear();
  return result;
}

}  // namespace pitchcheck
