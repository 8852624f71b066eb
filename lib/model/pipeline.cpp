#include "model/pipeline.hpp"

#include "model/clarity.hpp"
#include "model/context.hpp"
#include "model/embedded_data.hpp"
#include "model/industry.hpp"
#include "model/input_findings.hpp"
#include "model/length.hpp"
#include "model/missing.hpp"
#include "model/offer_give.hpp"
#include "model/problem.hpp"
#include "model/restated_need.hpp"
#include "model/rewrite.hpp"
#include "model/score.hpp"
#include "model/target.hpp"
#include "text/document.hpp"
#include "text/language.hpp"

#include <algorithm>
#include <set>

namespace pitchclarity {
namespace {

// The longest prefix of at most `limit` bytes that does not end inside a UTF-8 sequence, so truncating
// never manufactures an invalid-UTF-8 finding at the cut.
std::size_t cut_point(std::string_view utf8, std::size_t limit) {
  if (utf8.size() <= limit) return utf8.size();
  std::size_t cut = limit;
  for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80; ++back) --cut;
  return cut;
}

class FindingBuilder {
 public:
  FindingBuilder(const rules::RuleSet& rules, const text::Document& doc, std::vector<Finding>& out)
      : rules_(rules), doc_(doc), out_(out) {}

  void add_match(const rules::Match& m) {
    const rules::Descriptor& d = rules_.descriptor(m.rule);
    Finding f{d.id, std::string(rules::to_string(d.category)), d.severity, rules_.message(m, doc_),
              rules_.suggestion(m, doc_), std::nullopt};
    if (m.has_span) f.span = make_span(doc_, m.start, m.end);
    remember(f);
    out_.push_back(std::move(f));
  }

  // A finding of one of the model's own (internal) rules, if the rule is enabled.
  bool add_internal(std::string_view id, std::optional<Span> span) {
    const auto index = rules_.find(id);
    if (!index || !rules_.descriptor(*index).enabled) return false;
    rules::Match m;
    m.rule = *index;
    m.has_span = span.has_value();
    if (span) {
      m.start = span->start;
      m.end = span->end;
    }
    add_match(m);
    return true;
  }

  // True if a vague finding already covers part of [start, end): the packs' phrase rules come first and
  // keep their specific messages; the model only adds what they did not see.
  bool vague_overlaps(std::uint32_t start, std::uint32_t end) const {
    auto it = vague_.upper_bound({start, UINT32_MAX});
    if (it != vague_.begin()) --it;
    for (; it != vague_.end() && it->first < end; ++it) {
      if (it->second > start) return true;
    }
    return false;
  }

 private:
  void remember(const Finding& f) {
    if (f.category == "vague" && f.span) vague_.insert({f.span->start, f.span->end});
  }

