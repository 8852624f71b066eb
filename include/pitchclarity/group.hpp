// pitchclarity/group.hpp — a networking group's pitches at once: how the room scores, what it gets wrong most
// often, and who in the room could refer whom.
//
//   pitchclarity::Analyzer analyzer;
//   std::vector<pitchclarity::GroupMember> members;
//   for (const auto& [id, text] : pitches) {
//     pitchclarity::Report report = analyzer.analyze(text, id);
//     pitchclarity::OfferProfile offer = pitchclarity::offer_profile(analyzer, report);
//     members.push_back({id, std::move(report), std::move(offer)});
//   }
//   const pitchclarity::GroupAnalysis group = pitchclarity::analyze_group(members);
//   for (const pitchclarity::Match& m : group.matches) std::cout << m.a << " + " << m.b << ": " << m.reason << '\n';
//
// Who could refer whom. Two members are natural referral partners when the clients they ask for overlap and
// they do different things (a bookkeeper and a marketing agency, both for dental practices in Leeds): each
// meets the people the other wants. Overlap means at least one of
//   - the same named person or organisation;
//   - the same role or business type (TargetProfile::roles, compared as lemmas), or NAICS sector codes of at
//     least three digits that are equal or one a prefix of the other ("6212" and "621210"), unless both
//     name places for their clients and none is shared (dental practices in Leeds and in York do not
//     overlap);
//   - the same broad category ("landlords", "homeowners") *and* the same place: "landlords in Manchester".
// Generic words ("clients", "businesses", "people") never make a match, whatever a profile holds. Places
// alone never make one either, and two-digit sector codes (a whole industry) count for nothing.
// Members whose offers are the same service (the same head noun, the words of one within the other's:
// "bookkeeper" and "bookkeeper", "marketing agency" and "dental marketing agency") compete for those clients:
// they are listed as competitors, not matched. A member whose service is what another asks for
// (the letting agent in the room, when the electrician wants to meet letting agents) is a direct introduction,
// matched too. Members whose target is a bare generic or a broad category (target_client level ≤ 1) are
// listed as unreferrable: nobody can picture whom to send them.
//
// Everything here is a pure function of its arguments: no global state, safe to call from any number of
// threads at once. offer_profile only calls Analyzer::analyze, which is itself thread-safe.
#pragma once

#include <cstddef>
#include <pitchclarity/analyzer.hpp>
#include <pitchclarity/export.hpp>
#include <pitchclarity/report.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pitchclarity {

// What a member offers, as matching compares it.
struct OfferProfile {
  // The service as a short noun phrase, taken from Report::offer_summary without the cue before it or the
  // clients after it: "dental equipment engineer", "office cleaning company". Empty when the pitch does not
  // say (no offer, or only the speaker's name).
  std::string service;
  // Lemmas of the roles and business types in `service`, spelled as TargetProfile::roles spells them
  // ("letting agent", "florist"), so one member's offer can be compared with another's target.
  std::vector<std::string> roles;

  bool known() const noexcept { return !service.empty(); }
  friend bool operator==(const OfferProfile&, const OfferProfile&) = default;
};

// The member's offer, found by reading Report::offer_summary back through the analyzer as a target
// ("I work with a <service>.") so that its roles come out as lemmas. Thread-safe; costs one short analysis.
PITCHCLARITY_EXPORT OfferProfile offer_profile(const Analyzer& analyzer, const Report& report);

struct GroupMember {
  std::string id;      // as the room knows the member: shown in matches; should be unique in the group
  Report report;       // read: score, band, levels, target, vague findings, target_client's evidence
  OfferProfile offer;  // from offer_profile(); leave empty if unknown (matches then carry a note)

  friend bool operator==(const GroupMember&, const GroupMember&) = default;
};

struct GroupOptions {
  std::size_t top = 10;  // how many vague phrases GroupSummary::vague_phrases keeps
  // Each member keeps its strongest matches, and its strongest competitors, up to this many (0: all). A pair
  // is listed when it is among the kept ones of either member. Strength: an introduction first, then shared
  // names, roles, sectors and places, in that order of weight.
  std::size_t max_partners = 10;
  // Each member is compared with at most this many others (0: all): those sharing a role, broad role,
  // sector, name or service with it, nearest to it in the input first. A room never reaches it; it keeps a
  // batch of thousands of similar pitches from costing the square of its size.
  std::size_t max_candidates = 100;
};

