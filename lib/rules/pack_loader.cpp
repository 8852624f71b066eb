// rules/pack_loader.cpp — TOML rule pack → RuleSpecs, with every shape error at file:line:col.
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "rules/examples.hpp"
#include "rules/pack.hpp"

namespace pitchclarity::rules {

namespace {

using namespace std::string_view_literals;

constexpr std::array kCommonKeys = {"id"sv,   "category"sv, "severity"sv, "message"sv, "suggestion"sv,
                                    "kind"sv, "unless"sv,   "examples"sv, "aliases"sv};
constexpr std::array kPhraseKeys = {"phrases"sv, "inflect"sv, "before"sv, "not_before"sv, "after"sv, "when"sv};
constexpr std::array kRegexKeys = {"pattern"sv, "needs"sv};
constexpr std::array kMetricKeys = {"metric"sv, "max"sv, "relation"sv, "fraction"sv};
constexpr std::array kAcronymKeys = {"allow"sv};
constexpr std::array kExampleKeys = {"trigger"sv, "clean"sv, "false_positive"sv, "words_per_minute"sv,
                                     "slot_seconds"sv};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

template <std::size_t N>
std::string join(const std::array<std::string_view, N>& keys) {
  std::string out;
  for (auto key : keys) {
    if (!out.empty()) out += ", ";
    out += key;
  }
  return out;
}

SourcePos pos(const toml::source_region& region) { return {region.begin.line, region.begin.column}; }

class Loader {
 public:
  Loader(std::string_view name, std::string_view text, Error& error) : name_(name), text_(text), error_(error) {}

  bool load(PackSpec& out) {
    out.name = std::string{name_};
    toml::table root;
    try {
      root = toml::parse(text_, name_);
    } catch (const toml::parse_error& e) {
      return fail(pos(e.source()), std::string{e.description()});
    }
    for (auto&& [key, node] : root) {
      if (key.str() == "rule") {
        const auto* rules = node.as_array();
        if (rules == nullptr || !rules->is_array_of_tables())
          return fail(pos(node.source()), "'rule' must be an array of tables: write each rule as [[rule]]");
        for (const auto& element : *rules) {
          RuleSpec spec;
          if (!load_rule(*element.as_table(), spec)) return false;
          out.rules.push_back(std::move(spec));
        }
      } else if (key.str() == "disable") {
        if (!strings(node, "disable", out.disable)) return false;
      } else {
        return fail(pos(key.source()), "unknown top-level key '" + std::string{key.str()} +
                                           "' (a pack holds [[rule]] tables and an optional 'disable' list)");
      }
    }
    return true;
  }

 private:
  bool fail(SourcePos at, std::string reason) {
    error_ = Error{where(name_, at), std::move(reason)};
    return false;
  }

  bool string(const toml::node& node, std::string_view key, Located<std::string>& out) {
    const auto* value = node.as_string();
    if (value == nullptr) return fail(pos(node.source()), "'" + std::string{key} + "' must be a string");
    out.value = value->get();
    out.at = pos(node.source());
    return true;
  }

  bool strings(const toml::node& node, std::string_view key, std::vector<Located<std::string>>& out) {
    const auto* array = node.as_array();
    if (array == nullptr) return fail(pos(node.source()), "'" + std::string{key} + "' must be a list of strings");
    for (const auto& element : *array) {
      Located<std::string> item;
      if (!string(element, key, item)) return false;
      out.push_back(std::move(item));
    }
    return true;
  }

  bool number(const toml::node& node, std::string_view key, double& out) {
    if (const auto* f = node.as_floating_point()) {
      out = f->get();
    } else if (const auto* i = node.as_integer()) {
      out = static_cast<double>(i->get());
    } else {
      return fail(pos(node.source()), "'" + std::string{key} + "' must be a number");
    }
    return true;
  }

