// Deciding how to read the batch INPUT: --input-format when given, else a folder is a folder and a file
// goes by its extension.
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "exit_codes.hpp"
#include "sources.hpp"

namespace pitchcheck {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

OpenedSource usage(std::string message) {
  OpenedSource out;
  out.code = kExitUsage;
  out.error = std::move(message);
  return out;
}

}  // namespace

OpenedSource open_batch_source(const Settings& s) {
  const std::string& path = s.batch_input;
  InputFormat kind = s.input_format;
  if (path == "-") {
    if (kind != InputFormat::csv && kind != InputFormat::jsonl) {
      return usage("reading a batch from standard input needs --input-format csv or --input-format jsonl");
    }
  } else {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      OpenedSource out;
      out.code = kExitInput;
      out.error = path + ": cannot open: " + (ec ? ec.message() : std::string(std::strerror(ENOENT)));
      return out;
    }
    const bool folder = fs::is_directory(status);
    if (kind == InputFormat::automatic) {
      const std::string ext = lower_extension(path);
      if (folder) {
        kind = InputFormat::folder;
      } else if (ext == ".csv") {
        kind = InputFormat::csv;
      } else if (ext == ".jsonl" || ext == ".ndjson") {
        kind = InputFormat::jsonl;
      } else {
        return usage(path + ": cannot tell how to read this file from its name; give --input-format csv or jsonl");
      }
    } else if (folder != (kind == InputFormat::folder)) {
      return usage(path + (folder ? ": is a folder, but --input-format says it is a file"
                                  : ": is not a folder, but --input-format says folder"));
    }
  }
  switch (kind) {
    case InputFormat::folder:
      return open_folder_source(path);
    case InputFormat::csv:
      return open_csv_source(path, s.id_column, s.text_column);
    case InputFormat::jsonl:
    case InputFormat::automatic:
      break;
  }
  return open_jsonl_source(path, s.id_column, s.text_column);
}

}  // namespace pitchcheck