struct ScoreBucket {
  int from = 0;  // inclusive
  int to = 0;    // inclusive: the last bucket is 90–100
  std::size_t count = 0;

  friend bool operator==(const ScoreBucket&, const ScoreBucket&) = default;
};

// A name and how many pitches have it.
struct Tally {
  std::string name;
  std::size_t pitches = 0;

  friend bool operator==(const Tally&, const Tally&) = default;
};

struct GroupSummary {
  std::size_t count = 0;  // members
  double mean = 0.0;      // score, rounded to one decimal
  double median = 0.0;
  int min = 0;
  int max = 0;
  std::vector<ScoreBucket> histogram;  // always ten buckets: 0–9, 10–19, …, 90–100
  std::vector<Tally> bands;            // vague, developing, clear, specific, in that order (zeros kept)
  // The `top` most common vague phrases (findings of category vague), counted once per pitch and compared
  // without regard to case; shown as first written. Most used first, then by text.
  std::vector<Tally> vague_phrases;
  // Dimensions nothing was found for (level 0): "target client", "industry", "problem", "ask", "give",
  // "offer"; only those missing somewhere, most often missing first.
  std::vector<Tally> missing_parts;

  friend bool operator==(const GroupSummary&, const GroupSummary&) = default;
};

// Two members who could refer each other, with why in words.
struct Match {
  // For an introduction, `a` wants to meet people like `b`; otherwise `a` comes first in the input.
  std::string a;
  std::string b;
  bool shared_clients = false;  // their target clients overlap and they offer different things
  bool introduction = false;    // one's service is what the other asks for
  // One sentence for the room: "both serve dental practices and practice managers in Leeds (NAICS 6212)";
  // "electrician wants to meet letting agents, and letting-agent is a letting agent".
  std::string reason;
  // What they share: lemmas of roles, places, sector codes (the more specific of a prefix pair), names.
  std::vector<std::string> roles;
  std::vector<std::string> places;
  std::vector<std::string> sector_codes;
  std::vector<std::string> names;
  // For an introduction, the roles of `b` that `a` asked for.
  std::vector<std::string> introduces;
  // Set when a shared-clients match could not be checked for competition because a pitch does not say what
  // its speaker does: "wedding-photographer does not say what they offer: check they are not competitors".
  std::string note;

  friend bool operator==(const Match&, const Match&) = default;
};

// Two members who serve the same clients with the same service: rivals for those clients, not partners.
struct Competition {
  std::string a;  // first in the input
  std::string b;
  std::string service;  // the shared service, as `a` says it
  std::string reason;   // "both are bookkeepers for dental practices and practice managers in Leeds"

  friend bool operator==(const Competition&, const Competition&) = default;
};

// A member nobody in the room can refer, because nobody can picture whom to send.
struct Unreferrable {
  std::string id;
  int target_level = 0;  // 0 or 1
  std::string reason;    // "'paying clients' does not describe anyone a listener could introduce"

  friend bool operator==(const Unreferrable&, const Unreferrable&) = default;
};

struct GroupAnalysis {
  GroupSummary summary;
  std::vector<Match> matches;              // by the input positions of the pair: earlier member, then later
  std::vector<Competition> competitors;    // likewise
  std::vector<Unreferrable> unreferrable;  // in input order

  friend bool operator==(const GroupAnalysis&, const GroupAnalysis&) = default;
};

// The summary figures and the matches for a group. Matching compares only members that share something
// worth comparing, within GroupOptions' limits, so its cost grows with the group's size, not its square.
PITCHCLARITY_EXPORT GroupAnalysis analyze_group(const std::vector<GroupMember>& members,
                                                const GroupOptions& options = GroupOptions{});

// The summary figures alone, without matching.
PITCHCLARITY_EXPORT GroupSummary summarize_group(const std::vector<GroupMember>& members,
                                                 const GroupOptions& options = GroupOptions{});

// The key a summary counts a phrase under: full Unicode case folding, so "Paying clients", "PAYING CLIENTS"
// and "paying clients" are one phrase (and "STRASSE" is "strasse"). Programs that tally findings themselves,
// as a streamed batch does, use it to count the way summarize_group does.
PITCHCLARITY_EXPORT std::string phrase_key(std::string_view text);

}  // namespace pitchclarity
