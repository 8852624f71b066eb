#include "line_reader.hpp"

#include "read_file.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string_view>

namespace pitchcheck {

LineReader::LineReader(const std::string& path) : buffer_(1 << 16) {
  if (path == "-") {
    file_ = stdin;
  } else {
    errno = 0;
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) {
      error_ = std::string("cannot open: ") + std::strerror(errno);
      return;
    }
    owned_ = true;
  }
  struct stat st {};
  if (::fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
  // A CSV or JSONL file saved as UTF-16 would otherwise read as garbled column names or as every line
  // failing to parse; the first block says which it is.
  if (fill()) error_ = why_not_text(std::string_view(buffer_.data(), len_));
}

LineReader::~LineReader() {
  if (owned_) std::fclose(file_);
}

bool LineReader::fill() {
  if (eof_ || file_ == nullptr) return false;
  len_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  pos_ = 0;
  if (len_ == 0) {
    eof_ = true;
    if (std::ferror(file_) != 0) error_ = std::string("cannot read: ") + std::strerror(errno);
    return false;
  }
  return true;
}

bool LineReader::next(Line& line) {
  line.bytes.clear();
  if (!ok()) return false;
  for (;;) {
    if (pos_ == len_ && !fill()) break;
    const char* begin = buffer_.data() + pos_;
    const char* end = buffer_.data() + len_;
    const char* stop = begin;
    while (stop != end && *stop != '\n' && *stop != '\r') ++stop;
    line.bytes.append(begin, stop);
    pos_ += static_cast<std::size_t>(stop - begin);
    if (stop == end) continue;
    const char terminator = *stop;
    line.bytes += terminator;
    ++pos_;
    if (terminator == '\r') {  // CRLF is one line break
      if (pos_ == len_) fill();
      if (pos_ < len_ && buffer_[pos_] == '\n') {
        line.bytes += '\n';
        ++pos_;
      }
    }
    break;
  }
  if (line.bytes.empty()) return false;
  consumed_ += line.bytes.size();
  line.number = ++number_;
  return ok();
}

}  // namespace pitchcheck
