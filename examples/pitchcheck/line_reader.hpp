// line_reader.hpp — physical lines of a file or standard input, with their numbers. A line keeps its
// terminator (LF, CRLF or a lone CR), so feeding lines back to back reproduces the input exactly.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace pitchcheck {

struct Line {
  std::string bytes;
  std::uint64_t number = 0;  // 1-based
};

class LineReader {
 public:
  // Opens `path` ("-" is standard input). Check ok() and error().
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }  // "cannot open: …", "cannot read: …", "looks like UTF-16 …"

  // The next line; false at the end of the input or on a read error (then error() says so).
  bool next(Line& line);

  std::uint64_t bytes_read() const { return consumed_; }
  std::uint64_t size() const { return size_; }  // 0 when not a regular file

 private:
  bool fill();

  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string error_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
  bool eof_ = false;
  std::uint64_t number_ = 0;
  std::uint64_t consumed_ = 0;
  std::uint64_t size_ = 0;
};

}  // namespace pitchcheck