  // Spans of the vague findings so far, for overlap queries in O(log n): a 10 MB paste of catch-alls
  // makes hundreds of thousands of them.
  std::set<std::pair<std::uint32_t, std::uint32_t>> vague_;
  const rules::RuleSet& rules_;
  const text::Document& doc_;
  std::vector<Finding>& out_;
};

std::vector<Span> spans_of(const model::Context& ctx, const std::vector<model::TokenRange>& ranges) {
  std::vector<Span> out;
  for (const auto& r : ranges) {
    if (!r.empty()) out.push_back(ctx.span(r));
  }
  return out;
}

// An ask whose head is the head of a niche named before ("Commercial fishing boat owners in New Bedford …
// Know a boat owner on the waterfront?") means one of that niche, not the broad category.
bool repeats_best_target(const model::Context& ctx, const model::TargetResult& t, model::TokenRange head) {
  if (t.best_target == nullptr || t.best_target->facts.level < 2 || head.empty()) return false;
  const model::TokenRange best = t.best_target->facts.range;
  if (best.first >= head.first) return false;
  const std::string_view lemma = ctx[head.last - 1].lemma;
  for (std::uint32_t k = best.first; k < best.last; ++k) {
    if (ctx[k].lemma == lemma) return true;
  }
  return false;
}

// The phrase rules whose match throws the target open to everyone ("any business", "from start-ups to
// multinationals", "anyone and everyone", "which is every company").
bool covers_everyone(const Finding& f) {
  return f.rule == "vague.all-sizes" || f.rule == "vague.catch-all" || f.rule == "vague.any-business" ||
         f.rule == "vague.covers-everyone";
}

std::vector<model::ByteRange> catch_all_spans(const std::vector<Finding>& findings) {
  std::vector<model::ByteRange> out;
  for (const Finding& f : findings) {
    if (covers_everyone(f) && f.span) out.push_back({f.span->start, f.span->end});
  }
  return out;
}

// Vague targets the phrase lists cannot see: a bare generic as the target, a broad category as the best
// target or in the ask, and a clause that only restates the product.
void add_vague_targets(const model::Context& ctx, const model::TargetResult& t, FindingBuilder& findings) {
  const bool cue_named_target = std::any_of(t.mentions.begin(), t.mentions.end(), [](const model::Mention& m) {
    return !m.weak && m.facts.level >= 1;
  });
  for (const model::Mention& m : t.mentions) {
    const model::PhraseFacts& f = m.facts;
    if (f.level >= 2 || f.noun_level >= 2) continue;
    // After a weak cue ("for", "with") only a broad category that is the pitch's best target is vague:
    // "for my clients" or "with people" are too often not targets at all.
    // Nor when a cue named the broad target itself ("Our best clients are offices with 10 to 30 people …
    // very depressing for the staff").
    if (m.weak && (f.noun_level != 1 || t.target_level > 1 || !f.product_clause.empty() || cue_named_target)) continue;
    if (!f.product_clause.empty() && f.noun_level <= 1) {
      const Span s = ctx.span(f.product_clause);
      // A phrase finding at either end of the clause ("anyone who needs" in "anyone who needs a website")
      // already reports it; one inside it, a catch-all in the middle of a list ("customers, anyone who loves
      // skincare, and people who want …"), does not.
      const Span head = ctx.span({f.product_clause.first, f.product_clause.first + 1});
      const Span tail = ctx.span({f.product_clause.last - 1, f.product_clause.last});
      if (!findings.vague_overlaps(head.start, head.end) && !findings.vague_overlaps(tail.start, tail.end))
        findings.add_internal("vague.restates-product", s);
      continue;
    }
    // A head narrowed by a describing clause ("someone who runs a farm shop") is not vague.
    if (f.generic.empty() || f.has_clause) continue;
    if (m.is_ask && repeats_best_target(ctx, t, f.generic)) continue;
    // An ask that points back at the target described ("families in this situation", "people like that")
    // takes its level; it is no vague category of its own.
    std::uint32_t len = 0;
    if (m.is_ask && t.target_level >= 2 &&
        ctx.data().ask_anaphora.find(ctx.cues(), f.range.first, f.range.last, len) < f.range.last) {
      continue;
    }
    const bool broad_is_vague = t.target_level <= 1 || (m.is_ask && !f.has_place && !f.has_size);
    const Span s = ctx.span(f.generic);
    if (!findings.vague_overlaps(s.start, s.end)) {
      if (f.noun_level == 0) {
        findings.add_internal("vague.generic-target", s);
      } else if (f.noun_level == 1 && broad_is_vague) {
        findings.add_internal("vague.broad-target", s);
      }
    }
    // The rest of a list of catch-alls is as vague as its first ("SMEs — so companies with five to fifty
    // staff"), when nothing in the phrase names a niche.
    for (std::size_t k = 1; k < f.generics.size(); ++k) {
      const auto& [group, level] = f.generics[k];
      const Span g = ctx.span(group);
      if (findings.vague_overlaps(g.start, g.end)) continue;
      if (level == 0) {
        findings.add_internal("vague.generic-target", g);
      } else if (broad_is_vague) {
        findings.add_internal("vague.broad-target", g);
      }
    }
  }
  // When a broad category is the best the pitch offers, every mention of one is the vague target, cue or
  // not ("…bookkeeping for small businesses … if you know any small businesses"). When a cue named the
  // category, only that category is, or one after "any": "My clients are busy families. The parents work
  // all day…" does not make the parents a second target.
  if (t.target_level == 1) {
    std::vector<std::string_view> named;
    for (const model::Mention& m : t.mentions) {
      for (const auto& [group, level] : m.facts.generics) {
        if (level == 1 && !group.empty()) named.push_back(ctx[group.last - 1].lemma);
      }
    }
    for (const model::TokenRange hit : t.broad_mentions) {
      const std::string_view head = ctx[hit.last - 1].lemma;
      // ("any parents of young children" is a catch-all of its own.)
      const bool any = hit.first > 0 && (ctx.is(hit.first - 1, "any") || ctx.is(hit.first - 1, "every"));
      if (!any && !named.empty() && std::find(named.begin(), named.end(), head) == named.end()) continue;
      const Span s = ctx.span(hit);
      if (!findings.vague_overlaps(s.start, s.end)) findings.add_internal("vague.broad-target", s);
    }
  }
}

// Text order for spanned findings; whole-pitch findings after them, in rule order.
void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.has_value() != b.span.has_value()) return a.span.has_value();
    if (!a.span) return false;
    return a.span->start != b.span->start ? a.span->start < b.span->start : a.span->end < b.span->end;
  });
}

}  // namespace

