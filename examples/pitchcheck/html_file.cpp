// Writing the --html report file from a finished batch.
#include "html_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <pitchclarity/version.hpp>
#include <random>
#include <sstream>

#include "html_report.hpp"

namespace pitchcheck {
namespace {

// 128 random bits for the Content-Security-Policy nonce: a script in a pitch could not guess it.
std::string random_nonce() {
  std::random_device device;
  std::ostringstream out;
  out << std::hex;
  for (int i = 0; i < 4; ++i) out << static_cast<std::uint32_t>(device());
  return out.str();
}

std::string group_title(const std::string& input) {
  if (input == "-") return "standard input";
  std::filesystem::path path(input);
  if (!path.has_filename()) path = path.parent_path();  // "pitches/" → "pitches"
  const std::string name = path.filename().string();
  return name.empty() ? input : name;
}

}  // namespace

std::optional<std::string> open_html_file(const std::string& path, std::ofstream& out) {
  out.open(path, std::ios::binary | std::ios::trunc);
  if (!out) return "cannot write " + path + ": " + std::strerror(errno);
  return std::nullopt;
}

std::optional<std::string> write_html_file(const std::string& path, std::ofstream& out, const GroupSummary& group,
                                           const Settings& settings) {
  static const pitchclarity::GroupAnalysis kNoAnalysis;
  const HtmlReport report{
      group_title(settings.batch_input),
      group.members(),
      group.texts(),
      group.analysis() ? *group.analysis() : kNoAnalysis,
      group.unreadable(),
      std::string("pitchcheck ") + PITCHCLARITY_VERSION_STRING + " (pitchclarity " + pitchclarity::version() + ")",
      random_nonce()};
  write_html_report(out, report);
  out.flush();
  if (!out) return "cannot write " + path + ": " + std::strerror(errno);
  out.close();
  return std::nullopt;
}

}  // namespace pitchcheck
