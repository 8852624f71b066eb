// model/target.hpp — whom the speaker wants (target_client) and what they ask the room for (ask).
#pragma once

#include "model/phrase_facts.hpp"

#include <vector>

namespace pitchclarity::model {

struct Mention {
  TokenRange cue;
  PhraseFacts facts;
  bool is_ask = false;
  bool weak = false;  // opened by a weak cue ("for"): counts only when it names a niche, never vague
  int ask_level = 0;  // for asks: 1 vague or not an introduction, 2 a niche, 3 a named person or organisation
  TokenRange evidence;  // what the ask points at when not cue..phrase end (requests whose whom came first)
};

struct TargetResult {
  std::vector<Mention> mentions;  // target and ask phrases in text order
  std::vector<Mention> requests;  // introductions asked for without a whom of their own ("introduce me")
  int target_level = 0;
  int ask_level = 0;
  const Mention* best_target = nullptr;
  const Mention* best_ask = nullptr;
  std::vector<TokenRange> non_introduction_asks;  // "visit my website"
  std::vector<TokenRange> broad_mentions;  // broad categories anywhere ("families", "SMEs"), cue or not
};

TargetResult find_targets(const Context& ctx);

// A request, not a statement: the verb in its base form ("mention me", not "everyone thinks of me"), in a
// sentence put to the listener ("if you…", "please…", "would you…").
bool is_request(const Context& ctx, std::uint32_t cue);

// A phrase that opens with a catch-all ("any business, club or charity", "range from one-man bands to
// companies turning over fifty million") names no one, whatever niche its list goes on to illustrate
// (corpus/README.md: a list that illustrates a catch-all is the catch-all itself): such mentions drop to
// level 0 and the levels are settled again. `catch_alls` are the byte spans the phrase rules found.
struct ByteRange {
  std::uint32_t start = 0, end = 0;
};
void dissolve_catch_alls(const Context& ctx, const std::vector<ByteRange>& catch_alls, TargetResult& r);

// The target and ask levels and the best mentions, from the mentions as they stand (find_targets calls
// it; call it again after changing a mention's facts).
void settle_levels(const Context& ctx, TargetResult& r);

}  // namespace pitchclarity::model
