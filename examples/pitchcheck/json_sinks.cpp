// JSON out: the report contract of DESIGN.md, made by the library's to_json; pitchcheck only arranges
// reports into documents and adds batch figures next to them.
#include <nlohmann/json.hpp>

#include "row_facts.hpp"
#include "sink.hpp"

namespace pitchcheck {
namespace {

using json = nlohmann::ordered_json;

// A report on one line with the row figures added as two more keys (the contract allows new keys).
std::string report_line(const pitchclarity::Report& report) {
  std::string line = pitchclarity::to_json(report, -1);
  const RowFacts facts = row_facts(report);
  json counts = json::object();
  for (std::size_t i = 0; i < kCategories.size(); ++i) counts[std::string(kCategories[i])] = facts.counts[i];
  json extra{{"finding_counts", std::move(counts)}, {"top_vague_phrases", facts.vague_phrases}};
  std::string tail = extra.dump(-1, ' ', false, json::error_handler_t::replace);
  if (line.size() >= 2 && line.back() == '}' && tail.size() >= 2) {
    line.pop_back();
    line += ',';
    line.append(tail, 1);
  }
  return line;
}

class CheckJsonSink final : public Sink {
 public:
  explicit CheckJsonSink(const SinkContext& c) : c_(c) {}
  std::string render(const Pitch&, const pitchclarity::Report& report) const override {
    return pitchclarity::to_json(report, 2) + '\n';
  }
  void write(const std::string& rendered) override { c_.out << rendered; }

 private:
  SinkContext c_;
};

// {"pitches": [REPORT, …], "group": {…}} written as it goes: one report a line inside the array.
class BatchJsonSink final : public Sink {
 public:
  explicit BatchJsonSink(const SinkContext& c) : c_(c) { c_.out << "{\"pitches\": ["; }
  std::string render(const Pitch&, const pitchclarity::Report& report) const override {
    return pitchclarity::to_json(report, -1);
  }
  void write(const std::string& rendered) override {
    c_.out << (first_ ? "\n" : ",\n") << rendered;
    first_ = false;
  }
  void finish(const GroupSummary& group) override {
    c_.out << (first_ ? "],\n\"group\": " : "\n],\n\"group\": ");
    group.write_json(c_.out, c_.top);
    c_.out << "\n}\n";
  }

 private:
  SinkContext c_;
  bool first_ = true;
};

class JsonlSink final : public Sink {
 public:
  explicit JsonlSink(const SinkContext& c) : c_(c) {}
  std::string render(const Pitch&, const pitchclarity::Report& report) const override {
    return report_line(report) + '\n';
  }
  void write(const std::string& rendered) override { c_.out << rendered; }

 private:
  SinkContext c_;
};

}  // namespace

std::unique_ptr<Sink> check_json_sink(const SinkContext& c) { return std::make_unique<CheckJsonSink>(c); }
std::unique_ptr<Sink> batch_json_sink(const SinkContext& c) { return std::make_unique<BatchJsonSink>(c); }
std::unique_ptr<Sink> jsonl_sink(const SinkContext& c) { return std::make_unique<JsonlSink>(c); }

}  // namespace pitchcheck
