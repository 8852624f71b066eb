// model/problem_measure.hpp — whether a number measures the client's pain (DESIGN: money, time, share,
// count) or only sizes the service: "lose one appointment in five" measures; "£400 for a six-bed", "I do
// fifteen minutes of group shots", "six months later" and "one day you've got a leak" do not.
#pragma once

#include "model/context.hpp"

namespace pitchclarity::model {

struct Measures {
  bool clause = false;    // measures a pain in the same clause: any measured number, prices included
                          // ("costing £500 a month")
  bool sentence = false;  // measures a pain elsewhere in the sentence: only money that is not a price or a
                          // value, and shares
};

// What the numbers in tokens [first, last) measure.
Measures measures(const Context& ctx, TokenRange range);

// An amount that names what a damage costs the client ("a boat that needed €35,000 of work", "£5,000 of
// damage"): a pain and its measure at once.
bool damage_cost(const Context& ctx, TokenRange range);

// The part of a clause that can measure the client's pain: all of it, unless the speaker is its subject
// ("I can turn a void round in two days" describes the service). Then only what follows a relative or a
// subordinate word, which has a subject of its own ("I help dentists who lose one patient in five").
TokenRange client_part(const Context& ctx, TokenRange clause);

}  // namespace pitchclarity::model
