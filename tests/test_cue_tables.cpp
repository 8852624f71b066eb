// The cue lists compiled in at build time (model/cue_tables.hpp) are exactly what the run-time tokeniser
// makes of the cues.toml embedded in the same build, so a stale table cannot ship.
#include "model/cue_tables.hpp"
#include "model/embedded_data.hpp"

#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <string>
#include <vector>

namespace {

using pitchclarity::model::CuePhraseTokens;

void check_equal(const CuePhraseTokens& built, const CuePhraseTokens& precompiled) {
  REQUIRE(built.tokens.size() == precompiled.tokens.size());
  for (std::size_t i = 0; i < built.tokens.size(); ++i) {
    CAPTURE(i);
    CHECK(built.tokens[i].folded == precompiled.tokens[i].folded);
    CHECK(built.tokens[i].lemma == precompiled.tokens[i].lemma);
    CHECK(built.tokens[i].line == precompiled.tokens[i].line);
    CHECK(built.tokens[i].word == precompiled.tokens[i].word);
  }
  REQUIRE(built.exact.size() == precompiled.exact.size());
  for (std::size_t i = 0; i < built.exact.size(); ++i) CHECK(built.exact[i] == precompiled.exact[i]);
}

}  // namespace

TEST_CASE("the precompiled cue lists equal the run-time tokenisation of cues.toml") {
  namespace model = pitchclarity::model;
  const toml::table root = toml::parse(model::embedded::cues_toml, std::string_view("lib/model/data/cues.toml"));
  std::size_t lists = 0;
  for (const auto& [section, node] : root) {
    REQUIRE(node.is_table());
    for (const auto& [key, value] : *node.as_table()) {
      CAPTURE(section.str());
      CAPTURE(key.str());
      REQUIRE(value.is_array());
      std::vector<std::string> phrases;
      for (const toml::node& item : *value.as_array()) phrases.push_back(item.value<std::string>().value());
      const model::PrecompiledCueList* precompiled = model::find_precompiled_cue_list(section.str(), key.str());
      REQUIRE(precompiled != nullptr);
      const model::TokenisedCuePhrases built(phrases);
      check_equal(built.view(), precompiled->phrases);
      ++lists;
    }
  }
  CHECK(lists == model::precompiled_cue_lists().size());
  CHECK(lists > 60);  // the model's 71 lists at the time of writing: the walk above did find them
}
