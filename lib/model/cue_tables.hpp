// model/cue_tables.hpp — every list of lib/model/data/cues.toml, tokenised at build time by pc_cue_gen
// (model/gen/cue_gen.cpp) into the generated cue_tables.cpp. See model/cue_phrases.hpp.
#pragma once

#include "model/cue_phrases.hpp"

#include <span>
#include <string_view>

namespace pitchclarity::model {

struct PrecompiledCueList {
  std::string_view section;  // [section] key = [...] in cues.toml
  std::string_view key;
  CuePhraseTokens phrases;
};

// Every string list of cues.toml, ordered by section, then key.
std::span<const PrecompiledCueList> precompiled_cue_lists() noexcept;

// The list [section] key, or nullptr when cues.toml has none.
const PrecompiledCueList* find_precompiled_cue_list(std::string_view section, std::string_view key) noexcept;

}  // namespace pitchclarity::model
