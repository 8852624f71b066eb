// sources.hpp — making the pitch source for a run: the files of `pitchcheck FILE…`, or the INPUT of
// `pitchcheck batch` read as a folder, a CSV or a JSONL file.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pitch_source.hpp"
#include "settings.hpp"

namespace pitchcheck {

struct OpenedSource {
  std::unique_ptr<PitchSource> source;  // null on failure
  int code = 0;                         // the exit code on failure: kExitUsage or kExitInput
  std::string error;                    // "pitches.csv:1: no column named \"text\" …"
};

std::unique_ptr<PitchSource> file_list_source(std::vector<std::string> paths);

OpenedSource open_folder_source(const std::string& path);
OpenedSource open_csv_source(const std::string& path, const std::string& id_column, const std::string& text_column);
OpenedSource open_jsonl_source(const std::string& path, const std::string& id_column, const std::string& text_column);

// The batch INPUT, its kind taken from --input-format or else from what it is (folder) or its extension.
OpenedSource open_batch_source(const Settings& settings);

// "<stdin>" for "-", else the path itself: how messages name an input.
std::string display_name(const std::string& path);

// One whole file as one pitch: its text, or the reason it cannot be read (read_file.hpp) as the pitch's error.
Pitch pitch_from_file(const std::string& path, std::string id, std::string where);

// Constructs a source and opens it: Source::open(OpenedSource&) fills in the code and error when it fails.
template <class Source, class... Args>
OpenedSource open_source(Args&&... args) {
  OpenedSource out;
  auto source = std::make_unique<Source>(std::forward<Args>(args)...);
  if (source->open(out)) out.source = std::move(source);
  return out;
}

}  // namespace pitchcheck
