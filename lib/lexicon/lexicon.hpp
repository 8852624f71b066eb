// lexicon/lexicon.hpp — what English words mean for specificity: lemmas, roles, business types, places,
// generic words and NAICS sectors, from tables generated at build time (WordNet 3.0, NAICS) plus curated
// overrides. Everything here is read-only static data: lookups are pure, allocation-free where possible,
// and safe from any thread. Nothing is parsed at run time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pitchclarity::lexicon {

enum class Pos : std::uint8_t { noun, verb, adjective, adverb };

// The base form of a lower-case (case-folded) word: plurals, possessives ('s, s'), -ing/-ed, irregular
// forms (WordNet's exception lists), and British spellings mapped to one canonical spelling
// ("organisations" → "organization", "practise" as verb → "practice"). Unknown words come back unchanged.
// Writes into `scratch` when it needs storage; the view is valid until scratch is next changed.
std::string_view lemma(std::string_view folded, Pos pos, std::string& scratch);

// The lemma used for matching when the part of speech is unknown: noun first, then verb, then adjective.
// A word that is itself a noun keeps that reading ("meeting", "marketing", "building" stay; "paying" has no
// noun reading and becomes "pay"); irregular verb forms win when the word is no noun ("found" → "find").
// The generated tables' keys went through this same function, so a pattern and its text always agree.
std::string_view match_lemma(std::string_view folded, std::string& scratch);

enum class Kind : std::uint8_t {
  generic,        // client, customer, people, business, company, organisation, owner, professional …
  broad_group,    // small business, SME, homeowner, entrepreneur, start-up, family …
  role,           // a person by role or trade: farrier, podiatrist, HR director, wedding planner
  business_type,  // an organisation or establishment type: dental practice, care home, coffee shop, hotel
  place,          // country, region, city, town
  other,          // any other noun
};

struct NounInfo {
  Kind kind = Kind::other;
  std::uint8_t specificity = 0;  // 0 generic, 1 broad, 2 niche (roles and business types), for places 3
  std::uint8_t depth = 0;        // hypernym depth in WordNet (0 when not from WordNet)
};

// Looks up a noun lemma or a multi-word lemma phrase joined by single spaces ("wedding planner",
// "care home", "new york"). Case-folded input.
// Exact entries only: every WordNet noun (single words and WordNet's own phrases such as "nursing home",
// "real estate agent", "coffee shop") plus the curated words and phrases. Other phrases are recognised
// through their head noun by classify().
std::optional<NounInfo> noun(std::string_view lemma_phrase);

// Classifies a noun phrase (lemmas joined by single spaces, as the model sees a target): the longest suffix
// of the phrase that noun() knows ("independent coffee shop" → "coffee shop", "marine surveyor" →
// "surveyor"), then its nearest modifier where the head asks for one. Generic and broad heads such as
// business, company, firm, practice, home, centre, director, manager, team, people become niche (2) with a
// noun or relational-adjective modifier ("dental practice", "care home", "hr director", "software company")
// and broad (1) with a size or type word ("small business", "busy professionals", "company director");
// determiners and words like "new", "paying", "ideal" change nothing ("any business" stays 0). "owner" and
// "founder" become niche only after a role or business type ("salon owner"; "dog owner" stays broad). An
// unknown head that looks like an agent noun ("reflexologist", "podcaster") is guessed as a role, depth 0.
std::optional<NounInfo> classify(std::string_view lemma_phrase);

// True for a folded place name ("leeds", "west yorkshire", "united states"). Hyphens and full stops are
// ignored ("stoke-on-trent" = "stoke on trent", "st. albans" = "st albans").
bool is_place(std::string_view folded_phrase);

enum class PlaceName : std::uint8_t {
  none,
  place,        // only a place: "leeds", "harrogate", "new york"
  also_common,  // a place that is also an ordinary word ("reading", "bath", "nice", "bury"): trust it only
                // when the text capitalises it
};
PlaceName place_name(std::string_view folded_phrase);

struct Sector {
  std::string_view code;   // NAICS code, 2–6 digits: 2022 where the 2022 revision renumbered the 2017
                           // industry (software publishers 513210, florists 459310), else 2017 (static storage)
  std::string_view title;  // its title, e.g. "Offices of Dentists" (static storage)
};

// Sectors for a lemma phrase ("dental practice" → 6212 Offices of Dentists; "boutique hotel" → 721110).
// Most specific first; empty when nothing matches.
std::span<const Sector> sectors(std::string_view lemma_phrase);

// The title of a NAICS code, or empty. The sector ranges are keyed by their first code: "31" (also "32",
// "33") is Manufacturing, "44" (and "45") Retail Trade, "48" (and "49") Transportation and Warehousing.
// A renumbered industry answers to its 2022 and its 2017 code ("513210" and "511210").
std::string_view sector_title(std::string_view code);

// The two-digit sector a code falls in ("621210" → {"62", "Health Care and Social Assistance"}, "445110" →
// {"44", "Retail Trade"}); empty when the code is unknown.
Sector top_sector(std::string_view code);

}  // namespace pitchclarity::lexicon
