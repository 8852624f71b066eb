// The C API (include/pitchclarity/pitchclarity.h): thin handles around the C++ Analyzer, Options and Report.
//
// Every entry point that can throw runs its body inside `guarded`, which turns any exception into a status
// and a message; the rest only read plain fields. All are noexcept, so a missed case would terminate
// rather than unwind into C.
#include <pitchclarity/pitchclarity.h>
#include <pitchclarity/analyzer.hpp>
#include <pitchclarity/version.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <string_view>

struct pc_options {
  pitchclarity::Options options;
};

struct pc_analyzer {
  pitchclarity::Analyzer analyzer;
};

struct pc_report {
  pitchclarity::Report report;
};

namespace {

// The message behind pc_last_error_message, one per thread. `fallback` is used when even recording the
// message ran out of memory.
struct LastError {
  std::string message;
  const char* fallback = nullptr;
};
thread_local LastError t_last_error;

// Records "piece piece piece…" as this thread's last error and returns `status`.
pc_status fail(pc_status status, std::initializer_list<std::string_view> pieces) noexcept {
  try {
    t_last_error.message.clear();
    for (std::string_view piece : pieces) t_last_error.message.append(piece);
    t_last_error.fallback = nullptr;
  } catch (...) {
    t_last_error.fallback = "out of memory while recording an error";
  }
  return status;
}

// Runs `body` (returning pc_status); no exception gets past it.
template <class Body>
pc_status guarded(const char* function, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(PC_ERROR_OUT_OF_MEMORY, {function, ": out of memory"});
  } catch (const std::exception& e) {
    return fail(PC_ERROR_INTERNAL, {function, ": internal error: ", e.what()});
  } catch (...) {
    return fail(PC_ERROR_INTERNAL, {function, ": internal error: unknown exception"});
  }
}

pc_status null_argument(const char* function, const char* parameter) noexcept {
  return fail(PC_ERROR_INVALID_ARGUMENT, {function, ": ", parameter, " is NULL"});
}

// For the accessors that return a value: record the failure and hand back the sentinel.
template <class T>
T null_report(const char* function, T sentinel) noexcept {
  null_argument(function, "report");
  return sentinel;
}

const pitchclarity::LevelResult* level_of(const pitchclarity::Dimensions& d, pc_dimension dimension) noexcept {
  switch (dimension) {
    case PC_DIMENSION_TARGET_CLIENT: return &d.target_client;
    case PC_DIMENSION_INDUSTRY: return &d.industry;
    case PC_DIMENSION_PROBLEM: return &d.problem;
    case PC_DIMENSION_ASK: return &d.ask;
    case PC_DIMENSION_GIVE: return &d.give;
    case PC_DIMENSION_OFFER: return &d.offer;
  }
  return nullptr;
}

// The C enum mirrors the C++ one value for value.
static_assert(PC_SEVERITY_ERROR == static_cast<int>(pitchclarity::Severity::error));
static_assert(PC_SEVERITY_WARNING == static_cast<int>(pitchclarity::Severity::warning));
static_assert(PC_SEVERITY_NOTE == static_cast<int>(pitchclarity::Severity::note));

}  // namespace

extern "C" {

const char* pc_status_string(pc_status status) noexcept {
  switch (status) {
    case PC_OK: return "ok";
    case PC_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case PC_ERROR_OPTIONS: return "invalid options";
    case PC_ERROR_RULE_PACK: return "invalid rule pack";
    case PC_ERROR_OUT_OF_MEMORY: return "out of memory";
    case PC_ERROR_INTERNAL: return "internal error";
  }
  return "unknown status";
}

const char* pc_last_error_message(void) noexcept {
  return t_last_error.fallback != nullptr ? t_last_error.fallback : t_last_error.message.c_str();
}

const char* pc_version(void) noexcept { return pitchclarity::version(); }

// ---- Options --------------------------------------------------------------------------------------------

pc_status pc_options_create(pc_options** out_options) noexcept {
  if (out_options == nullptr) return null_argument(__func__, "out_options");
  *out_options = nullptr;
  return guarded(__func__, [&] {
    *out_options = new pc_options{};
    return PC_OK;
  });
}

void pc_options_free(pc_options* options) noexcept { delete options; }

pc_status pc_options_set_words_per_minute(pc_options* options, double words_per_minute) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  options->options.words_per_minute = words_per_minute;
  return PC_OK;
}

