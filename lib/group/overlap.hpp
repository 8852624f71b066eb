// group/overlap.hpp — what two members' targets share, and whether two services are the same.
#pragma once

#include <pitchclarity/group.hpp>
#include <string>
#include <vector>

namespace pitchclarity::group {

// A member's target as matching sees it: generic words gone, broad categories apart, places split into
// parts, sector codes shorter than three digits dropped, names folded for comparison.
struct TargetKeys {
  bool referrable = false;  // target_client level ≥ 2
  std::vector<std::string> niche_roles;
  std::vector<std::string> broad_roles;
  std::vector<std::string> places;
  std::vector<std::string> sectors;
  std::vector<std::string> names;         // as written
  std::vector<std::string> folded_names;  // lower case, same order
};

TargetKeys target_keys(const Report& report);

// What two targets share, when that is enough to call their clients the same people; empty otherwise.
struct Overlap {
  std::vector<std::string> roles;    // niche roles, then broad ones (those only with a shared place)
  std::vector<std::string> places;   // shared place parts
  std::vector<std::string> sectors;  // the more specific code of each equal or prefix pair
  std::vector<std::string> names;    // as `a` wrote them
  bool any() const { return !roles.empty() || !sectors.empty() || !names.empty(); }
};

Overlap overlap(const TargetKeys& a, const TargetKeys& b);

// Whether two known services are the same trade: the same head noun, and the words of one (ignoring
// describing adjectives) all in the other: "bookkeeper" and "bookkeeper", "marketing agency" and "dental
// marketing agency"; not "dental equipment engineer" and "structural engineer".
bool same_service(const OfferProfile& a, const OfferProfile& b);
// The same, on service_words() of each (empty for an unknown service).
bool same_service(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The roles `seeker` asks for that `offer` is: a direct introduction. Generic words, and services named
// only by words such as "agency" or "company", never count.
std::vector<std::string> wanted_roles(const TargetKeys& seeker, const OfferProfile& offer);

// A service's words without describing adjectives, each singular: "small marketing agencies" → {marketing,
// agency}.
std::vector<std::string> service_words(std::string_view service);

}  // namespace pitchclarity::group
