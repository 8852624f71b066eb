// pc_bench — Google Benchmark programs for pitchclarity, with the ICU segmentation baseline in the same
// binary so that the ratios come from one run on one machine state.
//
//   pc_bench                                   every benchmark, then the ratio table
//   pc_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true   medians of 5
//   pc_bench --benchmark_filter='Analyze|Icu'  just full analysis and the baseline
//
// Inputs: "words:0" walks the 1,000 standard pitches (100–200 words each, the "corpus") round robin, one pitch
// per iteration, so its time is the mean over the corpus; "words:150" is a typical pitch (the corpus's first of
// exactly 150 words); every other "words:N" is the length curve, N = 10 … 100,000: bench::length_samples_of(N),
// 16 texts of N words round robin up to 1,000 words (one text's mix of sentences is too small a sample), one
// text above.
//
// The ICU baseline converts UTF-8 to UTF-16 (into a reused buffer), then runs a word and a sentence break
// iterator over the text, each CLONED from a prototype per iteration — exactly what text::segment does per
// call for thread safety. The "reuse" variant keeps one iterator of each kind and only calls setText(); it is
// printed for reference and is not the target's denominator.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <pitchclarity/analyzer.hpp>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "lexicon/lexicon.hpp"
#include "model/context.hpp"
#include "model/industry.hpp"
#include "model/model_data.hpp"
#include "model/offer_give.hpp"
#include "model/problem.hpp"
#include "model/target.hpp"
#include "report/json_value.hpp"
#include "rules/rule_set.hpp"
#include "text/document.hpp"

namespace {

namespace bench = pitchclarity::bench;
namespace pc = pitchclarity;

// ---------------------------------------------------------------------------------------------- inputs

const std::vector<std::string>& standard_corpus() {
  static const std::vector<std::string> c = bench::corpus();
  return c;
}

const std::vector<std::string>& texts_of(std::int64_t words) {
  static std::map<std::int64_t, std::vector<std::string>> cache;  // filled before timing, single-threaded benchmarks
  auto it = cache.find(words);
  if (it == cache.end()) {
    const auto n = static_cast<std::size_t>(words);
    it = cache.emplace(words, n == 150 ? std::vector<std::string>{bench::typical_pitch(n)} : bench::length_samples_of(n))
             .first;
  }
  return it->second;
}

// Arg 0 is the corpus (round robin), 150 the typical pitch, any other arg the length curve's texts of that many
// words (round robin).
class Inputs {
 public:
  explicit Inputs(benchmark::State& state) {
    const auto arg = state.range(0);
    if (arg == 0) {
      for (const auto& p : standard_corpus()) texts_.push_back(&p);
      state.SetLabel("corpus");
    } else {
      if (arg == 150) state.SetLabel("typical pitch");
      for (const auto& t : texts_of(arg)) texts_.push_back(&t);
    }
  }
  const std::string& next() {
    const std::string& t = *texts_[i_];
    if (++i_ == texts_.size()) i_ = 0;
    return t;
  }
  std::size_t mean_bytes() const {
    std::size_t n = 0;
    for (const auto* t : texts_) n += t->size();
    return n / texts_.size();
  }

 private:
  std::vector<const std::string*> texts_;
  std::size_t i_ = 0;
};

void set_throughput(benchmark::State& state, const Inputs& in) {
  state.SetItemsProcessed(state.iterations());  // pitches (texts) per second
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.mean_bytes()));
}

const pc::Analyzer& analyzer() {
  static const pc::Analyzer a{pc::Options{}};
  return a;
}

const pc::rules::RuleSet& rule_set() {
  static const pc::rules::RuleSet r{pc::rules::RuleSet::Config{}};
  return r;
}

const pc::model::ModelData& model_data() {
  static const pc::model::ModelData d = [] {
    pc::model::ModelData data;
    if (pc::model::load_model_data(data)) std::fprintf(stderr, "pc_bench: model data failed to load\n");
    return data;
  }();
  return d;
}

// ---------------------------------------------------------------------------------------- ICU baseline

const icu::BreakIterator& word_prototype() {
  static const std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  }();
  return *it;
}

