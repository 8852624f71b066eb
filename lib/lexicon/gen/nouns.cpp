// gen/nouns.cpp — classifying WordNet's nouns for specificity (see nouns.hpp and data/classes.tsv).
#include "nouns.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace pcgen {
namespace {

namespace d = pitchclarity::lexicon::detail;

struct Root {
  Kind self, hyponyms, instances;
  std::size_t order;  // later lines win ties between roots at the same distance
};

class SynsetClasses {
 public:
  SynsetClasses(const WordNet& wn, const std::vector<Row>& rows) : wn_(wn) {
    for (const Row& row : rows) {
      const std::uint32_t off = wn.noun_synset(row.fields[0], row.where());
      if (!roots_
               .emplace(off, Root{parse_kind(row.fields[1], row), parse_kind(row.fields[2], row),
                                  parse_kind(row.fields[3], row), roots_.size()})
               .second)
        fail(row.where(), "synset listed twice: " + row.fields[0]);
    }
  }

  // The class of a synset: its own root entry, else the nearest root above it (via hypernyms, and via
  // instance-of for instances, which then take the root's instance kind).
  Kind of(std::uint32_t off) {
    if (auto it = memo_.find(off); it != memo_.end()) return it->second;
    Kind kind = Kind::other;
    if (auto r = roots_.find(off); r != roots_.end()) {
      kind = r->second.self;
    } else {
      std::vector<std::pair<std::uint32_t, bool>> level;  // (synset, reached through an instance link)
      push_parents(off, false, level);
      std::set<std::pair<std::uint32_t, bool>> seen(level.begin(), level.end());
      while (!level.empty()) {
        const Root* best = nullptr;
        bool best_instance = false;
        for (auto [s, instance] : level) {
          auto root = roots_.find(s);
          if (root != roots_.end() && (!best || root->second.order > best->order)) {
            best = &root->second;
            best_instance = instance;
          }
        }
        if (best) {
          kind = best_instance ? best->instances : best->hyponyms;
          break;
        }
        std::vector<std::pair<std::uint32_t, bool>> next;
        for (auto [s, instance] : level) push_parents(s, instance, next);
        level.clear();
        for (auto& p : next)
          if (seen.insert(p).second) level.push_back(p);
      }
    }
    memo_.emplace(off, kind);
    return kind;
  }

  std::uint8_t depth(std::uint32_t off) {
    if (auto it = depth_memo_.find(off); it != depth_memo_.end()) return it->second;
    const Synset& s = wn_.synsets[kNounIx].at(off);
    int best = -1;
    for (const auto* parents : {&s.hypernyms, &s.instance_of})
      for (std::uint32_t p : *parents) {
        const int d = depth(p);
        if (best < 0 || d < best) best = d;
      }
    const auto result = static_cast<std::uint8_t>(best < 0 ? 0 : std::min(best + 1, 255));
    depth_memo_.emplace(off, result);
    return result;
  }

 private:
  void push_parents(std::uint32_t off, bool instance, std::vector<std::pair<std::uint32_t, bool>>& out) const {
    const Synset& s = wn_.synsets[kNounIx].at(off);
    for (std::uint32_t h : s.hypernyms) out.emplace_back(h, instance);
    for (std::uint32_t h : s.instance_of) out.emplace_back(h, true);
  }

  const WordNet& wn_;
  std::unordered_map<std::uint32_t, Root> roots_;
  std::unordered_map<std::uint32_t, Kind> memo_;
  std::unordered_map<std::uint32_t, std::uint8_t> depth_memo_;
};

// A sense counts if it is the first, or tagged at least half as often as the first, or (for words nobody
// tagged) the second: "bank" the business is sense 2 and nearly as frequent as the river bank; "side" the
// team and "hand" the labourer are not.
bool salient(const WordNet& wn, const std::string& lemma, std::size_t sense) {
  auto count = [&](std::size_t k) {
    auto it = wn.noun_sense_counts.find({lemma, static_cast<int>(k)});
    return it == wn.noun_sense_counts.end() ? 0 : it->second;
  };
  if (sense == 1) return true;
  const int first = count(1), mine = count(sense);
  if (first == 0) return sense <= 2;
  return mine > 0 && 2 * mine >= first;
}

// Words read far more often as another part of speech keep no person or organisation class: "major",
// "private", "great" (adjectives with a rare person sense) and "have" (a rich person, in WordNet). Only
// frequent verbs count: "tailor" and "butcher" are seldom tagged at all.
bool mostly_not_a_noun(const WordNet& wn, const std::string& lemma) {
  auto it = wn.pos_counts.find(lemma);
  if (it == wn.pos_counts.end()) return false;
  const auto& c = it->second;
  return c[kAdjIx] > 2 * c[kNounIx] || (c[kNounIx] == 0 && c[kVerbIx] >= 20);
}

std::string key_of(std::string_view name) {
  std::string out(name.size() + 1, '\0');
  const std::size_t n = d::place_key(name, out.data(), out.size() - 1);
  out.resize(std::min(n, out.size() - 1));
  return out;
}

HeadMode parse_head(const std::string& text, const Row& row) {
  if (text == "self") return HeadMode::self;
  if (text == "role") return HeadMode::role;
  if (text == "business") return HeadMode::business;
  if (text == "owner") return HeadMode::owner;
  fail(row.where(), "unknown head mode '" + text + "' (self, role, business, owner)");
}

}  // namespace

