#include "model/restated_need.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace pitchclarity::model {
namespace {

// A word worth comparing: long enough to carry meaning, not a cue or clause word, not a generic noun.
bool content_word(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i) || ctx[i].lemma.size() < 4) return false;
  const ModelData& d = ctx.data();
  if (d.clause_stop.match_at(ctx.cues(), i) > 0 || d.cue_skippable.contains_word(ctx.words(i).lemma)) return false;
  const auto n = lexicon::noun(ctx[i].lemma);
  return !(n && (n->kind == lexicon::Kind::generic || n->kind == lexicon::Kind::broad_group));
}

// "remortgage" is "mortgage" again.
std::string_view without_re(std::string_view w) {
  return w.size() >= 7 && w.starts_with("re") ? w.substr(2) : w;
}

// Same word, or one stem inflected two ways ("mortgaging" / "mortgage"): a shared start of five letters
// or more that leaves at most two letters of the shorter word.
bool same_stem(std::string_view a, std::string_view b) {
  a = without_re(a);
  b = without_re(b);
  if (a == b) return true;
  std::size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  return common >= 5 && common + 2 >= std::min(a.size(), b.size());
}

// The speaker's own trade words: the offer phrase, and the few words after "I" or "we" outside any target
// phrase ("we move families", "I produce podcasts").
std::vector<std::string_view> trade_words(const Context& ctx, const OfferResult& offer, const TargetResult& targets) {
  std::vector<bool> in_target(ctx.size(), false);
  for (const Mention& m : targets.mentions) {
    for (std::uint32_t k = m.cue.first; k < m.facts.range.last && k < ctx.size(); ++k) in_target[k] = true;
  }
  std::vector<std::string_view> words;
  for (std::uint32_t k = offer.best.first; k < offer.best.last && k < ctx.size(); ++k) {
    if (content_word(ctx, k)) words.push_back(ctx[k].lemma);
  }
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::string_view f = ctx[i].folded;
    if (in_target[i] || ctx.quoted(i) || !(f == "i" || f == "we" || f == "i'm" || f == "we're")) continue;
    for (std::uint32_t k = i + 1; k < std::min(ctx.size(), i + 4) && ctx[k].sentence == ctx[i].sentence; ++k) {
      if (!in_target[k] && content_word(ctx, k)) words.push_back(ctx[k].lemma);
    }
  }
  return words;
}

// Only the moment itself is compared: a describing clause after it ("couples getting married who are
// doing a relaxed, homemade wedding") may well mention the speaker's trade.
bool restates(const Context& ctx, const PhraseFacts& f, const std::vector<std::string_view>& trade) {
  bool seen_content = false;
  for (std::uint32_t k = f.generic.last; k < f.range.last; ++k) {
    if (seen_content && ctx.data().clause_openers.match_at(ctx.cues(), k) > 0) break;
    if (!content_word(ctx, k)) continue;
    seen_content = true;
    for (const std::string_view w : trade) {
      if (same_stem(ctx[k].lemma, w)) return true;
    }
  }
  return false;
}

}  // namespace

void drop_restated_needs(const Context& ctx, const OfferResult& offer, TargetResult& targets) {
  const bool any = std::any_of(targets.mentions.begin(), targets.mentions.end(), [](const Mention& m) {
    return m.facts.moment_defined && !m.facts.has_place && !m.facts.has_size && m.facts.names.empty();
  });
  if (!any) return;
  const std::vector<std::string_view> trade = trade_words(ctx, offer, targets);
  bool changed = false;
  for (Mention& m : targets.mentions) {
    PhraseFacts& f = m.facts;
    if (!f.moment_defined || f.has_place || f.has_size || !f.names.empty() || !restates(ctx, f, trade)) continue;
    f.noun_level = f.head_level;
    f.level = std::max(0, f.head_level);
    f.moment_defined = false;
    f.has_moment = false;
    f.product_clause = {f.generic.first, f.range.last};
    changed = true;
  }
  if (changed) settle_levels(ctx, targets);
}

}  // namespace pitchclarity::model