pc_status pc_options_set_slot_seconds(pc_options* options, double slot_seconds) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  options->options.slot_seconds = slot_seconds;
  return PC_OK;
}

pc_status pc_options_set_max_input_bytes(pc_options* options, size_t max_input_bytes) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  options->options.max_input_bytes = max_input_bytes;
  return PC_OK;
}

pc_status pc_options_set_builtin_rules(pc_options* options, int enabled) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  options->options.builtin_rules = enabled != 0;
  return PC_OK;
}

pc_status pc_options_add_rule_pack(pc_options* options, const char* name, const char* text, size_t length) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  if (name == nullptr) return null_argument(__func__, "name");
  if (text == nullptr && length != 0) return null_argument(__func__, "text");
  return guarded(__func__, [&] {
    options->options.rule_packs.push_back({name, length == 0 ? std::string() : std::string(text, length)});
    return PC_OK;
  });
}

pc_status pc_options_disable_rule(pc_options* options, const char* rule_id) noexcept {
  if (options == nullptr) return null_argument(__func__, "options");
  if (rule_id == nullptr) return null_argument(__func__, "rule_id");
  return guarded(__func__, [&] {
    options->options.disabled_rules.emplace_back(rule_id);
    return PC_OK;
  });
}

// ---- Analyzer and reports -------------------------------------------------------------------------------

pc_status pc_analyzer_create(const pc_options* options, pc_analyzer** out_analyzer) noexcept {
  if (out_analyzer == nullptr) return null_argument(__func__, "out_analyzer");
  *out_analyzer = nullptr;
  return guarded(__func__, [&] {
    std::unique_ptr<pc_analyzer> created(
        new pc_analyzer{pitchclarity::Analyzer(options != nullptr ? options->options : pitchclarity::Options{})});
    if (!created->analyzer.ok()) {
      // Errors located in a pack carry "name:line:col" in where(); option errors have no location. The
      // message is the C++ one unchanged, so it starts with the location as the header promises.
      const pitchclarity::Error& error = created->analyzer.error();
      return fail(error.where().empty() ? PC_ERROR_OPTIONS : PC_ERROR_RULE_PACK, {error.message()});
    }
    *out_analyzer = created.release();
    return PC_OK;
  });
}

void pc_analyzer_free(pc_analyzer* analyzer) noexcept { delete analyzer; }

pc_status pc_analyze(const pc_analyzer* analyzer, const char* text, size_t length, const char* id,
                     pc_report** out_report) noexcept {
  if (out_report == nullptr) return null_argument(__func__, "out_report");
  *out_report = nullptr;
  if (analyzer == nullptr) return null_argument(__func__, "analyzer");
  if (text == nullptr && length != 0) return null_argument(__func__, "text");
  return guarded(__func__, [&] {
    const std::string_view input = length == 0 ? std::string_view() : std::string_view(text, length);
    const std::string_view name = id == nullptr ? std::string_view() : std::string_view(id);
    *out_report = new pc_report{analyzer->analyzer.analyze(input, name)};
    return PC_OK;
  });
}

void pc_report_free(pc_report* report) noexcept { delete report; }

int pc_report_score(const pc_report* report) noexcept {
  return report != nullptr ? report->report.score : null_report(__func__, -1);
}

const char* pc_report_band(const pc_report* report) noexcept {
  return report != nullptr ? report->report.band.c_str() : null_report<const char*>(__func__, nullptr);
}

