#include "model/analyzer_impl.hpp"
#include "model/pipeline.hpp"

#include <pitchclarity/version.hpp>

#include <new>

namespace pitchclarity {

const char* version() noexcept { return PITCHCLARITY_VERSION_STRING; }

std::string Error::message() const { return where_.empty() ? reason_ : where_ + ": " + reason_; }

namespace {

Error validate(const Options& o) {
  if (!(o.words_per_minute > 0.0 && o.words_per_minute <= 1000.0)) {
    return {"", "words_per_minute must be between 0 and 1000 (exclusive of 0), got " + std::to_string(o.words_per_minute)};
  }
  if (!(o.slot_seconds > 0.0 && o.slot_seconds <= 3600.0)) {
    return {"", "slot_seconds must be between 0 and 3600 (exclusive of 0), got " + std::to_string(o.slot_seconds)};
  }
  if (o.max_input_bytes == 0 || o.max_input_bytes > (1u << 30)) {
    return {"", "max_input_bytes must be between 1 and 1 GiB, got " + std::to_string(o.max_input_bytes)};
  }
  return {};
}

}  // namespace

Analyzer::Analyzer(const Options& options) : options_(options) {
  try {
    error_ = validate(options);
    if (error_) return;
    auto impl = std::make_shared<Impl>();
    impl->options = options;
    error_ = build_pipeline(*impl);
    if (error_) return;
    impl_ = std::move(impl);
  } catch (const std::bad_alloc&) {
    error_ = Error{"", "out of memory while building the analyzer"};
  } catch (const std::exception& e) {
    error_ = Error{"", std::string("could not build the analyzer: ") + e.what()};
  }
}

Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer&) = default;
Analyzer& Analyzer::operator=(const Analyzer&) = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

bool Analyzer::ok() const noexcept { return impl_ != nullptr; }
const Error& Analyzer::error() const noexcept { return error_; }
const Options& Analyzer::options() const noexcept { return options_; }

Report Analyzer::analyze(std::string_view utf8, std::string_view id) const {
  if (!impl_) {
    Report r;
    r.id = std::string(id);
    r.band = std::string(band_for(0));
    r.findings.push_back({"input.analyzer-error", "input", Severity::error,
                          "the analyzer could not be built: " + error_.message(), "fix the options or rule packs", {}});
    return r;
  }
  try {
    return run_pipeline(*impl_, utf8, id);
  } catch (const std::exception& e) {
    // Analysis must never throw to the caller; the only realistic cause here is memory exhaustion.
    Report r;
    r.id = std::string(id);
    r.band = std::string(band_for(0));
    r.findings.push_back({"input.internal-error", "input", Severity::error,
                          std::string("the pitch could not be analysed: ") + e.what(),
                          "try a shorter text or lower max_input_bytes", {}});
    return r;
  }
}

std::vector<RuleInfo> Analyzer::rules() const {
  if (!impl_) return {};
  return pipeline_rules(*impl_);
}

}  // namespace pitchclarity