Kind parse_kind(const std::string& text, const Row& row) {
  if (text == "generic") return Kind::generic;
  if (text == "broad") return Kind::broad_group;
  if (text == "role") return Kind::role;
  if (text == "business") return Kind::business_type;
  if (text == "place") return Kind::place;
  if (text == "other") return Kind::other;
  fail(row.where(), "unknown kind '" + text + "' (generic, broad, role, business, place, other)");
}

NounData classify_wordnet(const WordNet& wn, const std::vector<Row>& classes, const GenLex& lex) {
  SynsetClasses synsets(wn, classes);
  const Morph morph(lex);
  NounData data;
  std::map<std::string, NounClass> borrowed;  // classes of lemmas whose lemma phrase is another word's
  for (const auto& [lemma, offsets] : wn.index[kNounIx]) {
    NounClass c;
    c.depth = synsets.depth(offsets.front());
    bool place = false, common = false;
    for (std::size_t k = 0; k < offsets.size(); ++k) {
      const Kind kind = synsets.of(offsets[k]);
      (kind == Kind::place ? place : common) = true;
      if (c.kind == Kind::other && kind != Kind::other && salient(wn, lemma, k + 1)) c.kind = kind;
    }
    const std::uint8_t f = lex.flags(lemma);
    const bool other_pos = (f & (d::kVerb | d::kAdjective | d::kAdverb)) != 0;
    if (place) {
      std::string scratch;
      const bool ordinary = common || other_pos || lemma.size() < 3 || morph.match_lemma(lemma, scratch) != lemma;
      data.places[key_of(lemma)] |= ordinary ? d::kPlaceAlsoCommon : 0;
    }
    if (c.kind == Kind::place && other_pos) c.kind = Kind::other;  // "nice", "as", "south": read as words
    if (c.kind != Kind::place && c.kind != Kind::other && mostly_not_a_noun(wn, lemma)) c.kind = Kind::other;
    const std::string key = lemma_phrase(morph, lemma);
    (key == lemma ? data.nouns : borrowed).emplace(key, c);
  }
  for (auto& [key, c] : borrowed) data.nouns.emplace(key, c);  // only where the lemma has no entry of its own
  return data;
}

void apply_overrides(const std::vector<Row>& rows, const GenLex& lex, NounData& data) {
  const Morph morph(lex);
  std::set<std::string> seen;
  for (const Row& row : rows) {
    if (lower(row.fields[0]) != row.fields[0]) fail(row.where(), "phrases are written folded (lower case)");
    const std::string key = lemma_phrase(morph, row.fields[0]);
    if (!seen.insert(key).second)
      fail(row.where(), "'" + row.fields[0] + "' repeats an earlier entry (as " + key + ")");
    NounClass& c = data.nouns[key];
    c.kind = parse_kind(row.fields[1], row);
    c.head = row.fields.size() > 2 ? parse_head(row.fields[2], row) : HeadMode::self;
  }
}

void add_curated_places(const std::vector<Row>& rows, const GenLex& lex, NounData& data) {
  const Morph morph(lex);
  for (const Row& row : rows) {
    const std::string& name = row.fields[0];
    if (lower(name) != name) fail(row.where(), "place names are written folded (lower case)");
    const std::string key = key_of(name);
    if (key.empty()) fail(row.where(), "empty place name");
    std::string scratch;
    const std::uint8_t f = lex.flags(name);
    const bool ordinary = (f != 0 && !(f & d::kProperOnly)) || key.size() < 4 ||
                          morph.match_lemma(name, scratch) != name;  // "bury", "sale", "us", "la"
    data.places[key] |= ordinary ? d::kPlaceAlsoCommon : 0;
    const std::string noun_key = lemma_phrase(morph, key);
    if (!ordinary && !data.nouns.count(noun_key))
      data.nouns.emplace(noun_key, NounClass{Kind::place, HeadMode::self, 0});
  }
}

void prune(NounData& data) {
  std::vector<std::string> drop;
  for (const auto& [key, c] : data.nouns) {
    if (c.kind != Kind::other || c.head != HeadMode::self) continue;
    // What the longest-suffix fallback would find without this entry.
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
      auto suffix = data.nouns.find(key.substr(space + 1));
      if (suffix == data.nouns.end()) continue;
      if (suffix->second.kind == Kind::other && suffix->second.head == HeadMode::self) drop.push_back(key);
      break;
    }
  }
  for (const std::string& key : drop) data.nouns.erase(key);
}

}  // namespace pcgen
