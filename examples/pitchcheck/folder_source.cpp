// A folder of pitches: every .txt and .md file directly inside it, in byte order of their names, each one
// pitch whose id is its file name. Only the names are held; each file is read when its turn comes.
#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "exit_codes.hpp"
#include "sources.hpp"

namespace pitchcheck {
namespace {

namespace fs = std::filesystem;

bool pitch_file_name(const std::string& name) {
  const auto ends_with = [&](std::string_view suffix) {
    if (name.size() <= suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
      char c = name[name.size() - suffix.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != suffix[i]) return false;
    }
    return true;
  };
  return ends_with(".txt") || ends_with(".md");
}

class FolderSource final : public PitchSource {
 public:
  FolderSource(std::string folder, std::vector<std::string> names)
      : folder_(std::move(folder)), names_(std::move(names)) {}

  bool next(Pitch& out) override {
    if (index_ == names_.size()) return false;
    const std::string& name = names_[index_++];
    const std::string path = (fs::path(folder_) / name).string();
    out = pitch_from_file(path, name, path);
    return true;
  }

  SourceProgress progress() const override { return {index_, names_.size()}; }

 private:
  std::string folder_;
  std::vector<std::string> names_;
  std::size_t index_ = 0;
};

}  // namespace

OpenedSource open_folder_source(const std::string& path) {
  OpenedSource out;
  std::vector<std::string> names;
  std::error_code ec;
  fs::directory_iterator it(path, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!pitch_file_name(name)) continue;
    // Directories are skipped; anything else that looks like a pitch file (even a dangling link) is
    // listed, so that one that cannot be read is reported rather than silently left out.
    std::error_code type_error;
    if (it->is_directory(type_error)) continue;
    names.push_back(name);
  }
  if (ec) {
    out.code = kExitInput;
    out.error = path + ": cannot list the folder: " + ec.message();
    return out;
  }
  if (names.empty()) {
    out.code = kExitInput;
    out.error = path + ": no .txt or .md files in this folder";
    return out;
  }
  std::sort(names.begin(), names.end());
  out.source = std::make_unique<FolderSource>(path, std::move(names));
  return out;
}

}  // namespace pitchcheck
