// group/reason.hpp — matches, competitors and unreferrable members explained in one sentence each.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "group/overlap.hpp"

namespace pitchclarity::group {

using SectorNames = std::map<std::string, std::string, std::less<>>;  // NAICS code → title

// "dental practices and practice managers in Leeds (NAICS 6212)"; "Offices of Dentists (NAICS 6212)".
std::string clients_phrase(const Overlap& o, const SectorNames& sectors);

// "both serve dental practices in Leeds (NAICS 6212)", "; both want to meet Bright Smile Dental".
std::string shared_reason(const Overlap& o, const SectorNames& sectors);

// "electrician wants to meet letting agents, and letting-agent is a letting agent".
std::string introduction_reason(std::string_view seeker, std::string_view sought,
                                const std::vector<std::string>& roles);

// "both are bookkeepers for dental practices in Leeds (NAICS 6212)".
std::string competition_reason(const OfferProfile& a, const OfferProfile& b, const Overlap& o,
                               const SectorNames& sectors);

// "'paying clients' does not describe anyone a listener could introduce".
std::string unreferrable_reason(const Report& report);

}  // namespace pitchclarity::group
