// The files of `pitchcheck FILE…`: each file is one pitch, named by its path.
#include <utility>

#include "read_file.hpp"
#include "sources.hpp"

namespace pitchcheck {
namespace {

class FileListSource final : public PitchSource {
 public:
  explicit FileListSource(std::vector<std::string> paths) : paths_(std::move(paths)) {}

  bool next(Pitch& out) override {
    if (index_ == paths_.size()) return false;
    const std::string& path = paths_[index_++];
    out = pitch_from_file(path, display_name(path), display_name(path));
    return true;
  }

  SourceProgress progress() const override { return {index_, paths_.size()}; }

 private:
  std::vector<std::string> paths_;
  std::size_t index_ = 0;
};

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

Pitch pitch_from_file(const std::string& path, std::string id, std::string where) {
  Pitch out;
  out.id = std::move(id);
  out.where = std::move(where);
  FileContents file = read_file(path);
  if (file.ok) {
    out.text = std::move(file.bytes);
  } else {
    out.error = std::move(file.error);
  }
  return out;
}

std::unique_ptr<PitchSource> file_list_source(std::vector<std::string> paths) {
  return std::make_unique<FileListSource>(std::move(paths));
}

}  // namespace pitchcheck
