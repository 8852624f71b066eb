// rules/rule_set.cpp — compiling packs into one RuleSet, and running it.
#include "rules/rule_set.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <tuple>
#include <unordered_map>

#include "lexicon/lexicon.hpp"
#include "rules/acronym.hpp"
#include "rules/conditions.hpp"
#include "rules/context.hpp"
#include "rules/metric.hpp"
#include "rules/pack.hpp"
#include "rules/phrase.hpp"
#include "rules/regex.hpp"

namespace pitchclarity::rules {

namespace {
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
}  // namespace

struct RuleSet::Compiled {
  struct RegexRule {
    std::uint32_t rule;
    RegexMatcher matcher;
    std::vector<std::string> needs;  // empty: always run
  };
  struct MetricRule {
    std::uint32_t rule;
    Metric metric;
    std::uint32_t max_words;
    Relation relation;
    double fraction;
  };
  struct AcronymRule {
    std::uint32_t rule;
    AcronymMatcher matcher;
  };

  std::vector<Descriptor> descriptors;
  std::vector<std::vector<Condition>> unless;                                         // per rule
  std::vector<std::vector<Condition>> when;                                           // per rule
  std::vector<TokenContext> context;                                                  // per rule
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> names;  // ids and aliases
  PhraseAutomaton phrases;
  std::vector<std::uint32_t> phrase_rules;
  std::vector<RegexRule> regexes;
  std::vector<MetricRule> metrics;
  std::vector<AcronymRule> acronyms;
  std::uint32_t regex_limit = kNoRule;
};

text::Lemmatizer RuleSet::lemmatizer() noexcept { return &lexicon::match_lemma; }

namespace {

class Builder {
 public:
  explicit Builder(RuleSet::Compiled& compiled) : c_(compiled) {}

  bool add_pack(std::string_view name, std::string_view text, Error& error) {
    PackSpec pack;
    if (!load_pack(name, text, pack, error)) return false;
    for (auto& spec : pack.rules) {
      if (!add_rule(pack.name, spec, error)) return false;
    }
    for (const auto& entry : pack.disable) {
      const auto it = c_.names.find(entry.value);
      if (it == c_.names.end()) {
        error = Error{where(name, entry.at), "disable: unknown rule id '" + entry.value + "'"};
        return false;
      }
      c_.descriptors[it->second].enabled = false;
    }
    return true;
  }

 private:
  bool claim(const std::string& name, std::uint32_t index, const std::string& at, Error& error) {
    const auto [it, inserted] = c_.names.emplace(name, index);
    if (inserted) return true;
    const auto& other = c_.descriptors[it->second];
    error = Error{at, "duplicate rule id '" + name + "': already " + (other.id == name ? "defined" : "an alias") +
                          " at " + other.where};
    return false;
  }

  bool add_rule(const std::string& pack, RuleSpec& spec, Error& error) {
    const auto index = static_cast<std::uint32_t>(c_.descriptors.size());
    const std::string rule = "rule '" + spec.id.value + "': ";
    if (!claim(spec.id.value, index, where(pack, spec.id.at), error)) return false;
    for (const auto& alias : spec.aliases) {
      if (!claim(alias.value, index, where(pack, alias.at), error)) return false;
    }

    TokenContext context;
    switch (spec.descriptor.kind) {
      case Kind::phrase: {
        std::vector<std::string_view> phrases;
        for (const auto& phrase : spec.phrases) phrases.emplace_back(phrase.value);
        std::vector<std::vector<std::string>> keys;
        std::string problem;
        const std::size_t bad =
            PhraseAutomaton::keys_of_all(phrases, RuleSet::lemmatizer(), spec.inflect, keys, problem);
        if (bad < phrases.size()) {
          const auto& phrase = spec.phrases[bad];
          error = Error{where(pack, phrase.at), rule + "phrase '" + phrase.value + "': " + problem};
          return false;
        }
        for (const auto& phrase_keys : keys) c_.phrases.add(phrase_keys, spec.inflect, index);
        c_.phrase_rules.push_back(index);
        if (!add_context(pack, spec, rule, context, error)) return false;
        break;
      }
      case Kind::regex: {
        RegexMatcher matcher;
        std::string problem;
        std::size_t offset = 0;
        if (!matcher.compile(spec.pattern.value, problem, offset)) {
          auto at = spec.pattern.at;
          std::string reason = rule + "invalid regex: " + problem;
          if (spec.pattern_quote_width > 0) {
            at.column += spec.pattern_quote_width + static_cast<std::uint32_t>(offset);
          } else {
            reason += " (at code point " + std::to_string(offset) + " of the pattern)";
          }
          error = Error{where(pack, at), reason};
          return false;
        }
        c_.regexes.push_back({index, std::move(matcher), spec.needs});
        break;
      }
      case Kind::metric:
        c_.metrics.push_back({index, spec.metric, spec.max_words, spec.relation, spec.fraction});
        break;
      case Kind::acronym:
        c_.acronyms.push_back({index, AcronymMatcher{std::move(spec.allow)}});
        break;
      case Kind::internal:
        break;
    }
    c_.descriptors.push_back(std::move(spec.descriptor));
    c_.unless.push_back(std::move(spec.unless));
    c_.when.push_back(std::move(spec.when));
    c_.context.push_back(std::move(context));
    return true;
  }

