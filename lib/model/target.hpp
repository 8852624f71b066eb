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

// The target and ask levels and the best mentions, from the mentions as they stand (find_targets calls
// it; call it again after changing a mention's facts).
void settle_levels(const Context& ctx, TargetResult& r);

}  // namespace pitchclarity::model
