// group/words.hpp — the words group matching must not match on, and how it writes roles and places in a
// sentence. Matching sees only lemmas and folded places from reports, so these work on those forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity::group {

// A role no listener can picture one person from ("client", "business", "people", "business owner",
// "paying clients"): never grounds for a match, whatever a profile holds. A role made only of generic and
// describing words is generic; words are compared in lower case and singular.
bool generic_role(std::string_view lemma);

// A broad category of DESIGN.md's target scale 1 ("landlord", "homeowner", "small business"): grounds for
// a match only together with a shared place.
bool broad_role(std::string_view lemma);

// A word of a service that names no service by itself ("agency", "company", "service"): an offer role made
// of these alone is not compared with anybody's target.
bool generic_service_word(std::string_view word);

// Adjectives that describe a service without changing what it is ("small", "local", "friendly"): ignored
// when two services are compared.
bool describing_word(std::string_view word);

// The parts of a folded place phrase: "leeds and bradford" → {"leeds", "bradford"}; "york & harrogate" →
// {"york", "harrogate"}. Function words a phrase may have picked up on its own ("in", "or") are dropped.
std::vector<std::string> place_parts(std::string_view place);

// A rough singular for comparing words that may not be lemmas: "agencies" → "agency", "solutions" →
// "solution"; "business" and "campus" stay.
std::string singular(std::string_view word);
// "dental practice" → "dental practices"; "facility manager" → "facility managers"; "agency" → "agencies".
std::string plural(std::string_view noun);
// "letting agent" → "a letting agent"; "engineer" → "an engineer".
std::string with_article(std::string_view noun);
// "leeds" → "Leeds"; "newcastle upon tyne" → "Newcastle upon Tyne".
std::string place_name(std::string_view folded);
// "a, b and c".
std::string join_words(const std::vector<std::string>& items, std::string_view last = " and ");

// ASCII lower case; other bytes are kept (lemmas and folded places are already folded).
std::string lower(std::string_view text);
// Words of a phrase: runs of letters, digits, apostrophes and hyphens, in lower case.
std::vector<std::string> words_of(std::string_view text);

}  // namespace pitchclarity::group