  static bool add_context(const std::string& pack, const RuleSpec& spec, const std::string& rule, TokenContext& context,
                          Error& error) {
    using Side = TokenContext::Side;
    for (const auto& [side, key, list] : {std::tuple{Side::before, "before", &spec.before},
                                          std::tuple{Side::not_before, "not_before", &spec.not_before},
                                          std::tuple{Side::after, "after", &spec.after}}) {
      std::vector<std::string_view> entries;
      for (const auto& entry : *list) entries.emplace_back(entry.value);
      std::string problem;
      const std::size_t bad = context.add(side, entries, problem);
      if (bad < entries.size()) {
        const auto& entry = (*list)[bad];
        error = Error{where(pack, entry.at), rule + key + " '" + entry.value + "': " + problem};
        return false;
      }
    }
    return true;
  }

  RuleSet::Compiled& c_;
};

// Every token's folded form, one a line, for `needs`. Punctuation and symbols keep their case when folded,
// so ASCII capitals are lowered here too: a needed word is then found wherever a case-insensitive pattern
// could match it.
std::string folded_words(const text::Document& doc) {
  std::string out;
  for (const text::Token& t : doc.tokens()) {
    for (const char ch : t.folded) out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    out += '\n';
  }
  return out;
}

// The tokens overlapping bytes [start, end).
TokenRange tokens_covering(const text::Document& doc, std::uint32_t start, std::uint32_t end) {
  const auto tokens = doc.tokens();
  const auto first =
      std::partition_point(tokens.begin(), tokens.end(), [&](const text::Token& t) { return t.end <= start; });
  const auto last = std::partition_point(first, tokens.end(), [&](const text::Token& t) { return t.start < end; });
  return {static_cast<std::uint32_t>(first - tokens.begin()), static_cast<std::uint32_t>(last - tokens.begin())};
}

std::string format_number(double value) {
  char buffer[32];
  const bool whole = std::abs(value - std::round(value)) < 0.05;
  std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.1f", value);
  return buffer;
}

}  // namespace

RuleSet::RuleSet() : compiled_(std::make_shared<Compiled>()) {}

RuleSet::RuleSet(const Config& config) {
  auto compiled = std::make_shared<Compiled>();
  Builder builder{*compiled};
  if (config.builtin) {
    for (const auto& pack : builtin_packs()) {
      if (!builder.add_pack(pack.name, pack.text, error_)) return;
    }
  }
  for (const auto& pack : config.packs) {
    if (!builder.add_pack(pack.name, pack.text, error_)) return;
  }

  Descriptor limit;
  limit.id = std::string{kRegexLimitId};
  limit.category = Category::rules;
  limit.severity = Severity::note;
  limit.kind = Kind::internal;
  limit.message = "Rule {rule} stopped early on this text: its pattern needed too much backtracking.";
  limit.suggestion = "Simplify the pattern of {rule}: avoid nested repetition such as (a+)+.";
  limit.pack = "builtin";
  limit.where = "builtin";
  limit.whole_text = true;
  compiled->regex_limit = static_cast<std::uint32_t>(compiled->descriptors.size());
  compiled->names.emplace(limit.id, compiled->regex_limit);
  compiled->descriptors.push_back(std::move(limit));
  compiled->unless.emplace_back();
  compiled->when.emplace_back();
  compiled->context.emplace_back();

  for (const auto& id : config.disabled) {
    const auto it = compiled->names.find(id);
    if (it == compiled->names.end()) {
      error_ = Error{{}, "cannot disable unknown rule id '" + id + "'"};
      return;
    }
    compiled->descriptors[it->second].enabled = false;
  }
  compiled_ = std::move(compiled);
}

std::span<const Descriptor> RuleSet::descriptors() const noexcept {
  if (!compiled_) return {};
  return compiled_->descriptors;
}

std::optional<std::uint32_t> RuleSet::find(std::string_view id_or_alias) const noexcept {
  if (!compiled_) return std::nullopt;
  const auto it = compiled_->names.find(id_or_alias);
  if (it == compiled_->names.end()) return std::nullopt;
  return it->second;
}

void RuleSet::run(const text::Document& doc, const RunContext& context, std::vector<Match>& out) const {
  run_impl(doc, context, out, kNoRule);
}

void RuleSet::run_impl(const text::Document& doc, const RunContext& context, std::vector<Match>& out,
                       std::uint32_t force) const {
  if (!compiled_) return;
  const auto& c = *compiled_;
  const auto tokens = doc.tokens();
  const auto active = [&](std::uint32_t rule) { return rule == force || c.descriptors[rule].enabled; };
  std::optional<TextFacts> facts;  // learnt at the first condition asked
  const auto quiet = [&](std::uint32_t rule, TokenRange range) {
    return std::any_of(c.unless[rule].begin(), c.unless[rule].end(), [&](Condition condition) {
      if (!facts) facts = text_facts(doc);
      return holds(condition, doc, range, &*facts);
    });
  };
  // A phrase hit counts only in the rule's context and when its `when` conditions hold.
  const auto fits = [&](std::uint32_t rule, TokenRange range) {
    if (!c.context[rule].fits(tokens, range.first, range.last)) return false;
    return std::all_of(c.when[rule].begin(), c.when[rule].end(), [&](Condition condition) {
      if (!facts) facts = text_facts(doc);
      return holds(condition, doc, range, &*facts);
    });
  };
  const auto base = static_cast<std::ptrdiff_t>(out.size());
  std::vector<Match> whole;

  if (std::any_of(c.phrase_rules.begin(), c.phrase_rules.end(), active)) {
    std::vector<PhraseAutomaton::Hit> hits;
    c.phrases.find(doc, hits);
    for (const auto& hit : hits) {
      if (!active(hit.rule) || !fits(hit.rule, {hit.first, hit.last}) || quiet(hit.rule, {hit.first, hit.last}))
        continue;
      out.push_back({hit.rule, tokens[hit.first].start, tokens[hit.last - 1].end});
    }
  }

  for (const auto& rule : c.acronyms) {
    if (!active(rule.rule)) continue;
    std::vector<AcronymMatcher::Hit> hits;
    rule.matcher.find(doc, hits);
    for (const auto& hit : hits) {
      if (!quiet(rule.rule, {hit.token, hit.token + 1})) out.push_back({rule.rule, hit.start, hit.end});
    }
  }

  if (std::any_of(c.regexes.begin(), c.regexes.end(), [&](const auto& r) { return active(r.rule); })) {
    // A rule's `needs` skips Boost on texts where the pattern cannot match (the regexes were 8% of an
    // analysis's instructions). On the standard corpus, where 81% of pitches say "know" and half "kind" or
    // "sort", it saves little (rules about 26.5 -> 25.7 us a pitch); the number rules almost always skip.
    const std::string words = folded_words(doc);
    const auto has_needed_word = [&](const std::vector<std::string>& needs) {
      return needs.empty() || std::any_of(needs.begin(), needs.end(),
                                          [&](const std::string& w) { return words.find(w) != std::string::npos; });
    };
    Utf32Text text;
    bool text_ready = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    for (const auto& rule : c.regexes) {
      if (!active(rule.rule) || !has_needed_word(rule.needs)) continue;
      if (!text_ready) {
        text.assign(doc.normalized());
        text_ready = true;
      }
      ranges.clear();
      const bool finished = rule.matcher.find(text, ranges);
      for (const auto& [from, to] : ranges) {
        const auto [start, end] = text.bytes(doc, from, to);
        if (end <= start || quiet(rule.rule, tokens_covering(doc, start, end))) continue;
        out.push_back({rule.rule, start, end});
      }
      if (!finished && active(c.regex_limit)) whole.push_back({c.regex_limit, 0, 0, false, rule.rule, 0.0, 0.0});
    }
  }

  for (const auto& rule : c.metrics) {
    if (!active(rule.rule)) continue;
    if (rule.metric == Metric::sentence_words) {
      for (const auto& s : doc.sentences()) {
        if (s.first_token >= s.last_token) continue;
        const auto words = count_words(doc, s.first_token, s.last_token);
        if (words > rule.max_words) {
          out.push_back({rule.rule, tokens[s.first_token].start, tokens[s.last_token - 1].end, true, kNoRule,
                         static_cast<double>(words), static_cast<double>(rule.max_words)});
        }
      }
      continue;
    }
    const auto words = count_words(doc, 0, static_cast<std::uint32_t>(tokens.size()));
    const double seconds = speaking_seconds(words, context.words_per_minute);
    const double limit = rule.fraction * context.slot_seconds;
    const bool fires = rule.relation == Relation::over_slot ? seconds > limit : (words > 0 && seconds < limit);
    if (fires) whole.push_back({rule.rule, 0, 0, false, kNoRule, seconds, context.slot_seconds});
  }

  // Within a category findings never overlap: of overlapping matches the earliest, then the longest, then
  // the first-loaded rule stays ("if you know anyone" is reported once, not also as "anyone").
  const auto first = out.begin() + base;
  std::sort(first, out.end(), [](const Match& a, const Match& b) {
    return std::tie(a.start, b.end, a.rule) < std::tie(b.start, a.end, b.rule);
  });
  std::array<std::uint32_t, kCategoryCount> reach{};  // end of the last kept match per category
  auto kept = first;
  for (auto it = first; it != out.end(); ++it) {
    auto& end = reach[static_cast<std::size_t>(c.descriptors[it->rule].category)];
    if (it->start < end) continue;
    end = it->end;
    *kept++ = *it;
  }
  out.erase(kept, out.end());
  std::sort(first, out.end(), [](const Match& a, const Match& b) {
    return std::tie(a.start, a.end, a.rule) < std::tie(b.start, b.end, b.rule);
  });
  std::sort(whole.begin(), whole.end(),
            [](const Match& a, const Match& b) { return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject); });
  out.insert(out.end(), whole.begin(), whole.end());
}