const icu::BreakIterator& sentence_prototype() {
  static const std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return std::unique_ptr<icu::BreakIterator>(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  }();
  return *it;
}

// UTF-8 → UTF-16 into `buffer`, then words and sentences; returns the number of boundaries seen.
std::int64_t icu_segment(const std::string& utf8, std::u16string& buffer, icu::BreakIterator& words,
                         icu::BreakIterator& sentences) {
  buffer.resize(utf8.size() + 1);
  UErrorCode status = U_ZERO_ERROR;
  std::int32_t length = 0;
  u_strFromUTF8(buffer.data(), static_cast<std::int32_t>(buffer.size()), &length, utf8.data(),
                static_cast<std::int32_t>(utf8.size()), &status);
  UText* ut = utext_openUChars(nullptr, buffer.data(), length, &status);
  std::int64_t boundaries = 0;
  words.setText(ut, status);
  for (std::int32_t b = words.first(); b != icu::BreakIterator::DONE; b = words.next()) {
    boundaries += words.getRuleStatus() != 0 ? 1 : 0;  // status as text::segment reads it
  }
  sentences.setText(ut, status);
  for (std::int32_t b = sentences.first(); b != icu::BreakIterator::DONE; b = sentences.next()) ++boundaries;
  utext_close(ut);
  return boundaries;
}

void BM_IcuWordSentence(benchmark::State& state) {
  Inputs in(state);
  std::u16string buffer;
  for (auto _ : state) {
    std::unique_ptr<icu::BreakIterator> words(word_prototype().clone());
    std::unique_ptr<icu::BreakIterator> sentences(sentence_prototype().clone());
    benchmark::DoNotOptimize(icu_segment(in.next(), buffer, *words, *sentences));
  }
  set_throughput(state, in);
}

void BM_IcuWordSentenceReuse(benchmark::State& state) {
  Inputs in(state);
  std::u16string buffer;
  std::unique_ptr<icu::BreakIterator> words(word_prototype().clone());
  std::unique_ptr<icu::BreakIterator> sentences(sentence_prototype().clone());
  for (auto _ : state) benchmark::DoNotOptimize(icu_segment(in.next(), buffer, *words, *sentences));
  set_throughput(state, in);
}

// ------------------------------------------------------------------------------------- full analysis

void BM_Analyze(benchmark::State& state) {
  Inputs in(state);
  const pc::Analyzer& a = analyzer();
  if (!a.ok()) state.SkipWithError(a.error().message().c_str());
  for (auto _ : state) {
    pc::Report r = a.analyze(in.next());
    benchmark::DoNotOptimize(r.score);
  }
  set_throughput(state, in);
}

// Analysis plus the JSON report, what `pitchcheck --format json` and batch --format jsonl pay per pitch.
void BM_AnalyzeToJson(benchmark::State& state) {
  Inputs in(state);
  const pc::Analyzer& a = analyzer();
  for (auto _ : state) {
    std::string json = pc::to_json(a.analyze(in.next()));
    benchmark::DoNotOptimize(json.data());
  }
  set_throughput(state, in);
}

void BM_AnalyzerConstruction(benchmark::State& state) {
  for (auto _ : state) {
    pc::Analyzer a{pc::Options{}};
    benchmark::DoNotOptimize(a.ok());
  }
}

// ---------------------------------------------------------------------------------------------- stages

// Decode, NFC, ICU segmentation, case folding, lemmas (with the cue words' lemmas known, as in analyze).
void BM_StageDocument(benchmark::State& state) {
  Inputs in(state);
  const auto lemmatizer = pc::rules::RuleSet::lemmatizer();
  const pc::text::LemmaCache& known = model_data().vocabulary.lemmas();
  for (auto _ : state) {
    auto doc = pc::text::Document::build(in.next(), lemmatizer, &known);
    benchmark::DoNotOptimize(doc.tokens().data());
  }
  set_throughput(state, in);
}