  // Whether the string value at `at` is written as a one-line literal string ('…'), whose characters
  // map one to one onto columns.
  bool literal_string_at(SourcePos at) const {
    std::size_t offset = 0;
    for (std::uint32_t line = 1; line < at.line; ++line) {
      offset = text_.find('\n', offset);
      if (offset == std::string_view::npos) return false;
      ++offset;
    }
    for (std::uint32_t col = 1; col < at.column && offset < text_.size(); ++offset) {
      if ((static_cast<unsigned char>(text_[offset]) & 0xC0) != 0x80) ++col;
    }
    while (offset < text_.size() && (static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80) ++offset;
    return text_.substr(offset, 1) == "'" && text_.substr(offset, 3) != "'''";
  }

  bool load_rule(const toml::table& table, RuleSpec& spec) {
    spec.at = pos(table.source());
    auto& d = spec.descriptor;
    d.pack = std::string{name_};
    d.where = where(name_, spec.at);

    const auto* id_node = table.get("id");
    if (id_node == nullptr) return fail(spec.at, "rule has no 'id'");
    if (!string(*id_node, "id", spec.id)) return false;
    d.id = spec.id.value;
    const std::string rule = "rule '" + d.id + "': ";
    if (!valid_rule_id(d.id))
      return fail(spec.id.at, rule + "an id is 'category.name' in lower case letters, digits and single hyphens");

    for (auto name : {"category"sv, "severity"sv, "message"sv, "suggestion"sv, "kind"sv, "examples"sv}) {
      if (table.get(name) == nullptr) return fail(spec.at, rule + "missing '" + std::string{name} + "'");
    }

    Located<std::string> kind;
    if (!string(*table.get("kind"), "kind", kind)) return false;
    std::span<const std::string_view> kind_keys;
    if (kind.value == "phrase") {
      d.kind = Kind::phrase;
      kind_keys = kPhraseKeys;
    } else if (kind.value == "regex") {
      d.kind = Kind::regex;
      kind_keys = kRegexKeys;
    } else if (kind.value == "metric") {
      d.kind = Kind::metric;
      kind_keys = kMetricKeys;
    } else if (kind.value == "acronym") {
      d.kind = Kind::acronym;
      kind_keys = kAcronymKeys;
    } else if (kind.value == "internal") {
      d.kind = Kind::internal;  // matched by C++ elsewhere; no matcher keys
    } else {
      return fail(kind.at,
                  rule + "unknown kind '" + kind.value + "' (known: phrase, regex, metric, acronym, internal)");
    }

    for (auto&& [key, node] : table) {
      const auto k = key.str();
      if (contains(kCommonKeys, k) || std::find(kind_keys.begin(), kind_keys.end(), k) != kind_keys.end()) continue;
      std::string known = join(kCommonKeys);
      for (auto name : kind_keys) known += ", " + std::string{name};
      return fail(pos(key.source()),
                  rule + "unknown key '" + std::string{k} + "' (a " + kind.value + " rule takes " + known + ")");
    }

    Located<std::string> category;
    if (!string(*table.get("category"), "category", category)) return false;
    const auto parsed_category = parse_category(category.value);
    if (!parsed_category)
      return fail(category.at, rule + "unknown category '" + category.value +
                                   "' (known: vague, missing, jargon, hedge, filler, acronym, sentence, length)");
    d.category = *parsed_category;
    if (d.id.substr(0, d.id.find('.')) != category.value)
      return fail(spec.id.at, rule + "the id must start with its category, '" + category.value + ".'");

    Located<std::string> severity;
    if (!string(*table.get("severity"), "severity", severity)) return false;
    if (severity.value == "error") {
      d.severity = Severity::error;
    } else if (severity.value == "warning") {
      d.severity = Severity::warning;
    } else if (severity.value == "note") {
      d.severity = Severity::note;
    } else {
      return fail(severity.at, rule + "unknown severity '" + severity.value + "' (known: error, warning, note)");
    }

    if (!load_kind(table, spec, rule)) return false;
    if (d.kind == Kind::internal) {
      // Spanned or whole-text is for the C++ that matches it to say; the trigger examples show which.
      d.whole_text = whole_text_examples(table);
    }

    const bool spanned = !d.whole_text;
    const bool metric = d.kind == Kind::metric;
    for (auto name : {"message"sv, "suggestion"sv}) {
      Located<std::string> value;
      if (!string(*table.get(name), name, value)) return false;
      if (value.value.empty()) return fail(value.at, rule + "'" + std::string{name} + "' is empty");
      std::string problem;
      if (!check_placeholders(value.value, spanned, metric, problem))
        return fail(value.at, rule + std::string{name} + ": " + problem);
      (name == "message" ? d.message : d.suggestion) = std::move(value.value);
    }

    if (const auto* node = table.get("aliases")) {
      if (!strings(*node, "aliases", spec.aliases)) return false;
      for (const auto& alias : spec.aliases) {
        if (!valid_rule_id(alias.value)) return fail(alias.at, rule + "alias '" + alias.value + "' is not a valid id");
        d.aliases.push_back(alias.value);
      }
    }

    if (const auto* node = table.get("unless")) {
      if (d.kind == Kind::metric || d.kind == Kind::internal)
        return fail(pos(node->source()), rule + std::string{to_string(d.kind)} + " rules take no 'unless'");
      if (!conditions(*node, "unless", spec.unless, rule)) return false;
    }

    return load_examples(*table.get("examples"), spec, rule);
  }

  bool conditions(const toml::node& node, std::string_view key, std::vector<Condition>& out, const std::string& rule) {
    std::vector<Located<std::string>> names;
    if (!strings(node, key, names)) return false;
    for (const auto& name : names) {
      const auto condition = parse_condition(name.value);
      if (!condition)
        return fail(name.at, rule + "unknown condition '" + name.value + "' (known: " + condition_names() + ")");
      out.push_back(*condition);
    }
    return true;
  }

  // For internal rules: true when the first trigger example has no [brackets].
  static bool whole_text_examples(const toml::table& table) {
    const auto* examples = table.get_as<toml::table>("examples");
    const auto* triggers = examples ? examples->get_as<toml::array>("trigger") : nullptr;
    const auto* first = triggers && !triggers->empty() ? triggers->get_as<std::string>(0) : nullptr;
    if (first == nullptr) return false;
    ParsedExample parsed;
    std::string problem;
    return parse_example(first->get(), parsed, problem) && parsed.spans.empty();
  }

  bool load_kind(const toml::table& table, RuleSpec& spec, const std::string& rule) {
    auto& d = spec.descriptor;
    switch (d.kind) {
      case Kind::phrase: {
        const auto* node = table.get("phrases");
        if (node == nullptr) return fail(spec.at, rule + "a phrase rule needs 'phrases'");
        if (!strings(*node, "phrases", spec.phrases)) return false;
        if (spec.phrases.empty()) return fail(pos(node->source()), rule + "'phrases' is empty");
        for (const auto& phrase : spec.phrases) {
          if (phrase.value.find_first_not_of(" \t") == std::string::npos) return fail(phrase.at, rule + "empty phrase");
        }
        if (const auto* inflect = table.get("inflect")) {
          const auto* flag = inflect->as_boolean();
          if (flag == nullptr) return fail(pos(inflect->source()), rule + "'inflect' must be true or false");
          spec.inflect = flag->get();
        }
        for (auto [key, list] : {std::pair{"before"sv, &spec.before}, std::pair{"not_before"sv, &spec.not_before},
                                 std::pair{"after"sv, &spec.after}}) {
          const auto* context = table.get(key);
          if (context == nullptr) continue;
          if (!strings(*context, key, *list)) return false;
          if (list->empty()) return fail(pos(context->source()), rule + "'" + std::string{key} + "' is empty");
        }
        if (const auto* when = table.get("when")) return conditions(*when, "when", spec.when, rule);
        return true;
      }
      case Kind::regex: {
        const auto* node = table.get("pattern");
        if (node == nullptr) return fail(spec.at, rule + "a regex rule needs 'pattern'");
        if (!string(*node, "pattern", spec.pattern)) return false;
        if (spec.pattern.value.empty()) return fail(spec.pattern.at, rule + "'pattern' is empty");
        spec.pattern_quote_width = literal_string_at(spec.pattern.at) ? 1 : 0;
        if (const auto* needs = table.get("needs")) {
          std::vector<Located<std::string>> words;
          if (!strings(*needs, "needs", words)) return false;
          if (words.empty()) return fail(pos(needs->source()), rule + "'needs' is empty");
          for (auto& word : words) {
            // Matched against case-folded tokens, which hold no spaces and no capitals.
            const auto& v = word.value;
            const bool plain = !v.empty() && std::none_of(v.begin(), v.end(), [](char c) {
              return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 'A' && c <= 'Z');
            });
            if (!plain) return fail(word.at, rule + "'" + v + "' in 'needs' is not one lower-case word");
            spec.needs.push_back(std::move(word.value));
          }
        }
        return true;
      }
      case Kind::metric:
        return load_metric(table, spec, rule);
      case Kind::acronym: {
        if (const auto* node = table.get("allow")) {
          std::vector<Located<std::string>> allow;
          if (!strings(*node, "allow", allow)) return false;
          for (auto& entry : allow) {
            const auto& v = entry.value;
            const bool caps = v.size() >= 2 && v.size() <= 6 &&
                              std::all_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!caps) return fail(entry.at, rule + "'" + v + "' in 'allow' is not 2–6 capital letters A–Z");
            spec.allow.push_back(std::move(entry.value));
          }
        }
        return true;
      }
      case Kind::internal:
        break;
    }
    return true;
  }

