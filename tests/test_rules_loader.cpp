// Rule packs that are wrong in every way a person is likely to get one wrong: each error names the file,
// line and column, and says what to fix. Also user packs that extend, disable and alias rules.
#include <doctest/doctest.h>

#include <string>

#include "rules/examples.hpp"
#include "rules/phrase.hpp"
#include "rules/rule_set.hpp"
#include "text/document.hpp"

namespace rules = pitchclarity::rules;
namespace text = pitchclarity::text;

namespace {

// A valid phrase rule; `extra` lines are appended to its table.
std::string rule(std::string_view id = "jargon.widget", std::string_view extra = "") {
  std::string out = "[[rule]]\n";
  out += "id = \"" + std::string{id} + "\"\n";
  out += "category = \"" + std::string{id.substr(0, id.find('.'))} + "\"\n";
  out += R"(severity = "note"
kind = "phrase"
phrases = ["widget"]
message = "'{match}' is vague"
suggestion = "Name the part"
examples.trigger = ["We sell [widgets]."]
examples.clean = ["We sell bolts."]
)";
  out += extra;
  return out;
}

rules::RuleSet load(std::string_view pack, bool builtin = false, std::vector<std::string> disabled = {}) {
  rules::RuleSet::Config config;
  config.builtin = builtin;
  config.packs.push_back({"user.toml", std::string{pack}});
  config.disabled = std::move(disabled);
  return rules::RuleSet{config};
}

// Expects construction to fail at `where` with a reason containing `reason`.
void expect_error(std::string_view pack, std::string_view where, std::string_view reason) {
  const auto set = load(pack);
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().where() == where);
  CHECK_MESSAGE(set.error().reason().find(reason) != std::string::npos, set.error().reason());
}

}  // namespace

TEST_CASE("rule packs: a valid user pack loads and runs after the built-in pack") {
  const auto set = load(rule(), true);
  REQUIRE_MESSAGE(set.ok(), set.error().where() << ": " << set.error().reason());
  const auto index = set.find("jargon.widget");
  REQUIRE(index);
  CHECK(set.descriptor(*index).pack == "user.toml");
  CHECK(set.descriptor(*index).where == "user.toml:1:1");
  CHECK(set.find("vague.paying-clients"));
  CHECK(rules::verify_examples(set, "jargon.widget").empty());
}

TEST_CASE("rule packs: bad TOML syntax") {
  expect_error("[[rule]\nid = \"x\"\n", "user.toml:1:8", "");
  const auto set = load("[[rule]]\nid = \"jargon.x\"\nmessage = \"unterminated\n");
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().where().rfind("user.toml:3:", 0) == 0);
  CHECK(!set.error().reason().empty());
}

TEST_CASE("rule packs: unknown keys, at every level") {
  expect_error(rule() + "colour = \"red\"\n", "user.toml:11:1", "unknown key 'colour'");
  expect_error(rule() + "pattern = \"x\"\n", "user.toml:11:1", "a phrase rule takes");
  expect_error(rule() + "examples.false_negative = [\"x\"]\n", "user.toml:11:10",
               "unknown key 'examples.false_negative'");
  expect_error("title = \"mine\"\n" + rule(), "user.toml:1:1", "unknown top-level key 'title'");
}

TEST_CASE("rule packs: wrong types and values") {
  expect_error(rule("jargon.widget", "inflect = \"yes\"\n"), "user.toml:11:11", "'inflect' must be true or false");
  expect_error("[[rule]]\nid = 7\n", "user.toml:2:6", "'id' must be a string");
  expect_error(rule("Jargon.Widget"), "user.toml:2:6", "an id is 'category.name'");
  expect_error(rule("slang.widget"), "user.toml:3:12", "unknown category 'slang'");
  expect_error("rule = 3\n", "user.toml:1:8", "'rule' must be an array of tables");
  auto bad_kind = rule();
  bad_kind.replace(bad_kind.find("\"phrase\""), 8, "\"phrases\"");
  expect_error(bad_kind, "user.toml:5:8", "unknown kind 'phrases'");
  expect_error(rule("jargon.widget", "unless = [\"quoted\", \"sarcastic\"]\n"), "user.toml:11:21",
               "unknown condition 'sarcastic'");
  auto bad_severity = rule();
  bad_severity.replace(bad_severity.find("\"note\""), 6, "\"fatal\"");
  expect_error(bad_severity, "user.toml:4:12", "unknown severity 'fatal'");
  auto bad_placeholder = rule();
  bad_placeholder.replace(bad_placeholder.find("{match}"), 7, "{matched}");
  expect_error(bad_placeholder, "user.toml:7:11", "unknown placeholder {matched}");
  expect_error(R"([[rule]]
id = "length.short"
category = "length"
severity = "note"
kind = "metric"
metric = "speaking-seconds"
relation = "under-slot"
message = "short"
suggestion = "say more"
examples.trigger = ["Hi."]
examples.clean = ["Hello there."]
)",
               "user.toml:1:1", "'under-slot' needs 'fraction'");
}