// The same without the lemmatizer: the text layer's own cost.
void BM_StageDocumentNoLemma(benchmark::State& state) {
  Inputs in(state);
  for (auto _ : state) {
    auto doc = pc::text::Document::build(in.next(), nullptr);
    benchmark::DoNotOptimize(doc.tokens().data());
  }
  set_throughput(state, in);
}

// Every rule of the built-in packs on a prepared Document (phrase trie, regexes, metrics, acronyms).
void BM_StageRules(benchmark::State& state) {
  Inputs in(state);
  std::vector<pc::text::Document> docs;
  const std::size_t n = state.range(0) == 0 ? standard_corpus().size() : 1;
  for (std::size_t i = 0; i < n; ++i) docs.push_back(pc::text::Document::build(in.next(), pc::rules::RuleSet::lemmatizer()));
  const pc::rules::RuleSet& rules = rule_set();
  std::vector<pc::rules::Match> matches;
  std::size_t i = 0;
  for (auto _ : state) {
    matches.clear();
    rules.run(docs[i], pc::rules::RunContext{}, matches);
    benchmark::DoNotOptimize(matches.data());
    if (++i == docs.size()) i = 0;
  }
  set_throughput(state, in);
}

// The model's dimensions (lib/model) on a prepared Document: context, targets/asks, problem, offer, give,
// industry. Scoring, findings and the rewrite are not included.
void BM_StageModel(benchmark::State& state) {
  Inputs in(state);
  std::vector<pc::text::Document> docs;
  const std::size_t n = state.range(0) == 0 ? standard_corpus().size() : 1;
  for (std::size_t i = 0; i < n; ++i) docs.push_back(pc::text::Document::build(in.next(), pc::rules::RuleSet::lemmatizer()));
  const pc::model::ModelData& data = model_data();
  std::size_t i = 0;
  for (auto _ : state) {
    const pc::model::Context ctx(docs[i], data);
    const auto targets = pc::model::find_targets(ctx);
    const auto problem = pc::model::find_problem(ctx);
    const auto offer = pc::model::find_offer(ctx, targets);
    const auto give = pc::model::find_give(ctx);
    const auto industry = pc::model::find_industry(ctx, targets);
    benchmark::DoNotOptimize(targets.target_level + problem.level + offer.level + give.level + industry.level);
    if (++i == docs.size()) i = 0;
  }
  set_throughput(state, in);
}

void BM_StageJson(benchmark::State& state) {
  Inputs in(state);
  std::vector<pc::Report> reports;
  const std::size_t n = state.range(0) == 0 ? standard_corpus().size() : 1;
  for (std::size_t i = 0; i < n; ++i) reports.push_back(analyzer().analyze(in.next()));
  std::size_t i = 0;
  for (auto _ : state) {
    std::string json = pc::to_json(reports[i]);
    benchmark::DoNotOptimize(json.data());
    if (++i == reports.size()) i = 0;
  }
  set_throughput(state, in);
}

// ---------------------------------------------------------------------------------------------- lexicon

// The folded words of the standard corpus, the keys the pipeline looks up. Per-lookup times.
const std::vector<std::string>& corpus_words() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (std::size_t p = 0; p < 50; ++p) {
      const auto doc = pc::text::Document::build(standard_corpus()[p], nullptr);
      for (const auto& t : doc.tokens()) {
        if (t.shape == pc::text::Shape::word) out.emplace_back(t.folded);
      }
    }
    return out;
  }();
  return words;
}

