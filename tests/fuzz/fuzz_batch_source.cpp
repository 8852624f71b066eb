// fuzz_csv / fuzz_jsonl — pitchcheck's batch readers (examples/pitchcheck/csv_source.cpp, jsonl_source.cpp)
// on arbitrary bytes. Built twice: with PCFUZZ_CSV for the CSV reader, without it for the JSONL reader.
//
// The readers take a path, so the input is written to an in-memory file (memfd) and opened through
// /proc/self/fd/N: the readers run unchanged, on a regular file, exactly as pitchcheck runs them. The default
// columns are used (id/name, text/pitch). What must hold: opening either succeeds or fails with an exit code
// and a message naming the file; reading ends (at most one pitch per physical line, plus one for a read
// error); every pitch says where it is, and one that cannot be used says why.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "exit_codes.hpp"
#include "fuzz_support.hpp"
#include "sources.hpp"

namespace {

// The in-memory file, created once; each input replaces its contents.
const std::string& write_input(const std::uint8_t* data, std::size_t size) {
  static const int fd = memfd_create("pitchclarity-fuzz", 0);
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  pcfuzz::require(fd >= 0, "memfd_create failed");
  pcfuzz::require(ftruncate(fd, 0) == 0, "ftruncate failed");
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = pwrite(fd, data + done, size - done, static_cast<off_t>(done));
    pcfuzz::require(n > 0, "pwrite failed");
    done += static_cast<std::size_t>(n);
  }
  return path;
}

std::size_t physical_lines(const std::uint8_t* data, std::size_t size) {
  std::size_t lines = 1;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string& path = write_input(data, size);
#ifdef PCFUZZ_CSV
  pitchcheck::OpenedSource opened = pitchcheck::open_csv_source(path, "", "");
#else
  pitchcheck::OpenedSource opened = pitchcheck::open_jsonl_source(path, "", "");
#endif
  if (!opened.source) {
    pcfuzz::require(opened.code == pitchcheck::kExitInput || opened.code == pitchcheck::kExitUsage,
                    "open failed with exit code " + std::to_string(opened.code));
    pcfuzz::require(opened.error.rfind(path, 0) == 0, "open error does not name the file: " + opened.error);
    return 0;
  }
  const std::size_t limit = physical_lines(data, size) + 1;
  std::size_t count = 0;
  pitchcheck::Pitch pitch;
  while (opened.source->next(pitch)) {
    pcfuzz::require(++count <= limit, "more pitches than lines: the reader does not end");
    pcfuzz::require(pitch.where.rfind(path, 0) == 0, "a pitch that does not say where it is: " + pitch.where);
    pcfuzz::require(!pitch.id.empty(), "a pitch without an id at " + pitch.where);
    if (!pitch.error.empty()) pcfuzz::require(pitch.text.empty(), "an unusable pitch with text at " + pitch.where);
    const pitchcheck::SourceProgress progress = opened.source->progress();
    pcfuzz::require(progress.done <= progress.total, "read past the end of the file");
  }
  return 0;
}