TEST_CASE("rule packs: duplicate ids, within a pack and against the built-in pack") {
  expect_error(rule() + rule(), "user.toml:12:6",
               "duplicate rule id 'jargon.widget': already defined at user.toml:1:1");
  const auto set = load(rule("vague.paying-clients"), true);
  REQUIRE_FALSE(set.ok());
  CHECK(set.error().where() == "user.toml:2:6");
  CHECK(set.error().reason().find("already defined at en/vague.toml:") != std::string::npos);
  expect_error(rule("jargon.widget", "aliases = [\"jargon.gadget\"]\n") + rule("jargon.gadget"), "user.toml:13:6",
               "duplicate rule id 'jargon.gadget': already an alias at user.toml:1:1");
}

TEST_CASE("rule packs: invalid regular expressions point into the pattern") {
  const std::string regex_rule = R"([[rule]]
id = "jargon.bad"
category = "jargon"
severity = "note"
kind = "regex"
pattern = '\bsynerg(y|ies\b'
message = "m"
suggestion = "s"
examples.trigger = ["[synergy]"]
examples.clean = ["x"]
)";
  const auto set = load(regex_rule);
  REQUIRE_FALSE(set.ok());
  // A literal string maps 1:1 onto columns, so the column is where Boost stopped: here the pattern's end,
  // where the missing ')' belongs (column 11 is the opening quote, 12 the pattern's first character).
  CHECK(set.error().where() == "user.toml:6:28");
  CHECK(set.error().reason().find("rule 'jargon.bad': invalid regex: ") == 0);
  MESSAGE("invalid regex reported as " << set.error().where() << ": " << set.error().reason());

  std::string basic = regex_rule;
  basic.replace(basic.find("'\\bsynerg(y|ies\\b'"), 18, "\"(unclosed\"");
  const auto basic_set = load(basic);
  REQUIRE_FALSE(basic_set.ok());
  CHECK(basic_set.error().where() == "user.toml:6:11");
  CHECK(basic_set.error().reason().find("of the pattern") != std::string::npos);
}

TEST_CASE("rule packs: examples are required, both kinds, and well formed") {
  auto no_clean = rule();
  no_clean.erase(no_clean.find("examples.clean"));
  expect_error(no_clean, "user.toml:9:1", "needs at least one 'examples.clean'");
  auto empty_trigger = rule();
  empty_trigger.replace(empty_trigger.find("[\"We sell [widgets].\"]"), 22, "[]");
  expect_error(empty_trigger, "user.toml:9:20", "needs at least one 'examples.trigger'");
  auto no_examples = rule();
  no_examples.erase(no_examples.find("examples.trigger"));
  expect_error(no_examples, "user.toml:1:1", "missing 'examples'");
  auto no_span = rule();
  no_span.replace(no_span.find("[widgets]"), 9, "widgets");
  expect_error(no_span, "user.toml:9:21", "marks the expected span with [brackets]");
  auto unbalanced = rule();
  unbalanced.replace(unbalanced.find("[widgets]"), 9, "[widgets");
  expect_error(unbalanced, "user.toml:9:21", "'[' without ']'");
  auto bracketed_clean = rule();
  bracketed_clean.replace(bracketed_clean.find("bolts"), 5, "[bolts]");
  expect_error(bracketed_clean, "user.toml:10:19", "a clean example has no [brackets]");
}

