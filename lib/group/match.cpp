// analyze_group: the summary, then who could refer whom.
//
// Members are filed under the keys that could make a match (niche and broad roles, names, three-digit sector
// prefixes, the roles of their service), and each member is compared only with members sharing a key —
// nearest in the input first, up to GroupOptions::max_candidates — so a batch of thousands of similar pitches
// costs a multiple of its size, not its square. Each member then keeps its strongest matches and competitors
// (max_partners); a pair is listed when either member kept it. Reasons are written for listed pairs only.
#include <algorithm>
#include <compare>
#include <limits>
#include <pitchclarity/group.hpp>
#include <unordered_map>
#include <utility>

#include "group/overlap.hpp"
#include "group/reason.hpp"
#include "group/words.hpp"

namespace pitchclarity {
namespace {

using Bucket = std::vector<std::size_t>;  // member indices, ascending

struct Index {
  std::unordered_map<std::string, Bucket> by_key;           // target keys of referrable members
  std::unordered_map<std::string, Bucket> by_service_role;  // roles of members' services
};

std::vector<std::string> keys_of(const group::TargetKeys& k) {
  std::vector<std::string> out;
  if (!k.referrable) return out;
  for (const std::string& r : k.niche_roles) out.push_back("r " + r);
  for (const std::string& r : k.broad_roles) out.push_back("b " + r);
  for (const std::string& s : k.sectors) out.push_back("s " + s.substr(0, 3));
  for (const std::string& n : k.folded_names) out.push_back("n " + n);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Walks a bucket outwards from where `self` is (or would be), nearest first, alternating after and before.
template <class Visit>
void nearest_first(const Bucket& bucket, std::size_t self, Visit&& visit) {
  const auto mid = static_cast<std::size_t>(std::lower_bound(bucket.begin(), bucket.end(), self) - bucket.begin());
  std::size_t after = mid < bucket.size() && bucket[mid] == self ? mid + 1 : mid;
  std::size_t before = mid;  // the next one down is before - 1
  while (after < bucket.size() || before > 0) {
    const bool take_after = before == 0 || (after < bucket.size() && bucket[after] - self <= self - bucket[before - 1]);
    const std::size_t j = take_after ? bucket[after++] : bucket[--before];
    if (!visit(j)) return;
  }
}

// A pair a member kept: which two, and as what. Compared again when written, so that only these few
// bytes are held for every kept pair of a large batch.
struct Kept {
  std::size_t i = 0;
  std::size_t j = 0;
  bool rivals = false;  // kept as competitors (else as a match)

  friend auto operator<=>(const Kept&, const Kept&) = default;
};

// What comparing two members found, before any sentence is written.
struct Pairing {
  std::size_t i = 0;
  std::size_t j = 0;
  group::Overlap shared;
  bool rivals = false;
  std::vector<std::string> i_wants_j;
  std::vector<std::string> j_wants_i;
  long strength = 0;

  bool match() const { return (shared.any() && !rivals) || !i_wants_j.empty() || !j_wants_i.empty(); }
};

long strength_of(const Pairing& p) {
  const auto n = [](const std::vector<std::string>& v) { return static_cast<long>(v.size()); };
  return 1000 * static_cast<long>(!p.i_wants_j.empty() || !p.j_wants_i.empty()) + 100 * n(p.shared.names) +
         20 * n(p.shared.roles) + 10 * n(p.shared.sectors) + 5 * n(p.shared.places);
}

class Matcher {
 public:
  Matcher(const std::vector<GroupMember>& members, const GroupOptions& options)
      : members_(members), options_(options), seen_(members.size(), kNever) {
    keys_.reserve(members.size());
    words_.reserve(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
      keys_.push_back(group::target_keys(members[i].report));
      words_.push_back(members[i].offer.known() ? group::service_words(members[i].offer.service)
                                                : std::vector<std::string>{});
      for (const std::string& key : keys_of(keys_.back())) index_.by_key[key].push_back(i);
      std::vector<std::string> roles;
      for (const std::string& role : members[i].offer.roles) roles.push_back(group::lower(role));
      std::sort(roles.begin(), roles.end());
      roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
      for (const std::string& role : roles) index_.by_service_role[role].push_back(i);
    }
    for (const GroupMember& m : members) {
      for (const Sector& s : m.report.dimensions.industry.sectors) sector_names_.emplace(s.code, s.name);
    }
  }

  // Every pair either member kept, each once per kind, ordered by the pair's input positions.
  std::vector<Kept> kept_pairs() {
    std::vector<Kept> kept;
    for (std::size_t i = 0; i < members_.size(); ++i) {
      std::vector<Pairing> matches;
      std::vector<Pairing> rivals;
      for (std::size_t j : candidates(i)) {
        Pairing p = compare(std::min(i, j), std::max(i, j));
        if (p.match()) matches.push_back(p);
        if (p.rivals) rivals.push_back(std::move(p));
      }
      keep_strongest(matches, i, false, kept);
      keep_strongest(rivals, i, true, kept);
    }
    // A pair kept by both members appears once.
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    return kept;
  }

  void write(const std::vector<Kept>& kept, GroupAnalysis& g) const {
    for (const Kept& k : kept) {
      const Pairing p = compare(k.i, k.j);
      const GroupMember& x = members_[p.i];
      const GroupMember& y = members_[p.j];
      if (k.rivals) {
        g.competitors.push_back(
            {x.id, y.id, x.offer.service, group::competition_reason(x.offer, y.offer, p.shared, sector_names_)});
      } else {
        g.matches.push_back(match_of(p));
      }
    }
  }

 private:
  static constexpr std::size_t kNever = std::numeric_limits<std::size_t>::max();

  std::vector<std::size_t> candidates(std::size_t i) {
    std::vector<std::size_t> out;
    const std::size_t cap = options_.max_candidates == 0 ? members_.size() : options_.max_candidates;
    const auto visit = [&](std::size_t j) {
      if (j != i && seen_[j] != i) {
        seen_[j] = i;
        out.push_back(j);
      }
      return out.size() < cap;
    };
    for (const std::string& key : keys_of(keys_[i])) {
      if (out.size() >= cap) break;
      nearest_first(index_.by_key.at(key), i, visit);
    }
    if (keys_[i].referrable) {
      // Members whose service is a role i asks for: direct introductions.
      for (const std::string& role : keys_[i].niche_roles) {
        const auto it = index_.by_service_role.find(role);
        if (it != index_.by_service_role.end() && out.size() < cap) nearest_first(it->second, i, visit);
      }
    }
    // Members who ask for i's service find i from their side; find them from this side too, so that a pair
    // kept by either member is seen by both.
    for (const std::string& role : members_[i].offer.roles) {
      const auto it = index_.by_key.find("r " + group::lower(role));
      if (it != index_.by_key.end() && out.size() < cap) nearest_first(it->second, i, visit);
    }
    return out;
  }

  Pairing compare(std::size_t i, std::size_t j) const {
    Pairing p;
    p.i = i;
    p.j = j;
    p.shared = group::overlap(keys_[i], keys_[j]);
    p.rivals = p.shared.any() && group::same_service(words_[i], words_[j]);
    p.i_wants_j = group::wanted_roles(keys_[i], members_[j].offer);
    p.j_wants_i = group::wanted_roles(keys_[j], members_[i].offer);
    p.strength = strength_of(p);
    return p;
  }

  // The strongest `max_partners` of `pairs` (ties: the partner nearest in the input, then the earlier).
  void keep_strongest(std::vector<Pairing>& pairs, std::size_t self, bool rivals, std::vector<Kept>& kept) const {
    const auto other = [self](const Pairing& p) { return p.i == self ? p.j : p.i; };
    const auto distance = [&](const Pairing& p) { return other(p) > self ? other(p) - self : self - other(p); };
    std::sort(pairs.begin(), pairs.end(), [&](const Pairing& a, const Pairing& b) {
      if (a.strength != b.strength) return a.strength > b.strength;
      if (distance(a) != distance(b)) return distance(a) < distance(b);
      return other(a) < other(b);
    });
    const std::size_t n = options_.max_partners == 0 ? pairs.size() : std::min(pairs.size(), options_.max_partners);
    for (std::size_t k = 0; k < n; ++k) kept.push_back({pairs[k].i, pairs[k].j, rivals});
  }

  Match match_of(const Pairing& p) const {
    const GroupMember& x = members_[p.i];
    const GroupMember& y = members_[p.j];
    Match m;
    m.shared_clients = p.shared.any() && !p.rivals;
    m.introduction = !p.i_wants_j.empty() || !p.j_wants_i.empty();
    // An introduction one way round reads from the member who asked: a wants to meet people like b.
    const bool swap = p.i_wants_j.empty() && !p.j_wants_i.empty();
    m.a = swap ? y.id : x.id;
    m.b = swap ? x.id : y.id;
    if (m.shared_clients) {
      m.reason = group::shared_reason(p.shared, sector_names_);
      m.roles = p.shared.roles;
      m.places = p.shared.places;
      m.sector_codes = p.shared.sectors;
      m.names = p.shared.names;
      std::vector<std::string> unclear;
      if (!x.offer.known()) unclear.push_back(x.id);
      if (!y.offer.known()) unclear.push_back(y.id);
      if (!unclear.empty()) {
        m.note = group::join_words(unclear) + (unclear.size() == 1 ? " does" : " do") +
                 " not say what they offer: check they are not competitors";
      }
    }
    const auto add_reason = [&m](const std::string& part) { m.reason += (m.reason.empty() ? "" : "; ") + part; };
    if (!p.i_wants_j.empty()) add_reason(group::introduction_reason(x.id, y.id, p.i_wants_j));
    if (!p.j_wants_i.empty()) add_reason(group::introduction_reason(y.id, x.id, p.j_wants_i));
    m.introduces = p.i_wants_j;
    for (const std::string& r : p.j_wants_i) {
      if (std::find(m.introduces.begin(), m.introduces.end(), r) == m.introduces.end()) m.introduces.push_back(r);
    }
    return m;
  }

  const std::vector<GroupMember>& members_;
  const GroupOptions& options_;
  std::vector<group::TargetKeys> keys_;
  std::vector<std::vector<std::string>> words_;  // service_words of each member's service
  Index index_;
  group::SectorNames sector_names_;
  std::vector<std::size_t> seen_;  // seen_[j] == i: j is already a candidate of i
};

}  // namespace

GroupAnalysis analyze_group(const std::vector<GroupMember>& members, const GroupOptions& options) {
  GroupAnalysis g;
  g.summary = summarize_group(members, options);
  Matcher matcher(members, options);
  matcher.write(matcher.kept_pairs(), g);
  for (const GroupMember& m : members) {
    const int level = m.report.dimensions.target_client.level;
    if (level <= 1) g.unreferrable.push_back({m.id, level, group::unreferrable_reason(m.report)});
  }
  return g;
}

}  // namespace pitchclarity
