#include <sstream>
#include <string>

#include "display_width.hpp"
#include "row_facts.hpp"
#include "sink.hpp"
#include "text_report.hpp"

namespace pitchcheck {
namespace {

class CheckTextSink final : public Sink {
 public:
  explicit CheckTextSink(const SinkContext& c) : c_(c) {}
  std::string render(const Pitch& pitch, const pitchclarity::Report& report) const override {
    std::ostringstream out;
    write_diagnostics(out, pitch.id, pitch.text, report, c_.paint);
    if (!report.findings.empty()) out << '\n';
    write_summary(out, pitch.id, report, c_.options, c_.paint);
    return std::move(out).str();
  }
  void write(const std::string& rendered) override {
    if (!first_) c_.out << '\n';
    first_ = false;
    c_.out << rendered;
  }

 private:
  SinkContext c_;
  bool first_ = true;
};

// One line per pitch: score, band, id, then its vague phrases and the parts nothing was found for.
class BatchTextSink final : public Sink {
 public:
  explicit BatchTextSink(const SinkContext& c) : c_(c) {}
  std::string render(const Pitch& pitch, const pitchclarity::Report& report) const override {
    std::ostringstream out;
    std::string score = std::to_string(report.score);
    score.insert(0, score.size() < 3 ? 3 - score.size() : 0, ' ');
    std::string band = report.band;
    band.resize(std::max<std::size_t>(band.size(), 10), ' ');
    out << score << "  " << band << "  " << c_.paint(Paint::bold, one_line(pitch.id));
    const RowFacts facts = row_facts(report);
    if (!facts.vague_phrases.empty()) {
      std::string phrases;
      for (const std::string& p : facts.vague_phrases)
        phrases += (phrases.empty() ? "" : ", ") + ('"' + one_line(p) + '"');
      out << "  vague: " << c_.paint(Paint::warning, phrases);
    }
    const auto& d = report.dimensions;
    const std::pair<const char*, int> parts[] = {{"target client", d.target_client.level},
                                                 {"problem", d.problem.level},
                                                 {"ask", d.ask.level},
                                                 {"give", d.give.level}};
    std::string missing;
    for (const auto& [name, level] : parts) {
      if (level == 0) missing += (missing.empty() ? "" : ", ") + std::string(name);
    }
    if (!missing.empty()) out << "  " << c_.paint(Paint::dim, "no " + missing);
    out << '\n';
    return std::move(out).str();
  }
  void write(const std::string& rendered) override { c_.out << rendered; }
  void finish(const GroupSummary& group) override {
    c_.out << '\n';
    group.write_text(c_.out, c_.paint, c_.top);
  }

 private:
  SinkContext c_;
};

}  // namespace

std::unique_ptr<Sink> check_text_sink(const SinkContext& c) { return std::make_unique<CheckTextSink>(c); }
std::unique_ptr<Sink> batch_text_sink(const SinkContext& c) { return std::make_unique<BatchTextSink>(c); }

}  // namespace pitchcheck
