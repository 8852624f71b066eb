// The rules engine and the default English pack: every example of every rule, the rule metadata, and the
// behaviours the issue asks for (vague asks flagged, niches and quotations not, runaway regexes bounded).
#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "rules/examples.hpp"
#include "rules/rule_set.hpp"
#include "text/document.hpp"

namespace rules = pitchclarity::rules;
namespace text = pitchclarity::text;

namespace {

const rules::RuleSet& builtin() {
  static const rules::RuleSet set{rules::RuleSet::Config{}};
  return set;
}

// Calls `fn` with the TOML table of every rule of every shipped pack, as written (before loading).
template <typename Fn>
void for_each_shipped_rule(Fn&& fn) {
  for (const auto& pack : rules::builtin_packs()) {
    const auto root = toml::parse(pack.text, pack.name);
    for (const auto& node : *root["rule"].as_array()) fn(*node.as_table());
  }
}

struct Hit {
  std::string rule;
  std::string text;
};

// The matches of `set` on `pitch`, as (rule id, matched text); whole-text matches give empty text.
std::vector<Hit> hits(const rules::RuleSet& set, std::string_view pitch, rules::RunContext context = {}) {
  const auto doc = text::Document::build(pitch, rules::RuleSet::lemmatizer());
  std::vector<rules::Match> matches;
  set.run(doc, context, matches);
  std::vector<Hit> out;
  for (const auto& m : matches) {
    out.push_back({set.descriptor(m.rule).id, m.has_span ? std::string{pitch.substr(m.start, m.end - m.start)} : ""});
  }
  return out;
}

std::vector<Hit> of_category(const std::vector<Hit>& all, std::string_view category) {
  std::vector<Hit> out;
  for (const auto& h : all) {
    if (h.rule.rfind(std::string{category} + ".", 0) == 0) out.push_back(h);
  }
  return out;
}

std::string describe(const std::vector<Hit>& all) {
  std::string out;
  for (const auto& h : all) out += "\n  " + h.rule + " [" + h.text + "]";
  return out.empty() ? " (none)" : out;
}

}  // namespace

TEST_CASE("rules: every example of every shipped rule behaves") {
  const auto& set = builtin();
  REQUIRE_MESSAGE(set.ok(), set.error().where() << ": " << set.error().reason());
  std::size_t rules_checked = 0;
  std::size_t examples = 0;
  for (const auto& d : set.descriptors()) {
    if (d.kind == rules::Kind::internal) continue;
    ++rules_checked;
    examples += d.triggers.size() + d.clean.size() + d.false_positives.size();
    CHECK_MESSAGE(!d.triggers.empty(), d.id << " has no trigger example");
    CHECK_MESSAGE(!d.clean.empty(), d.id << " has no clean example");
  }
  const auto failures = rules::verify_examples(set);
  for (const auto& f : failures) {
    FAIL_CHECK(f.rule << ": " << f.problem << std::string{f.example.empty() ? "" : "\n    example: "} << f.example);
  }
  MESSAGE(rules_checked << " rules, " << examples << " examples checked, " << failures.size() << " failures");
  CHECK(rules_checked >= 30);
}