  bool load_metric(const toml::table& table, RuleSpec& spec, const std::string& rule) {
    const auto* metric_node = table.get("metric");
    if (metric_node == nullptr) return fail(spec.at, rule + "a metric rule needs 'metric'");
    Located<std::string> metric;
    if (!string(*metric_node, "metric", metric)) return false;
    const auto* max = table.get("max");
    const auto* relation = table.get("relation");
    const auto* fraction = table.get("fraction");
    if (metric.value == "sentence-words") {
      spec.metric = Metric::sentence_words;
      if (max == nullptr) return fail(spec.at, rule + "metric 'sentence-words' needs 'max'");
      const auto* value = max->as_integer();
      if (value == nullptr || value->get() < 1 || value->get() > 10000)
        return fail(pos(max->source()), rule + "'max' must be a whole number of words from 1 to 10000");
      spec.max_words = static_cast<std::uint32_t>(value->get());
      if (relation != nullptr) return fail(pos(relation->source()), rule + "'relation' is for speaking-seconds");
      if (fraction != nullptr) return fail(pos(fraction->source()), rule + "'fraction' is for speaking-seconds");
      return true;
    }
    if (metric.value != "speaking-seconds")
      return fail(metric.at, rule + "unknown metric '" + metric.value + "' (known: sentence-words, speaking-seconds)");
    spec.metric = Metric::speaking_seconds;
    spec.descriptor.whole_text = true;
    if (max != nullptr) return fail(pos(max->source()), rule + "'max' is for sentence-words");
    if (relation == nullptr) return fail(spec.at, rule + "metric 'speaking-seconds' needs 'relation'");
    Located<std::string> rel;
    if (!string(*relation, "relation", rel)) return false;
    if (rel.value == "over-slot") {
      spec.relation = Relation::over_slot;
      spec.fraction = 1.0;
    } else if (rel.value == "under-slot") {
      spec.relation = Relation::under_slot;
      if (fraction == nullptr)
        return fail(spec.at, rule + "'under-slot' needs 'fraction' (e.g. 0.5: under half the slot)");
    } else {
      return fail(rel.at, rule + "unknown relation '" + rel.value + "' (known: over-slot, under-slot)");
    }
    if (fraction != nullptr) {
      if (!number(*fraction, "fraction", spec.fraction)) return false;
      if (!(spec.fraction > 0.0 && spec.fraction <= 10.0))
        return fail(pos(fraction->source()), rule + "'fraction' must be above 0 and at most 10");
    }
    return true;
  }

