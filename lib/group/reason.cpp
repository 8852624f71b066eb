#include "group/reason.hpp"

#include "group/words.hpp"

namespace pitchclarity::group {
namespace {

std::string quoted(std::string_view text) {
  std::string s(text);
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return "'" + s + "'";
}

}  // namespace

std::string clients_phrase(const Overlap& o, const SectorNames& sectors) {
  std::string out;
  if (!o.roles.empty()) {
    std::vector<std::string> roles;
    for (const std::string& r : o.roles) roles.push_back(plural(r));
    out = join_words(roles);
  } else if (!o.sectors.empty()) {
    std::vector<std::string> names;
    for (const std::string& code : o.sectors) {
      const auto it = sectors.find(code);
      names.push_back(it != sectors.end() ? it->second : "the same sector");
    }
    out = join_words(names);
  }
  if (out.empty()) return out;
  if (!o.places.empty()) {
    std::vector<std::string> places;
    for (const std::string& p : o.places) places.push_back(place_name(p));
    out += " in " + join_words(places);
  }
  if (!o.sectors.empty()) out += " (NAICS " + join_words(o.sectors, ", ") + ")";
  return out;
}

std::string shared_reason(const Overlap& o, const SectorNames& sectors) {
  std::string out;
  const std::string clients = clients_phrase(o, sectors);
  if (!clients.empty()) out = "both serve " + clients;
  if (!o.names.empty()) out += (out.empty() ? "" : "; ") + std::string("both want to meet ") + join_words(o.names);
  return out;
}

std::string introduction_reason(std::string_view seeker, std::string_view sought,
                                const std::vector<std::string>& roles) {
  std::vector<std::string> wanted;
  for (const std::string& r : roles) wanted.push_back(plural(r));
  return std::string(seeker) + " wants to meet " + join_words(wanted) + ", and " + std::string(sought) + " is " +
         with_article(roles.front());
}

std::string competition_reason(const OfferProfile& a, const OfferProfile& b, const Overlap& o,
                               const SectorNames& sectors) {
  // The shorter service is the one both are: "marketing agency" for "dental marketing agency" too.
  const std::string& service = a.service.size() <= b.service.size() ? a.service : b.service;
  std::vector<std::string> words = words_of(service);
  if (!words.empty()) words.back() = singular(words.back());
  std::string out = "both are " + plural(join_words(words, " "));
  const std::string clients = clients_phrase(o, sectors);
  if (!clients.empty()) out += " for " + clients;
  if (!o.names.empty())
    out += (clients.empty() ? " who want to meet " : ", and both want to meet ") + join_words(o.names);
  return out;
}

std::string unreferrable_reason(const Report& report) {
  const LevelResult& target = report.dimensions.target_client;
  const Finding* vague = nullptr;
  for (const Finding& f : report.findings) {
    if (f.category == "vague" && f.span && !f.span->text.empty()) {
      vague = &f;
      break;
    }
  }
  if (target.level == 1) {
    if (!target.evidence.empty() && !target.evidence.front().text.empty()) {
      return quoted(target.evidence.front().text) + " is a broad category: nobody can picture one person to introduce";
    }
    if (vague != nullptr)
      return quoted(vague->span->text) + " is too broad for anyone to picture one person to introduce";
    return "the target is a broad category: nobody can picture one person to introduce";
  }
  if (vague != nullptr) return quoted(vague->span->text) + " does not describe anyone a listener could introduce";
  return "the pitch does not say whom the speaker wants to meet";
}

}  // namespace pitchclarity::group