template <typename F>
void lexicon_loop(benchmark::State& state, F f) {
  const auto& words = corpus_words();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(f(words[i]));
    if (++i == words.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_LexiconMatchLemma(benchmark::State& state) {
  std::string scratch;
  lexicon_loop(state, [&](const std::string& w) { return pc::lexicon::match_lemma(w, scratch).size(); });
}
void BM_LexiconNoun(benchmark::State& state) {
  lexicon_loop(state, [](const std::string& w) { return pc::lexicon::noun(w).has_value(); });
}
void BM_LexiconClassify(benchmark::State& state) {
  lexicon_loop(state, [](const std::string& w) { return pc::lexicon::classify(w).has_value(); });
}
void BM_LexiconPlace(benchmark::State& state) {
  lexicon_loop(state, [](const std::string& w) { return pc::lexicon::place_name(w); });
}
void BM_LexiconSectors(benchmark::State& state) {
  lexicon_loop(state, [](const std::string& w) { return pc::lexicon::sectors(w).size(); });
}

// ---------------------------------------------------------------------------------------- registration

constexpr std::int64_t kLengths[] = {10, 100, 150, 1000, 10000, 100000};

void lengths_and_corpus(benchmark::internal::Benchmark* b) {
  b->ArgName("words")->Arg(0);
  for (auto n : kLengths) b->Arg(n);
  b->Unit(benchmark::kMicrosecond);
}

void corpus_150_10k(benchmark::internal::Benchmark* b) {
  b->ArgName("words")->Arg(0)->Arg(150)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
}

BENCHMARK(BM_IcuWordSentence)->Apply(lengths_and_corpus);
BENCHMARK(BM_IcuWordSentenceReuse)->Apply(lengths_and_corpus);
BENCHMARK(BM_Analyze)->Apply(lengths_and_corpus);
BENCHMARK(BM_AnalyzeToJson)->ArgName("words")->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnalyzerConstruction)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StageDocument)->Apply(corpus_150_10k);
BENCHMARK(BM_StageDocumentNoLemma)->Apply(corpus_150_10k);
BENCHMARK(BM_StageRules)->Apply(corpus_150_10k);
BENCHMARK(BM_StageModel)->Apply(corpus_150_10k);
BENCHMARK(BM_StageJson)->ArgName("words")->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LexiconMatchLemma);
BENCHMARK(BM_LexiconNoun);
BENCHMARK(BM_LexiconClassify);
BENCHMARK(BM_LexiconPlace);
BENCHMARK(BM_LexiconSectors);

// ------------------------------------------------------------------------------------------ ratio table

