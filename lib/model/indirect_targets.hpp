// model/indirect_targets.hpp — targets named without a cue right before them.
//
// Speakers often name whom they want around a question or a pointer instead of after "I help":
//   - the answer to a question put to the room: "Who should you send my way? Transport managers at
//     haulage firms in the East Midlands." (the question is the cue, the next sentence its phrase);
//   - a noun group that a later phrase points back to: "Commercial fishing boat owners in New Bedford —
//     that's who I work for", "Strata managers, body corporate committee members — that's the intro I'm
//     chasing";
//   - the subject of a clause whose predicate is the speaker's: "Strata managers are my bread and butter",
//     "early learning centres are where I'm most useful";
//   - the complement of a subject that is the speaker's clients: "The people who ring me are usually
//     homeowners who've just heard scratching in the attic", "Our regulars are mostly gamekeepers".
// (The object of a question to the room, "Know a boat owner on the waterfront?", is a cue of [ask]
// room_questions, read by find_targets; a pointer that names no phrase is a request, read by ask_requests.)
#pragma once

#include "model/target.hpp"

namespace pitchclarity::model {

// Appends the mentions these forms name to `r.mentions` (in no particular order; settle_levels reads
// them all).
void add_indirect_targets(const Context& ctx, TargetResult& r);

}  // namespace pitchclarity::model