std::string fill_placeholders(std::string_view templ, std::string_view match, double value, double limit,
                              std::string_view rule) {
  std::string out;
  out.reserve(templ.size() + match.size());
  for (std::size_t i = 0; i < templ.size(); ++i) {
    const char ch = templ[i];
    if ((ch == '{' || ch == '}') && i + 1 < templ.size() && templ[i + 1] == ch) {
      out += ch;
      ++i;
      continue;
    }
    const auto close = ch == '{' ? templ.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += ch;
      continue;
    }
    const auto name = templ.substr(i + 1, close - i - 1);
    if (name == "match") {
      out += match;
    } else if (name == "value") {
      out += format_number(value);
    } else if (name == "limit") {
      out += format_number(limit);
    } else if (name == "rule") {
      out += rule;
    } else {
      out += templ.substr(i, close - i + 1);
    }
    i = close;
  }
  return out;
}

namespace {

std::string_view matched_text(const Match& match, const text::Document& doc) {
  if (!match.has_span || match.end > doc.original().size() || match.start > match.end) return {};
  return doc.original().substr(match.start, match.end - match.start);
}

}  // namespace

std::string RuleSet::message(const Match& match, const text::Document& doc) const {
  const auto all = descriptors();
  const std::string_view subject = match.subject < all.size() ? std::string_view{all[match.subject].id} : "";
  return fill_placeholders(all[match.rule].message, matched_text(match, doc), match.value, match.limit, subject);
}

std::string RuleSet::suggestion(const Match& match, const text::Document& doc) const {
  const auto all = descriptors();
  const std::string_view subject = match.subject < all.size() ? std::string_view{all[match.subject].id} : "";
  return fill_placeholders(all[match.rule].suggestion, matched_text(match, doc), match.value, match.limit, subject);
}

}  // namespace pitchclarity::rules