TEST_CASE("rules: examples are checked even for a disabled rule, and each kind of bad example fails") {
  rules::RuleSet::Config config;
  config.builtin = false;
  config.packs.push_back({"user.toml", R"(
[[rule]]
id = "jargon.widget"
category = "jargon"
severity = "note"
kind = "phrase"
phrases = ["widget"]
message = "'{match}' is vague"
suggestion = "Name the part"
examples.trigger = ["We sell [widgets].", "We sell [gadgets]."]
examples.clean = ["We sell bolts.", "We sell widgets."]
examples.false_positive = ["A [widget] is fine here.", "A [gizmo] is fine here."]
)"});
  config.disabled = {"jargon.widget"};
  const rules::RuleSet set{config};
  REQUIRE(set.ok());
  const auto failures = rules::verify_examples(set);
  REQUIRE(failures.size() == 3);
  CHECK(failures[0].example == "We sell [gadgets].");
  CHECK(failures[0].problem.find("got nothing") != std::string::npos);
  CHECK(failures[1].example == "We sell widgets.");
  CHECK(failures[1].problem.find("[widgets]") != std::string::npos);
  CHECK(failures[2].example == "A [gizmo] is fine here.");
  CHECK(failures[2].problem.find("move it to 'clean'") != std::string::npos);
}

TEST_CASE("rules: metadata of the shipped packs") {
  const auto& set = builtin();
  REQUIRE(set.ok());
  const std::set<std::string> categories = {"vague", "jargon", "hedge", "filler", "acronym", "sentence", "length"};
  std::set<std::string> names;
  std::map<std::string, int> per_category;
  for (const auto& d : set.descriptors()) {
    if (d.kind == rules::Kind::internal) continue;
    const auto category = std::string{rules::to_string(d.category)};
    CAPTURE(d.id);
    CHECK(categories.count(category) == 1);
    CHECK(d.id.rfind(category + ".", 0) == 0);
    CHECK(names.insert(d.id).second);
    for (const auto& alias : d.aliases) CHECK(names.insert(alias).second);
    CHECK((d.severity == pitchclarity::Severity::error || d.severity == pitchclarity::Severity::warning ||
           d.severity == pitchclarity::Severity::note));
    CHECK(!d.message.empty());
    CHECK(!d.suggestion.empty());
    CHECK(d.pack.rfind("en/", 0) == 0);
    CHECK(d.where.rfind(d.pack + ":", 0) == 0);
    CHECK(d.enabled);
    ++per_category[category];
  }
  for (const auto& category : categories) CHECK_MESSAGE(per_category[category] >= 1, "no rule in " << category);

  // Entry counts (a phrase is one entry, a pattern one), straight from the embedded TOML.
  std::map<std::string, std::size_t> entries;
  for_each_shipped_rule([&](const toml::table& rule) {
    const auto category = rule["category"].value_or(std::string{});
    if (const auto* phrases = rule["phrases"].as_array()) {
      entries[category] += phrases->size();
    } else {
      entries[category] += 1;
    }
  });
  std::string summary;
  for (const auto& [category, count] : entries) {
    summary += " " + category + "=" + std::to_string(count) + " (" + std::to_string(per_category[category]) + " rules)";
  }
  MESSAGE("entries per category:" << summary);
  CHECK(entries["vague"] >= 40);
  CHECK(entries["jargon"] >= 80);

  // The engine's own note is a descriptor too, so --list-rules shows it and --disable accepts it.
  const auto limit = set.find(rules::RuleSet::kRegexLimitId);
  REQUIRE(limit);
  CHECK(set.descriptor(*limit).category == rules::Category::rules);
  CHECK(set.descriptor(*limit).severity == pitchclarity::Severity::note);
}

TEST_CASE("rules: 'I want paying clients' is flagged, in every spelling") {
  const auto& set = builtin();
  for (const auto* pitch : {"I want paying clients.", "I want paying client work.", "I want Paying-Clients.",
                            "I want PAYING CLIENTS!", "I want paying\u2011clients."}) {
    CAPTURE(pitch);
    const auto vague = of_category(hits(set, pitch), "vague");
    REQUIRE_MESSAGE(vague.size() == 1, describe(vague));
    CHECK(vague[0].rule == "vague.paying-clients");
  }
  const auto vague = of_category(hits(set, "I want paying clients."), "vague");
  CHECK(vague[0].text == "paying clients");
  // Never inside another word or a hyphenated compound.
  CHECK(of_category(hits(set, "I want prepaying clients."), "vague").empty());
  CHECK(of_category(hits(set, "I want non-paying clients."), "vague").empty());
}

TEST_CASE("rules: a generic word narrowed to a niche is not vague") {
  const auto& set = builtin();
  for (const auto* pitch :
       {"I help anyone who runs a dental practice in Leeds.", "anyone who runs a dental practice in Leeds",
        "If you know anyone who runs a care home in Kent, I'd love an introduction.",
        "I want paying clients who run care homes in Kent."}) {
    CAPTURE(pitch);
    const auto vague = of_category(hits(set, pitch), "vague");
    CHECK_MESSAGE(vague.empty(), describe(vague));
  }
  // …but a clause that only restates the product narrows nothing.
  const auto vague = of_category(hits(set, "I help anyone who needs a website."), "vague");
  REQUIRE_MESSAGE(vague.size() == 1, describe(vague));
  CHECK(vague[0].rule == "vague.anyone-who-needs");
}

TEST_CASE("rules: vague phrases quoted from others, negated, to the room or outside the ask stay quiet") {
  const auto& set = builtin();
  for (const auto* pitch : {
           "People always tell me \u201Cany business\u201D is a target. It isn't.",
           "My last coach said 'anyone who needs a website' was fine; it wasn't.",
           "I don't work for just anyone.",
           "If anyone here knows Declan at Harrow Logistics, please say hello.",
           "Hi everyone, I'm Sam.",
           "Everyone's DBS-checked, so you're safe.",
       }) {
    CAPTURE(pitch);
    const auto vague = of_category(hits(set, pitch), "vague");
    CHECK_MESSAGE(vague.empty(), describe(vague));
  }
  // Quotation marks alone (no one else's words) do not excuse the speaker's own ask.
  const auto vague = of_category(hits(set, "I want \"paying clients\"."), "vague");
  CHECK(vague.size() == 1);
}

TEST_CASE("rules: a catastrophic regex is bounded and reported") {
  rules::RuleSet::Config config;
  config.builtin = false;
  config.packs.push_back({"slow.toml", R"(
[[rule]]
id = "jargon.slow"
category = "jargon"
severity = "note"
kind = "regex"
pattern = '(a+)+$'
message = "matched {match}"
suggestion = "none"
examples.trigger = ["[aaa]"]
examples.clean = ["b"]
)"});
  const rules::RuleSet set{config};
  REQUIRE_MESSAGE(set.ok(), set.error().where() << ": " << set.error().reason());
  const std::string pitch = std::string(30, 'a') + "b";
  const auto doc = text::Document::build(pitch, rules::RuleSet::lemmatizer());
  std::vector<rules::Match> matches;
  const auto started = std::chrono::steady_clock::now();
  set.run(doc, {}, matches);
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
  MESSAGE("(a+)+$ over 30 a's and a b: " << elapsed.count() << " ms");
  REQUIRE(matches.size() == 1);
  const auto& note = set.descriptor(matches[0].rule);
  CHECK(note.id == rules::RuleSet::kRegexLimitId);
  CHECK(note.severity == pitchclarity::Severity::note);
  CHECK_FALSE(matches[0].has_span);
  CHECK(set.descriptor(matches[0].subject).id == "jargon.slow");
  CHECK(set.message(matches[0], doc).find("jargon.slow") != std::string::npos);
  // The same rule still works where it can.
  CHECK(hits(set, "aaaa").size() == 1);
}

TEST_CASE("rules: the shipped pack has no regex rule") {
  // A regex rule copies the text to UTF-32 and searches it once per pattern (55% of the rules stage on a
  // 1,000-word text); a phrase with a context (README "Context") does the same work in the one token pass.
  for_each_shipped_rule([](const toml::table& rule) {
    CAPTURE(rule["id"].value_or(std::string{}));
    CHECK(rule["kind"].value_or(std::string{}) != "regex");
  });
}

TEST_CASE("rules: a phrase rule's context, its when conditions, '*' and a closing '%'") {
  rules::RuleSet::Config config;
  config.builtin = false;
  const auto rule = [](std::string_view id, std::string_view keys) {
    return "[[rule]]\nid = \"" + std::string{id} + "\"\ncategory = \"" + std::string{id.substr(0, id.find('.'))} +
           "\"\nseverity = \"note\"\nkind = \"phrase\"\ninflect = false\n" + std::string{keys} +
           "\nmessage = \"m\"\nsuggestion = \"s\"\nexamples.trigger = [\"[x]\"]\nexamples.clean = [\"y\"]\n";
  };
  config.packs.push_back({"context.toml", rule("filler.so", R"(phrases = ["so"]
before = ["^", "and", "I mean"]
after = [","])") + rule("hedge.rather", R"(phrases = ["rather"]
not_before = ["would", "I'd"])") + rule("vague.gap", R"(phrases = ["any * * at all"])") +
                                              rule("jargon.pct", R"(phrases = ["110%"])") +
                                              rule("vague.sizes", R"(phrases = ["big or small"]
when = ["after-clients"])")});
  const rules::RuleSet set{config};
  REQUIRE_MESSAGE(set.ok(), set.error().where() << ": " << set.error().reason());
  const auto spans = [&](std::string_view pitch, std::string_view id) {
    std::vector<std::string> out;
    for (const auto& hit : hits(set, pitch)) {
      if (hit.rule == id) out.push_back(hit.text);
    }
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(spans("So, we fix. And SO, yes. I MEAN so, no. Also so, no. We so fix.", "filler.so") == V{"So", "SO", "so"});
  CHECK(spans("Line one\nso, line two", "filler.so") == V{"so"});
  CHECK(spans("I\u2019d rather go. It's rather good. I would rather not.", "hedge.rather") == V{"rather"});
  CHECK(spans("Any red van at all. Any van at all. Any red, old van at all. any big red van at all", "vague.gap") ==
        V{"Any red van at all"});
  CHECK(spans("We give 110%. We give 110 per cent. We give 1,110%.", "jargon.pct") == V{"110%"});
  CHECK(spans("Clients, big or small. Dogs, big or small. Clients: big or small.", "vague.sizes") == V{"big or small"});

  // Load errors point at the entry.
  for (const auto& [keys, reason] : {std::pair{R"(phrases = ["so"]
before = [])",
                                               "'before' is empty"},
                                     std::pair{R"(phrases = ["so"]
after = [" "])",
                                               "after ' ': a context entry needs a token"},
                                     std::pair{R"(phrases = ["so"]
when = ["loud"])",
                                               "unknown condition 'loud'"}}) {
    rules::RuleSet::Config bad;
    bad.builtin = false;
    bad.packs.push_back({"bad.toml", rule("filler.so", keys)});
    const rules::RuleSet bad_set{bad};
    REQUIRE_FALSE(bad_set.ok());
    CHECK_MESSAGE(bad_set.error().reason().find(reason) != std::string::npos, bad_set.error().reason());
  }
}

TEST_CASE("rules: a regex rule's needs skip texts without those words, and only those") {
  rules::RuleSet::Config config;
  config.builtin = false;
  config.packs.push_back({"needs.toml", R"(
[[rule]]
id = "jargon.synergy"
category = "jargon"
severity = "note"
kind = "regex"
needs = ["synerg"]
pattern = 'synerg\w*|teamwork'
message = "matched {match}"
suggestion = "none"
examples.trigger = ["real [synergies]"]
examples.clean = ["b"]
)"});
  const rules::RuleSet set{config};
  REQUIRE_MESSAGE(set.ok(), set.error().where() << ": " << set.error().reason());
  CHECK(hits(set, "Real SYNERGY, and teamwork.").size() == 2);  // needed word present: the whole pattern runs
  CHECK(hits(set, "Teamwork matters.").empty());                // the pattern matches, but no needed word
  // A need is one lower-case word, as folded tokens are.
  std::string bad(config.packs.back().text);
  bad.replace(bad.find("[\"synerg\"]"), 10, "[\"Synerg\"]");
  rules::RuleSet::Config bad_config;
  bad_config.builtin = false;
  bad_config.packs.push_back({"needs.toml", bad});
  const rules::RuleSet bad_set{bad_config};
  REQUIRE_FALSE(bad_set.ok());
  CHECK(bad_set.error().reason().find("'Synerg' in 'needs' is not one lower-case word") != std::string::npos);
}

TEST_CASE("rules: spans are exact original bytes through normalisation") {
  const auto& set = builtin();
  // A decomposed é before the phrase, a no-break space and curly apostrophe inside the sentence.
  const std::string pitch = "Caf\x65\xCC\x81 owner here.\xC2\xA0We\xE2\x80\x99re after more business.";
  const auto found = of_category(hits(set, pitch), "vague");
  REQUIRE_MESSAGE(found.size() == 1, describe(found));
  CHECK(found[0].text == "more business");
  const auto jargon =
      of_category(hits(set, "We give 110\xE2\x80\xAF% to you, caf\x65\xCC\x81 or not, 110% always."), "jargon");
  REQUIRE_MESSAGE(jargon.size() >= 1, describe(jargon));
  CHECK(jargon.back().text == "110%");
}

TEST_CASE("rules: placeholders are filled from the match") {
  const auto& set = builtin();
  const std::string pitch = "I want paying clients.";
  const auto doc = text::Document::build(pitch, rules::RuleSet::lemmatizer());
  std::vector<rules::Match> matches;
  set.run(doc, {}, matches);
  REQUIRE(!matches.empty());
  CHECK(set.message(matches[0], doc) == "'paying clients' says nothing about who they are: every client pays");

  std::string long_sentence = "We";
  for (int i = 0; i < 34; ++i) long_sentence += " fix";
  long_sentence += ".";
  const auto sentence_doc = text::Document::build(long_sentence, rules::RuleSet::lemmatizer());
  matches.clear();
  set.run(sentence_doc, {}, matches);
  const auto too_long = std::find_if(matches.begin(), matches.end(), [&](const rules::Match& m) {
    return set.descriptor(m.rule).id == "sentence.too-long";
  });
  REQUIRE(too_long != matches.end());
  CHECK(set.message(*too_long, sentence_doc).find("35 words") != std::string::npos);
  CHECK(rules::fill_placeholders("{{x}} {match} {value}", "m", 52.44, 0, "") == "{x} m 52.4");
}

TEST_CASE("rules: speaking time against the slot") {
  const auto& set = builtin();
  std::string pitch;
  for (int i = 0; i < 160; ++i) pitch += "word ";
  auto found = hits(set, pitch);
  CHECK(std::count_if(found.begin(), found.end(), [](const Hit& h) { return h.rule == "length.over-slot"; }) == 1);
  found = hits(set, pitch, rules::RunContext{200.0, 60.0});
  CHECK(std::none_of(found.begin(), found.end(), [](const Hit& h) { return h.rule.rfind("length.", 0) == 0; }));
  found = hits(set, "I'm Sam and I fix roofs.");
  REQUIRE(!found.empty());
  CHECK(found.back().rule == "length.under-slot");  // whole-text matches come last
  CHECK(hits(set, "").empty());
}

TEST_CASE("rules: one RuleSet serves many threads") {
  const auto& set = builtin();
  const std::string pitch =
      "Hi everyone. Basically we leverage synergies for any business, and I want paying clients, "
      "so if you know anyone, send them my way. We also do SEO.";
  const auto expected = hits(set, pitch);
  REQUIRE(expected.size() >= 6);
  std::vector<std::thread> threads;
  std::vector<int> agree(8, 0);
  for (std::size_t t = 0; t < agree.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const auto got = hits(set, pitch);
        agree[t] += got.size() == expected.size() &&
                    std::equal(got.begin(), got.end(), expected.begin(),
                               [](const Hit& a, const Hit& b) { return a.rule == b.rule && a.text == b.text; });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const int count : agree) CHECK(count == 50);
}
