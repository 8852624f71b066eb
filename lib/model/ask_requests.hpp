// model/ask_requests.hpp — introduction requests that do not say whom in the same breath.
//
// "Who do you know that runs a nursery? That's my intro.", "Strata managers — that's the intro I'm
// chasing", "Supply one? Then you know an owner, and I'd like an introduction." The request itself names
// no one; DESIGN gives it the level of what it refers to: the words before it in its sentence, a target or
// question just before, or, through "one"/"them", the pitch's target.
#pragma once

#include "model/target.hpp"

namespace pitchclarity::model {

// Whether token `i` opens its sentence, allowing a leading "so", "and", "then" or comma: questions to the
// room ("So, know a boat owner?") count only there.
bool opens_sentence(const Context& ctx, std::uint32_t i);

// Whether token `i` opens the last clause of a question, past lead-ins and fillers: "Know a boat owner on
// the waterfront?", "We don't take just anyone, so who do you know that runs a nursery?".
bool opens_question_clause(const Context& ctx, std::uint32_t i);

// "Who do you know that's just got planning for a self-build?": a question whose cue ends in a relative word
// has "who" for its head, so a moment alone defines the group (DESIGN: groups defined by a moment are niches).
void read_question_head(const Context& ctx, Mention& m);

// Adds the requests among tokens no cue already claimed to `r.requests` and lets the best raise
// `r.best_ask` / `r.ask_level`. Call after the cue mentions and their levels are settled.
void add_introduction_requests(const Context& ctx, TargetResult& r);

}  // namespace pitchclarity::model
