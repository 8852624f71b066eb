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
    out = Pitch{};
    out.id = display_name(path);
    out.where = out.id;
    FileContents file = read_file(path);
    if (file.ok) {
      out.text = std::move(file.bytes);
    } else {
      out.error = std::move(file.error);
    }
    return true;
  }

  SourceProgress progress() const override { return {index_, paths_.size()}; }

 private:
  std::vector<std::string> paths_;
  std::size_t index_ = 0;
};

}  // namespace

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::unique_ptr<PitchSource> file_list_source(std::vector<std::string> paths) {
  return std::make_unique<FileListSource>(std::move(paths));
}

}  // namespace pitchcheck
