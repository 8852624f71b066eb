// model/phrase_facts.hpp — what a target, ask or give phrase says about whom it means.
//
// "anyone who runs a dental practice in Leeds": a generic head ("anyone"), a restrictive clause naming a
// business type ("dental practice", niche) and a place ("Leeds", qualifier): level 3. "anyone who needs a
// website": the clause restates the speaker's product and names no client: level 0, vague.
#pragma once

#include "model/context.hpp"

#include <string>
#include <vector>

namespace pitchclarity::model {

struct PhraseFacts {
  TokenRange range;          // the phrase analysed
  int level = 0;             // target_client scale: 0 none/generic, 1 broad, 2 niche, 3 qualified, 4 named
  int noun_level = -1;       // best noun specificity seen: -1 none, 0 generic, 1 broad, 2 niche
  bool has_place = false, has_size = false, has_moment = false;
  // A place named by pointing ("round here", "locally"): it qualifies a target, but places no contact the
  // speaker offers ("I know a lot of people in this town" is a general give).
  bool has_local_place = false;
  TokenRange best;           // the noun group that earned noun_level (evidence)
  TokenRange generic;        // the generic or broad noun group, when that is all there is (for vague findings)
  // Every generic (0) or broad (1) noun group of a list ("SMEs — so companies with five to fifty staff"),
  // in text order with its level; the first is `generic`.
  std::vector<std::pair<TokenRange, int>> generics;
  TokenRange product_clause; // head + "who needs …" when the clause only restates the product
  std::vector<std::string> roles, places, sector_codes, names;
  bool has_count = false;    // a number anywhere (for gives: "three landlords")
  bool has_clause = false;   // a relative clause that describes the head ("someone who runs…")
  bool moment_defined = false;  // a niche only through a moment or activity ("anyone moving house")
  int head_level = -1;          // noun_level of the head before its moment made it a niche
};

// Where the phrase that follows a cue ends: the clause boundary, a benefit verb, or the sentence end.
std::uint32_t phrase_end(const Context& ctx, std::uint32_t from, std::uint32_t max_tokens = 28);

// `names_count`: whether a named person or organisation makes the phrase level 4 (false for weak cues,
// where a capitalised run is usually the speaker's own company: "Marcus Bell with ClearRun Payroll").
PhraseFacts analyze_phrase(const Context& ctx, TokenRange range, bool names_count = true);

// The broad-category noun (lexicon broad_group, up to three words) that starts at token `i`, or empty.
TokenRange broad_group_at(const Context& ctx, std::uint32_t i);

// A run of capitalised words that names a person or organisation, starting at `i`; empty if none.
TokenRange name_at(const Context& ctx, std::uint32_t i, std::uint32_t limit);

}  // namespace pitchclarity::model
