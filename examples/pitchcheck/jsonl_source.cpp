// A JSONL file of pitches: one JSON object a line, {"id": …, "text": …}. Blank lines are skipped; a line
// that is not such an object is reported with its line number and the rest go on.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "columns.hpp"
#include "exit_codes.hpp"
#include "line_reader.hpp"
#include "sources.hpp"

namespace pitchcheck {
namespace {

using nlohmann::json;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error …" without
// the parts a reader of pitchcheck's message has no use for.
std::string parse_problem(const json::parse_error& e) {
  std::string what = e.what();
  const auto colon = what.find(": ", what.find("column"));
  if (colon != std::string::npos) what.erase(0, colon + 2);
  return "not valid JSON at column " + std::to_string(e.byte) + ": " + what;
}

std::string type_of(const json& value) {
  const std::string name = value.type_name();
  return (name == "array" || name == "object" ? "an " : "a ") + name;
}

class JsonlSource final : public PitchSource {
 public:
  JsonlSource(const std::string& path, std::string id_key, std::string text_key)
      : reader_(path), name_(display_name(path)), id_key_(std::move(id_key)), text_key_(std::move(text_key)) {}

  bool open(OpenedSource& result) {
    if (reader_.ok()) return true;
    result.code = kExitInput;
    result.error = name_ + ": " + reader_.error();
    return false;
  }

  bool next(Pitch& out) override {
    Line line;
    for (;;) {
      if (!reader_.next(line)) {
        if (reader_.ok() || read_error_reported_) return false;
        read_error_reported_ = true;
        out = Pitch{};
        out.id = out.where = name_;
        out.error = reader_.error();
        return true;
      }
      if (!blank(line.bytes)) break;
    }
    out = Pitch{};
    out.where = name_ + ':' + std::to_string(line.number);
    out.id = "line " + std::to_string(line.number);
    json value;
    try {
      value = json::parse(line.bytes);
    } catch (const json::parse_error& e) {
      out.error = parse_problem(e);
      return true;
    } catch (const json::exception& e) {  // out_of_range.406, "number overflow parsing '1e999'": fuzzing found it
      std::string what = e.what();
      if (const auto bracket = what.find("] "); bracket != std::string::npos) what.erase(0, bracket + 2);
      out.error = "cannot read this JSON: " + what;
      return true;
    }
    if (!value.is_object()) {
      out.error = "expected a JSON object such as {\"id\": \"anna\", \"text\": \"I help…\"}, found " + type_of(value);
      return true;
    }
    std::vector<std::string> keys;
    for (auto it = value.begin(); it != value.end(); ++it) keys.push_back(it.key());

    const auto text_index = find_column(keys, text_key_, kTextNames);
    if (!text_index) {
      out.error = "no " + describe_column(text_key_, kTextNames) + " key in this object";
      return true;
    }
    const json& text = value[keys[*text_index]];
    if (!text.is_string()) {
      out.error = '"' + keys[*text_index] + "\" is " + type_of(text) + ", not a string";
      return true;
    }
    out.text = text.get<std::string>();
    if (const auto id_index = find_column(keys, id_key_, kIdNames)) {
      const json& id = value[keys[*id_index]];
      if (id.is_string() && !blank(id.get_ref<const std::string&>())) {
        out.id = id.get<std::string>();
      } else if (id.is_number()) {
        out.id = id.dump();
      }
    }
    return true;
  }

  SourceProgress progress() const override { return {reader_.bytes_read(), reader_.size()}; }

 private:
  LineReader reader_;
  std::string name_;
  std::string id_key_;
  std::string text_key_;
  bool read_error_reported_ = false;
};

}  // namespace

OpenedSource open_jsonl_source(const std::string& path, const std::string& id_column, const std::string& text_column) {
  return open_source<JsonlSource>(path, id_column, text_column);
}

}  // namespace pitchcheck
