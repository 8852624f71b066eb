#include "group/overlap.hpp"

#include <algorithm>

#include "group/words.hpp"

namespace pitchclarity::group {
namespace {

bool has(const std::vector<std::string>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void add_unique(std::vector<std::string>& v, std::string x) {
  if (!has(v, x)) v.push_back(std::move(x));
}

bool digits(std::string_view code) {
  return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<std::string> service_words(std::string_view service) {
  std::vector<std::string> out;
  for (const std::string& w : words_of(service)) {
    if (!describing_word(w)) out.push_back(singular(w));
  }
  return out;
}

TargetKeys target_keys(const Report& report) {
  TargetKeys k;
  k.referrable = report.dimensions.target_client.level >= 2;
  const TargetProfile& t = report.target;
  for (const std::string& role : t.roles) {
    std::string r = lower(role);
    if (r.empty() || generic_role(r)) continue;  // never on a generic word, whatever the profile holds
    std::vector<std::string>& into = broad_role(r) ? k.broad_roles : k.niche_roles;
    add_unique(into, std::move(r));
  }
  for (const std::string& place : t.places) {
    for (std::string& part : place_parts(place)) add_unique(k.places, std::move(part));
  }
  for (const std::string& code : t.sector_codes) {
    if (code.size() >= 3 && digits(code)) add_unique(k.sectors, code);
  }
  for (const std::string& name : t.names) {
    std::string folded = lower(name);
    if (folded.empty() || has(k.folded_names, folded)) continue;
    k.names.push_back(name);
    k.folded_names.push_back(std::move(folded));
  }
  return k;
}

Overlap overlap(const TargetKeys& a, const TargetKeys& b) {
  Overlap o;
  if (!a.referrable || !b.referrable) return o;
  for (std::size_t i = 0; i < a.names.size(); ++i) {
    if (has(b.folded_names, a.folded_names[i])) o.names.push_back(a.names[i]);
  }
  for (const std::string& p : a.places) {
    if (has(b.places, p)) o.places.push_back(p);
  }
  // Dental practices in Leeds and dental practices in York are not the same clients.
  const bool places_differ = !a.places.empty() && !b.places.empty() && o.places.empty();
  if (!places_differ) {
    for (const std::string& r : a.niche_roles) {
      if (has(b.niche_roles, r)) o.roles.push_back(r);
    }
    for (const std::string& x : a.sectors) {
      for (const std::string& y : b.sectors) {
        if (x.starts_with(y) || y.starts_with(x)) add_unique(o.sectors, x.size() >= y.size() ? x : y);
      }
    }
    // Keep the most specific: "6212" and "621210" both shared → "621210".
    std::erase_if(o.sectors, [&](const std::string& s) {
      return std::any_of(o.sectors.begin(), o.sectors.end(),
                         [&](const std::string& t) { return t.size() > s.size() && t.starts_with(s); });
    });
    std::sort(o.sectors.begin(), o.sectors.end());
  }
  // A broad category is a kind of person only with a place: "landlords in Manchester".
  if (!o.places.empty()) {
    for (const std::string& r : a.broad_roles) {
      if (has(b.broad_roles, r)) o.roles.push_back(r);
    }
  }
  if (!o.any()) o.places.clear();
  return o;
}

bool same_service(const OfferProfile& a, const OfferProfile& b) {
  if (!a.known() || !b.known()) return false;
  return same_service(service_words(a.service), service_words(b.service));
}

bool same_service(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty() || x.back() != y.back()) return false;
  const auto within = [](const std::vector<std::string>& small, const std::vector<std::string>& big) {
    return std::all_of(small.begin(), small.end(), [&](const std::string& w) { return has(big, w); });
  };
  return within(x, y) || within(y, x);
}

std::vector<std::string> wanted_roles(const TargetKeys& seeker, const OfferProfile& offer) {
  std::vector<std::string> out;
  if (!seeker.referrable || !offer.known()) return out;
  for (const std::string& role : offer.roles) {
    const std::string r = lower(role);
    if (generic_role(r)) continue;
    const std::vector<std::string> words = words_of(r);
    if (std::all_of(words.begin(), words.end(), [](const std::string& w) { return generic_service_word(w); })) continue;
    if (has(seeker.niche_roles, r)) add_unique(out, r);
  }
  return out;
}

}  // namespace pitchclarity::group