// Remembers each benchmark's time (the median aggregate when repetitions are on) for the summary.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.error_occurred) continue;
      const std::string name = run.run_name.str();
      const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      if (run.run_type == Run::RT_Aggregate && !median) continue;
      // CPU time per iteration in nanoseconds, whatever unit the benchmark prints in. CPU time, not wall time:
      // the machines are shared, and a preempted iteration inflates wall time but not CPU time.
      const double ns = run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e9;
      if (median || !have_median_[name]) times_[name] = ns;
      if (median) have_median_[name] = true;
    }
  }

  std::optional<double> get(const std::string& name) const {
    const auto it = times_.find(name);
    if (it == times_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::string, double> times_;
  std::map<std::string, bool> have_median_;
};

std::string input_name(std::int64_t words) { return words == 0 ? "words:0" : "words:" + std::to_string(words); }

void print_ratios(const RatioReporter& r) {
  std::printf("\nRatios (CPU time per iteration, same run; medians when --benchmark_repetitions is set)\n");
  std::printf("%-16s %14s %14s %14s %12s %12s %14s\n", "input", "analyze (us)", "ICU clone (us)", "ICU reuse (us)",
              "analyze/ICU", "pitches/s", "target <=3x");
  std::vector<std::int64_t> inputs = {0};
  inputs.insert(inputs.end(), std::begin(kLengths), std::end(kLengths));
  for (const auto words : inputs) {
    const auto a = r.get("BM_Analyze/" + input_name(words));
    const auto icu = r.get("BM_IcuWordSentence/" + input_name(words));
    const auto reuse = r.get("BM_IcuWordSentenceReuse/" + input_name(words));
    if (!a || !icu) continue;
    const double ratio = *a / *icu;
    std::printf("%-16s %14.1f %14.1f %14.1f %12.2f %12.0f %14s\n",
                words == 0 ? "corpus (1,000)" : ("words:" + std::to_string(words)).c_str(), *a / 1e3, *icu / 1e3,
                reuse ? *reuse / 1e3 : 0.0, ratio, 1e9 / *a,
                (words == 150 || words == 0) ? (ratio <= 3.0 ? "met" : "MISSED") : "");
  }
  std::printf("\nLength scaling: cost of a 10x longer text (target <= 11x)\n");
  for (const std::int64_t shorter_words : {10, 100, 1000, 10000}) {
    const auto shorter = r.get("BM_Analyze/" + input_name(shorter_words));
    const auto longer = r.get("BM_Analyze/" + input_name(shorter_words * 10));
    if (!shorter || !longer) continue;
    const double x = *longer / *shorter;
    std::printf("  %6lld -> %6lld words: %6.2fx  %s\n", static_cast<long long>(shorter_words),
                static_cast<long long>(shorter_words * 10), x, x <= 11.0 ? "met" : "MISSED");
  }
  if (const auto c = r.get("BM_AnalyzerConstruction")) {
    std::printf("\nAnalyzer construction: %.2f ms (target <= 5 ms): %s\n", *c / 1e6, *c / 1e6 <= 5.0 ? "met" : "MISSED");
  }
  const auto stage = [&](const char* label, const std::string& name) {
    const auto t = r.get(name);
    const auto whole = r.get("BM_Analyze/words:0");
    if (t && whole) std::printf("  %-38s %9.2f us  %5.1f%% of full analysis\n", label, *t / 1e3, 100.0 * *t / *whole);
  };
  std::printf("\nStages on the corpus (mean per pitch)\n");
  stage("text::Document::build (with lemmas)", "BM_StageDocument/words:0");
  stage("text::Document::build (no lemmas)", "BM_StageDocumentNoLemma/words:0");
  stage("rules::RuleSet::run", "BM_StageRules/words:0");
  stage("model dimensions", "BM_StageModel/words:0");
  stage("to_json(report)", "BM_StageJson/words:0");
  stage("ICU word+sentence (clone per call)", "BM_IcuWordSentence/words:0");
}

// to_json writes the report directly; report_to_json_value builds nlohmann's tree, the reference layout.
// Before timing either, check they give the same bytes: on every corpus report, compact and indented, and
// on reports whose strings are random bytes (invalid UTF-8, control characters, quotes, backslashes).
bool json_writer_agrees() {
  const auto reference = [](const pc::Report& r, int indent) {
    return pc::report_to_json_value(r).dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  };
  std::vector<pc::Report> reports;
  for (std::size_t i = 0; i < 200; ++i) reports.push_back(analyzer().analyze(standard_corpus()[i]));
  for (const auto& t : texts_of(1000)) reports.push_back(analyzer().analyze(t));
  reports.push_back(pc::Report{});
  std::uint64_t state = 42;
  const auto random_bytes = [&](std::size_t n) {
    std::string s;
    for (std::size_t k = 0; k < n; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const auto b = static_cast<unsigned char>(state >> 56);
      s += static_cast<char>(k % 3 == 0 ? b : (b & 0x3F) | 0x80);  // many continuation bytes, some leads
    }
    return s;
  };
  for (std::size_t i = 0; i < 2000; ++i) {
    pc::Report r;
    r.id = random_bytes(i % 40);
    r.band = "\"\\\b\f\n\r\t\x01\x1f\x7f\xE2\x80\xA8";
    r.dimensions.length.seconds = static_cast<double>(i) * 0.1;
    r.findings.push_back({random_bytes(7), "vague", pc::Severity::note, random_bytes(i % 13), random_bytes(5),
                          pc::Span{1, 2, 3, 4, random_bytes(i % 17)}});
    reports.push_back(std::move(r));
  }
  for (const pc::Report& r : reports) {
    for (const int indent : {-1, 0, 2}) {
      if (pc::to_json(r, indent) != reference(r, indent)) {
        std::fprintf(stderr, "pc_bench: to_json differs from the reference serialisation (indent %d) for:\n%s\n",
                     indent, reference(r, indent).c_str());
        return false;
      }
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // Build the inputs and the shared objects before anything is timed.
  (void)standard_corpus();
  for (auto n : kLengths) (void)texts_of(n);
  (void)analyzer();
  (void)rule_set();
  (void)model_data();
  if (!json_writer_agrees()) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_ratios(reporter);
  benchmark::Shutdown();
  return 0;
}