const char* pc_dimension_name(pc_dimension dimension) noexcept {
  switch (dimension) {
    case PC_DIMENSION_TARGET_CLIENT: return "target_client";
    case PC_DIMENSION_INDUSTRY: return "industry";
    case PC_DIMENSION_PROBLEM: return "problem";
    case PC_DIMENSION_ASK: return "ask";
    case PC_DIMENSION_GIVE: return "give";
    case PC_DIMENSION_OFFER: return "offer";
  }
  return nullptr;
}

int pc_report_level(const pc_report* report, pc_dimension dimension) noexcept {
  if (report == nullptr) return null_report(__func__, -1);
  const pitchclarity::LevelResult* level = level_of(report->report.dimensions, dimension);
  if (level == nullptr) {
    fail(PC_ERROR_INVALID_ARGUMENT, {__func__, ": unknown dimension"});
    return -1;
  }
  return level->level;
}

int pc_report_clarity(const pc_report* report) noexcept {
  return report != nullptr ? report->report.dimensions.clarity.score : null_report(__func__, -1);
}

int pc_report_words(const pc_report* report) noexcept {
  return report != nullptr ? report->report.dimensions.length.words : null_report(__func__, -1);
}

int pc_report_sentences(const pc_report* report) noexcept {
  return report != nullptr ? report->report.dimensions.length.sentences : null_report(__func__, -1);
}

double pc_report_seconds(const pc_report* report) noexcept {
  return report != nullptr ? report->report.dimensions.length.seconds : null_report(__func__, -1.0);
}

const char* pc_report_suggested_rewrite(const pc_report* report) noexcept {
  return report != nullptr ? report->report.suggested_rewrite.c_str() : null_report<const char*>(__func__, nullptr);
}

const char* pc_severity_name(pc_severity severity) noexcept {
  switch (severity) {
    case PC_SEVERITY_ERROR:
    case PC_SEVERITY_WARNING:
    case PC_SEVERITY_NOTE:
      // to_string returns views of string literals, so data() is NUL-terminated.
      return pitchclarity::to_string(static_cast<pitchclarity::Severity>(severity)).data();
  }
  return nullptr;
}

size_t pc_report_finding_count(const pc_report* report) noexcept {
  return report != nullptr ? report->report.findings.size() : null_report<size_t>(__func__, 0);
}

pc_status pc_report_finding(const pc_report* report, size_t index, pc_finding* out_finding) noexcept {
  if (out_finding == nullptr) return null_argument(__func__, "out_finding");
  *out_finding = pc_finding{};
  if (report == nullptr) return null_argument(__func__, "report");
  const auto& findings = report->report.findings;
  if (index >= findings.size()) {
    char detail[96];
    std::snprintf(detail, sizeof detail, "index %zu is out of range (%zu findings)", index, findings.size());
    return fail(PC_ERROR_INVALID_ARGUMENT, {__func__, ": ", detail});
  }
  const pitchclarity::Finding& f = findings[index];
  pc_finding out{};
  out.rule = f.rule.c_str();
  out.category = f.category.c_str();
  out.severity = static_cast<pc_severity>(f.severity);
  out.message = f.message.c_str();
  out.suggestion = f.suggestion.c_str();
  out.text = "";
  if (f.span) {
    out.has_span = 1;
    out.start = f.span->start;
    out.end = f.span->end;
    out.line = f.span->line;
    out.column = f.span->column;
    out.text = f.span->text.c_str();
    out.text_length = f.span->text.size();
  }
  *out_finding = out;
  return PC_OK;
}

pc_status pc_report_to_json(const pc_report* report, int indent, char** out_json) noexcept {
  if (out_json == nullptr) return null_argument(__func__, "out_json");
  *out_json = nullptr;
  if (report == nullptr) return null_argument(__func__, "report");
  return guarded(__func__, [&] {
    const std::string json = pitchclarity::to_json(report->report, indent);
    // malloc, not new[]: the buffer is a C string the caller may treat like any other.
    char* copy = static_cast<char*>(std::malloc(json.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    std::memcpy(copy, json.c_str(), json.size() + 1);
    *out_json = copy;
    return PC_OK;
  });
}

void pc_string_free(char* string) noexcept { std::free(string); }

}  // extern "C"