TEST_CASE("rule packs: a phrase must hold words") {
  auto punctuation = rule();
  punctuation.replace(punctuation.find("[\"widget\"]"), 10, "[\"widget\", \"--\"]");
  expect_error(punctuation, "user.toml:6:22", "phrase '--': a phrase must start and end with a word");
}

TEST_CASE("rule packs: a phrase cannot span sentences") {
  auto two = rule();
  two.replace(two.find("[\"widget\"]"), 10, "[\"widget\", \"Widgets. Gadgets\"]");
  expect_error(two, "user.toml:6:22", "phrase 'Widgets. Gadgets': a phrase cannot span sentences");
}

TEST_CASE("rule packs: a rule's phrases tokenised together give the keys each gives alone") {
  // keys_of_all() tokenises a rule's phrases in one Document; each must get what it gets on its own, and the
  // first phrase with a problem must be the one reported.
  const std::vector<std::string_view> phrases = {
      "paying clients", "e.g. widgets", "etc", "U.S. firms", "Mr. Smith's widgets", "one-stop shop", "\xE2\x80\x94",
      "it\xE2\x80\x99s", "cafe\xCC\x81 owners", "\xCC\x81" "accent", "Widgets. Gadgets", "", "two\nlines",
      "ends with a dash -", "ALL CAPS", "line\xE2\x80\xA8separator", "42 widgets", "widgets!", "Dr. No", "No. 5 widgets"};
  const auto lemmatizer = rules::RuleSet::lemmatizer();
  for (const bool by_lemma : {true, false}) {
    std::vector<std::string_view> valid;
    std::vector<std::vector<std::string>> alone;
    std::size_t first_bad = phrases.size();
    for (std::size_t i = 0; i < phrases.size(); ++i) {
      std::vector<std::string> keys;
      std::string problem;
      if (rules::PhraseAutomaton::keys(phrases[i], lemmatizer, by_lemma, keys, problem)) {
        valid.push_back(phrases[i]);
        alone.push_back(keys);
      } else if (first_bad == phrases.size()) {
        first_bad = i;
      }
    }
    REQUIRE(valid.size() >= 12);
    std::vector<std::vector<std::string>> together;
    std::string problem;
    CHECK(rules::PhraseAutomaton::keys_of_all(valid, lemmatizer, by_lemma, together, problem) == valid.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
      CAPTURE(valid[i]);
      CHECK(together[i] == alone[i]);
    }
    CHECK(rules::PhraseAutomaton::keys_of_all(phrases, lemmatizer, by_lemma, together, problem) == first_bad);
  }
}

TEST_CASE("rule packs: disabling by id, by alias, from a pack, and unknown ids") {
  const auto by_option = load(rule(), true, {"vague.paying-clients", "jargon.widget"});
  REQUIRE(by_option.ok());
  CHECK_FALSE(by_option.descriptor(*by_option.find("vague.paying-clients")).enabled);
  CHECK_FALSE(by_option.descriptor(*by_option.find("jargon.widget")).enabled);

  const auto aliased = load(rule("jargon.widget", "aliases = [\"jargon.old-widget\"]\n"), false, {"jargon.old-widget"});
  REQUIRE(aliased.ok());
  CHECK(aliased.find("jargon.old-widget") == aliased.find("jargon.widget"));
  CHECK_FALSE(aliased.descriptor(*aliased.find("jargon.widget")).enabled);

  const auto by_pack = load("disable = [\"vague.anyone\", \"jargon.synergy\"]\n", true);
  REQUIRE(by_pack.ok());
  CHECK_FALSE(by_pack.descriptor(*by_pack.find("vague.anyone")).enabled);
  const std::string pitch = "We love synergy.";
  const auto doc = text::Document::build(pitch, rules::RuleSet::lemmatizer());
  std::vector<rules::Match> matches;
  by_pack.run(doc, {}, matches);
  for (const auto& m : matches) CHECK(by_pack.descriptor(m.rule).id != "jargon.synergy");

  const auto unknown_option = load(rule(), false, {"jargon.nope"});
  REQUIRE_FALSE(unknown_option.ok());
  CHECK(unknown_option.error().where().empty());
  CHECK(unknown_option.error().reason() == "cannot disable unknown rule id 'jargon.nope'");
  expect_error("disable = [\"vague.anyone\"]\n", "user.toml:1:12", "disable: unknown rule id 'vague.anyone'");
}
