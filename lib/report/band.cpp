#include <pitchclarity/report.hpp>

namespace pitchclarity {

std::string_view band_for(int score) noexcept {
  if (score < 40) return "vague";
  if (score < 65) return "developing";
  if (score < 85) return "clear";
  return "specific";
}

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "warning";
}

}  // namespace pitchclarity
