// lexicon/nouns.cpp — noun() and classify(): noun classes from the generated word table, and the head-noun
// fallback that lets phrases nobody listed ("forklift trainer", "independent dental practice") classify.
#include "lexicon/lexicon.hpp"
#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon {
namespace {

using detail::find;
using detail::HeadMode;
using detail::kNotFound;
using detail::kTables;

std::uint8_t specificity(Kind kind) noexcept {
  switch (kind) {
    case Kind::generic:
      return 0;
    case Kind::broad_group:
      return 1;
    case Kind::role:
    case Kind::business_type:
      return 2;
    case Kind::place:
      return 3;
    case Kind::other:
      break;
  }
  return 0;
}

NounInfo info(Kind kind, std::uint8_t depth = 0) noexcept { return NounInfo{kind, specificity(kind), depth}; }

struct Entry {
  std::uint8_t noun = 0, flags = 0, depth = 0;
  bool found = false;
};

Entry entry(std::string_view key) noexcept {
  const std::uint32_t i = find(kTables.words, key);
  if (i == kNotFound) return {};
  return Entry{kTables.noun[i], kTables.flags[i], kTables.depth[i], true};
}

bool ends_with(std::string_view w, std::string_view s) noexcept {
  return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s;
}

// Words WordNet lacks. Closed compounds whose second part is a role or business type are one
// ("zookeeper" = zoo + keeper, "dogwalker"); "-ist", "-ician", "-ologist", "-ographer" words name people;
// "-er"/"-or" words do when the stem is a verb or noun WordNet knows ("podcaster", "influencer").
std::optional<NounInfo> guess(std::string_view word) noexcept {
  for (std::size_t split = 3; split + 4 <= word.size(); ++split) {
    const Entry head = entry(word.substr(split));
    if (!head.found || !detail::is_noun(head.noun)) continue;
    const Kind k = detail::kind_of(head.noun);
    if (k != Kind::role && k != Kind::business_type) continue;
    const Entry first = entry(word.substr(0, split));
    if (first.found && (first.flags & detail::kNoun)) return info(k);
  }
  for (std::string_view suffix : {"ist", "ician", "ologist", "ographer"})
    if (ends_with(word, suffix)) return info(Kind::role);
  for (std::string_view suffix : {"er", "or", "r"}) {
    if (!ends_with(word, suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - suffix.size());
    const Entry e = entry(stem);
    if (e.found && (e.flags & (detail::kVerb | detail::kNoun))) return info(Kind::role);
  }
  return std::nullopt;
}

enum class Effect { none, broaden, niche };

// What the word before a head does to it (see classify() in lexicon.hpp).
Effect modifier_effect(std::string_view word) noexcept {
  if (word.empty() || (word[0] >= '0' && word[0] <= '9')) return Effect::none;
  if (find(kTables.neutral_modifiers, word) != kNotFound) return Effect::none;
  if (find(kTables.broad_modifiers, word) != kNotFound) return Effect::broaden;
  const Entry e = entry(word);
  if (!e.found) return Effect::niche;  // "saas", "fintech", "e-commerce"
  if (detail::is_noun(e.noun)) {
    const Kind k = detail::kind_of(e.noun);
    if (k == Kind::generic || k == Kind::broad_group || k == Kind::place) return Effect::broaden;
    return Effect::niche;
  }
  if (e.flags & detail::kRelational) return Effect::niche;  // "dental", "veterinary", "legal"
  return e.flags == 0 ? Effect::niche : Effect::broaden;    // other adjectives and participles
}

NounInfo apply_head(Entry head, std::string_view modifiers) noexcept {
  const Kind bare = detail::kind_of(head.noun);
  const HeadMode mode = detail::head_of(head.noun);
  if (mode == HeadMode::self || modifiers.empty()) return info(bare, head.depth);
  if (mode == HeadMode::owner) {
    const std::optional<NounInfo> m = classify(modifiers);
    if (m && (m->kind == Kind::role || m->kind == Kind::business_type)) return info(Kind::role, head.depth);
    return info(bare == Kind::generic ? Kind::broad_group : bare, head.depth);
  }
  const std::size_t space = modifiers.rfind(' ');
  const std::string_view nearest = space == std::string_view::npos ? modifiers : modifiers.substr(space + 1);
  switch (modifier_effect(nearest)) {
    case Effect::none:
      return info(bare, head.depth);
    case Effect::broaden:
      return info(bare == Kind::generic ? Kind::broad_group : bare, head.depth);
    case Effect::niche:
      break;
  }
  return info(mode == HeadMode::role ? Kind::role : Kind::business_type, head.depth);
}

}  // namespace

std::optional<NounInfo> noun(std::string_view lemma_phrase) {
  const Entry e = entry(lemma_phrase);
  if (!e.found || !detail::is_noun(e.noun)) return std::nullopt;
  return info(detail::kind_of(e.noun), e.depth);
}

std::optional<NounInfo> classify(std::string_view phrase) {
  while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
  while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
  // Longest known suffix first: the whole phrase, then without its first word, and so on.
  for (std::size_t start = 0; start < phrase.size();) {
    const Entry e = entry(phrase.substr(start));
    if (e.found && detail::is_noun(e.noun)) {
      std::string_view modifiers = phrase.substr(0, start);
      while (!modifiers.empty() && modifiers.back() == ' ') modifiers.remove_suffix(1);
      return apply_head(e, modifiers);
    }
    const std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  const std::size_t space = phrase.rfind(' ');
  return guess(space == std::string_view::npos ? phrase : phrase.substr(space + 1));
}

}  // namespace pitchclarity::lexicon