Error build_pipeline(Analyzer::Impl& impl) {
  rules::RuleSet::Config config;
  config.builtin = impl.options.builtin_rules;
  // The model's own rules (vague targets it detects, missing parts) are declared as data with examples,
  // like every other rule; they load even when the built-in English pack is switched off.
  config.packs.push_back({"builtin:model/checks.toml", std::string(model::embedded::checks_toml)});
  config.packs.insert(config.packs.end(), impl.options.rule_packs.begin(), impl.options.rule_packs.end());
  config.disabled = impl.options.disabled_rules;
  impl.rules = rules::RuleSet(config);
  if (!impl.rules.ok()) return impl.rules.error();
  return model::load_model_data(impl.data);
}

Report run_pipeline(const Analyzer::Impl& impl, std::string_view utf8, std::string_view id) {
  const Options& options = impl.options;
  const std::string_view input = utf8.substr(0, cut_point(utf8, options.max_input_bytes));
  // The cue lists were tokenised with the same lemmatizer (lexicon::match_lemma), so their lemmas are its answers.
  const text::Document doc =
      text::Document::build(input, rules::RuleSet::lemmatizer(), &impl.data.vocabulary.lemmas());

  Report report;
  report.id = std::string(id);
  add_input_findings(doc, utf8.size(), options.max_input_bytes, report.findings);

  std::vector<rules::Match> matches;
  impl.rules.run(doc, rules::RunContext{options.words_per_minute, options.slot_seconds}, matches);
  FindingBuilder findings(impl.rules, doc, report.findings);
  bool over_slot = false;
  for (const rules::Match& m : matches) {
    findings.add_match(m);
    over_slot = over_slot || report.findings.back().rule == "length.over-slot";
  }

  // Not English: the English pack and model would only produce nonsense levels. Say so and stop here.
  if (text::looks_non_english(doc)) {
    report.findings.push_back({"input.not-english", "input", Severity::note,
                               "this does not look like English, so the English rules and model do not apply",
                               "write the pitch in English, or add a rule pack for its language", {}});
    report.dimensions.length = measure_length(doc, options.words_per_minute);
    report.dimensions.clarity.score = model::clarity_score(report.findings, report.dimensions.length.words);
    report.band = std::string(band_for(report.score));
    sort_findings(report.findings);
    return report;
  }

  const model::Context ctx(doc, impl.data);
  model::TargetResult targets = model::find_targets(ctx);
  model::dissolve_catch_alls(ctx, catch_all_spans(report.findings), targets);
  const model::ProblemResult problem = model::find_problem(ctx);
  const model::OfferResult offer = model::find_offer(ctx, targets);
  model::drop_restated_needs(ctx, offer, targets);
  const model::GiveResult give = model::find_give(ctx);
  const model::IndustryFinding industry = model::find_industry(ctx, targets);
  add_vague_targets(ctx, targets, findings);

  Dimensions& d = report.dimensions;
  d.length = measure_length(doc, options.words_per_minute);
  d.target_client.level = targets.target_level;
  // A broad category swallowed by a range that covers everyone ("from start-ups to multinationals",
  // "any business, any size") describes no one: DESIGN puts such ranges at 0. Waiving the sector alone
  // ("small businesses, doesn't matter what they do") leaves the broad category standing.
  if (d.target_client.level == 1) {
    if (std::any_of(report.findings.begin(), report.findings.end(), covers_everyone)) d.target_client.level = 0;
  }
  if (targets.best_target != nullptr && targets.target_level > 0) {
    const auto& f = targets.best_target->facts;
    d.target_client.evidence.push_back(ctx.span(f.range));
  } else if (targets.target_level == 1 && !targets.broad_mentions.empty()) {
    d.target_client.evidence.push_back(ctx.span(targets.broad_mentions.front()));
  }
  d.ask.level = targets.ask_level;
  if (targets.best_ask != nullptr && targets.ask_level > 0) {
    const model::Mention& ask = *targets.best_ask;
    // A request whose whom came first ("Strata managers — that's the intro I'm after") carries its own span;
    // so does one whose object stands before it ("Cafés in Bath, send them our way"): the span runs from
    // whichever starts first to whichever ends last.
    model::TokenRange whole = ask.cue;
    if (!ask.facts.range.empty()) {
      whole = {std::min(ask.cue.first, ask.facts.range.first), std::max(ask.cue.last, ask.facts.range.last)};
    }
    d.ask.evidence.push_back(ask.evidence.empty() ? ctx.span(whole) : ctx.span(ask.evidence));
  } else if (!targets.non_introduction_asks.empty()) {
    d.ask.evidence.push_back(ctx.span(targets.non_introduction_asks.front()));
  } else {
    // A vague request the phrase packs caught ("any referrals welcome", "send them my way") is an ask,
    // a vague one: DESIGN's ask level 1.
    for (const Finding& f : report.findings) {
      if (f.category != "vague" || !f.span || f.rule.rfind("vague.generic-target", 0) == 0) continue;
      d.ask.level = 1;
      d.ask.evidence.push_back(*f.span);
      break;
    }
  }
  d.industry.level = industry.level;
  d.industry.sectors = industry.sectors;
  d.industry.evidence = spans_of(ctx, industry.evidence);
  d.problem.level = problem.level;
  d.problem.evidence = spans_of(ctx, problem.evidence);
  d.offer.level = offer.level;
  if (!offer.best.empty()) d.offer.evidence.push_back(ctx.span(offer.best));
  d.give.level = give.level;
  if (!give.best.empty()) d.give.evidence.push_back(ctx.span(give.best));
  d.clarity.score = model::clarity_score(report.findings, d.length.words);

  if (!doc.tokens().empty()) {
    for (const model::MissingCheck& check : model::missing_checks(d)) {
      if (check.fires) findings.add_internal(check.id, std::nullopt);
    }
  }

  sort_findings(report.findings);

  const int vague = static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                                   [](const Finding& f) { return f.category == "vague"; }));
  const bool vague_ask = d.ask.level == 1;
  report.score = doc.tokens().empty() ? 0 : model::overall_score(impl.data.weights, d, vague, over_slot, vague_ask);
  report.band = std::string(band_for(report.score));
  report.suggested_rewrite = model::suggested_rewrite(ctx, {targets, problem, offer, give});
  report.offer_summary = offer.summary;
  if (targets.best_target != nullptr && targets.target_level >= 2) {
    for (const model::Mention& m : targets.mentions) {
      if (m.facts.level < 2) continue;
      const auto& f = m.facts;
      report.target.roles.insert(report.target.roles.end(), f.roles.begin(), f.roles.end());
      report.target.places.insert(report.target.places.end(), f.places.begin(), f.places.end());
      report.target.sector_codes.insert(report.target.sector_codes.end(), f.sector_codes.begin(), f.sector_codes.end());
      report.target.names.insert(report.target.names.end(), f.names.begin(), f.names.end());
    }
    for (auto* v : {&report.target.roles, &report.target.places, &report.target.sector_codes, &report.target.names}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  }
  return report;
}

std::vector<RuleInfo> pipeline_rules(const Analyzer::Impl& impl) {
  std::vector<RuleInfo> out;
  for (const rules::Descriptor& d : impl.rules.descriptors()) {
    out.push_back({d.id, std::string(rules::to_string(d.category)), d.severity, d.message, d.suggestion, d.pack,
                   d.triggers, d.clean, d.enabled});
  }
  std::sort(out.begin(), out.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return out;
}

}  // namespace pitchclarity
