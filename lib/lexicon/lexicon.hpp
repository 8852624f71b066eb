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
std::optional<NounInfo> noun(std::string_view lemma_phrase);

// True for a folded place name ("leeds", "west yorkshire", "united states").
bool is_place(std::string_view folded_phrase);

struct Sector {
  std::string_view code;   // NAICS code, 2–6 digits
  std::string_view title;  // its title, e.g. "Offices of Dentists"
};

// Sectors for a lemma phrase ("dental practice" → 6212 Offices of Dentists; "boutique hotel" → 721110).
// Most specific first; empty when nothing matches.
std::span<const Sector> sectors(std::string_view lemma_phrase);

// The title of a NAICS code, or empty.
std::string_view sector_title(std::string_view code);

}  // namespace pitchclarity::lexicon
