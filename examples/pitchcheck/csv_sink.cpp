// CSV out: a row per pitch for a spreadsheet — levels, counts of findings by category, vague phrases.
#include <cmath>
#include <cstdio>
#include <sstream>

#include "csv_writer.hpp"
#include "row_facts.hpp"
#include "sink.hpp"

namespace pitchcheck {
namespace {

class CsvSink final : public Sink {
 public:
  explicit CsvSink(const SinkContext& c) : c_(c) {
    std::vector<std::string> header{"id",   "score", "band",    "target_client", "industry",  "problem", "ask",
                                    "give", "offer", "clarity", "words",         "sentences", "seconds"};
    for (std::string_view category : kCategories) header.push_back(std::string(category) + "_findings");
    header.emplace_back("vague_phrases");
    write_csv_record(c_.out, header);
  }

  std::string render(const Pitch& pitch, const pitchclarity::Report& report) const override {
    const auto& d = report.dimensions;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", std::round(d.length.seconds * 10.0) / 10.0);
    std::vector<std::string> row{pitch.id,
                                 std::to_string(report.score),
                                 report.band,
                                 std::to_string(d.target_client.level),
                                 std::to_string(d.industry.level),
                                 std::to_string(d.problem.level),
                                 std::to_string(d.ask.level),
                                 std::to_string(d.give.level),
                                 std::to_string(d.offer.level),
                                 std::to_string(d.clarity.score),
                                 std::to_string(d.length.words),
                                 std::to_string(d.length.sentences),
                                 seconds};
    const RowFacts facts = row_facts(report);
    for (int n : facts.counts) row.push_back(std::to_string(n));
    std::string phrases;
    for (const std::string& p : facts.vague_phrases) phrases += (phrases.empty() ? "" : "; ") + p;
    row.push_back(std::move(phrases));
    std::ostringstream out;
    write_csv_record(out, row);
    return std::move(out).str();
  }
  void write(const std::string& rendered) override { c_.out << rendered; }

 private:
  SinkContext c_;
};

}  // namespace

std::unique_ptr<Sink> csv_sink(const SinkContext& c) { return std::make_unique<CsvSink>(c); }

}  // namespace pitchcheck
