#include "model/offer_give.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

// A noun concrete enough to name a service: a role or business type, or a WordNet noun deep in the
// hierarchy (stairlift, invoice, boiler) that is not on the generic-offer list (solutions, marketing).
bool concrete_noun(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i)) return false;
  const auto info = lexicon::noun(ctx[i].lemma);
  if (!info) return false;
  if (ctx.data().offer_generic.contains_word(ctx[i].lemma) || ctx.data().offer_generic.contains_word(ctx[i].folded)) {
    return false;
  }
  if (info->kind == lexicon::Kind::role || info->kind == lexicon::Kind::business_type) return true;
  return info->kind == lexicon::Kind::other && info->depth >= 6;
}

}  // namespace

OfferResult find_offer(const Context& ctx) {
  const ModelData& d = ctx.data();
  OfferResult r;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::uint32_t n = d.offer_cues.match_at(ctx.tokens(), i);
    if (n == 0 || ctx.quoted(i) || ctx.negated_before(i, 2)) continue;
    const std::uint32_t end = std::min<std::uint32_t>(phrase_end(ctx, i + n, 14), ctx.size());
    int level = 0;
    bool generic = false;
    for (std::uint32_t k = i + n; k < end; ++k) {
      if (!ctx.is_word(k)) continue;
      if (concrete_noun(ctx, k)) {
        level = 2;
        break;
      }
      if (d.offer_generic.match_at(ctx.tokens(), k) > 0) generic = true;
    }
    if (level == 0 && generic) level = 1;
    if (level > r.level) {
      r.level = level;
      r.best = {i + n, end};
    }
  }
  if (!r.best.empty()) r.summary = ctx.text(r.best);
  return r;
}

GiveResult find_give(const Context& ctx) {
  const ModelData& d = ctx.data();
  GiveResult r;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::uint32_t n = d.give_cues.match_at(ctx.tokens(), i);
    if (n == 0 || ctx.quoted(i) || ctx.negated_before(i, 2)) continue;
    const std::uint32_t end = phrase_end(ctx, i + n, 20);
    const PhraseFacts facts = analyze_phrase(ctx, {i + n, end});
    int level = 1;
    // Identifiable contacts: named, counted or placed people or businesses of a kind.
    if (!facts.names.empty() || (facts.noun_level >= 2 && (facts.has_count || facts.has_place))) level = 2;
    // "I know" alone is everywhere ("I know how hard it is"): it gives only when it names people.
    const bool weak_cue = ctx[i].folded == "i" && n <= 2;
    if (weak_cue && facts.noun_level < 0 && facts.names.empty()) continue;
    if (level > r.level) {
      r.level = level;
      r.best = {i, end};
    }
    i += n - 1;
  }
  return r;
}

}  // namespace pitchclarity::model