  bool load_examples(const toml::node& node, RuleSpec& spec, const std::string& rule) {
    auto& d = spec.descriptor;
    const auto* table = node.as_table();
    if (table == nullptr)
      return fail(pos(node.source()), rule + "'examples' must be a table with 'trigger' and 'clean' lists");
    for (auto&& [key, value] : *table) {
      if (!contains(kExampleKeys, key.str()))
        return fail(pos(key.source()),
                    rule + "unknown key 'examples." + std::string{key.str()} + "' (known: " + join(kExampleKeys) + ")");
    }
    const auto* trigger = table->get("trigger");
    const auto* clean = table->get("clean");
    if (trigger == nullptr) return fail(pos(node.source()), rule + "needs at least one 'examples.trigger'");
    if (clean == nullptr) return fail(pos(node.source()), rule + "needs at least one 'examples.clean'");

    const auto add = [&](const toml::node* list, std::string_view key, bool spans_expected,
                         std::vector<std::string>& out) {
      std::vector<Located<std::string>> items;
      if (list == nullptr) return true;
      if (!strings(*list, key, items)) return false;
      for (auto& item : items) {
        ParsedExample parsed;
        std::string problem;
        if (!parse_example(item.value, parsed, problem)) return fail(item.at, rule + "example: " + problem);
        if (spans_expected && parsed.spans.empty())
          return fail(item.at, rule + "a trigger example marks the expected span with [brackets]");
        if (!spans_expected && !parsed.spans.empty())
          return fail(item.at, rule + (key == "clean" ? "a clean example has no [brackets]"
                                                      : "this rule's findings have no span: drop the [brackets]"));
        out.push_back(std::move(item.value));
      }
      return true;
    };
    const bool spanned = !d.whole_text;
    if (!add(trigger, "trigger", spanned, d.triggers)) return false;
    if (!add(clean, "clean", false, d.clean)) return false;
    if (!add(table->get("false_positive"), "false_positive", spanned, d.false_positives)) return false;
    if (d.triggers.empty()) return fail(pos(trigger->source()), rule + "needs at least one 'examples.trigger'");
    if (d.clean.empty()) return fail(pos(clean->source()), rule + "needs at least one 'examples.clean'");

    for (auto [key, target] : {std::pair{"words_per_minute"sv, &d.example_words_per_minute},
                               std::pair{"slot_seconds"sv, &d.example_slot_seconds}}) {
      if (const auto* value = table->get(key)) {
        if (!number(*value, key, *target)) return false;
        if (!(*target > 0.0) || !std::isfinite(*target))
          return fail(pos(value->source()), rule + "'examples." + std::string{key} + "' must be above 0");
      }
    }
    return true;
  }

  std::string_view name_;
  std::string_view text_;
  Error& error_;
};

}  // namespace

bool load_pack(std::string_view name, std::string_view text, PackSpec& out, Error& error) {
  return Loader{name, text, error}.load(out);
}

}  // namespace pitchclarity::rules
