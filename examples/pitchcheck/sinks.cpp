// Which sink serves which command and format.
#include "sink.hpp"

namespace pitchcheck {

std::unique_ptr<Sink> check_sink(Format format, const SinkContext& c) {
  switch (format) {
    case Format::text:
      return check_text_sink(c);
    case Format::json:
      return check_json_sink(c);
    case Format::jsonl:
      return jsonl_sink(c);
    case Format::csv:
      return csv_sink(c);
  }
  return check_text_sink(c);
}

std::unique_ptr<Sink> batch_sink(Format format, const SinkContext& c) {
  switch (format) {
    case Format::text:
      return batch_text_sink(c);
    case Format::json:
      return batch_json_sink(c);
    case Format::jsonl:
      return jsonl_sink(c);
    case Format::csv:
      return csv_sink(c);
  }
  return batch_text_sink(c);
}

}  // namespace pitchcheck
