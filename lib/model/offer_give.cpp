#include "model/offer_give.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <vector>

namespace pitchclarity::model {
namespace {

// A noun concrete enough to name a service: a role or business type, or a WordNet noun deep in the
// hierarchy (stairlift, invoice, boiler) that is not on the generic-offer list (solutions, marketing).
bool concrete_noun(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i)) return false;
  const auto info = lexicon::noun(ctx[i].lemma);
  if (!info) return false;
  const PhraseList& generic = ctx.data().offer_generic;
  if (generic.contains_word(ctx.words(i).lemma) || generic.contains_word(ctx.words(i).folded)) {
    return false;
  }
  if (info->kind == lexicon::Kind::role || info->kind == lexicon::Kind::business_type) return true;
  return info->kind == lexicon::Kind::other && info->depth >= 6;
}

}  // namespace

namespace {

// The offer phrase runs on past commas ("I'm Hamish McLeod, a marine surveyor based at Hamble"): to the
// sentence end, 16 tokens, or the next target cue.
std::uint32_t offer_end(const Context& ctx, std::uint32_t from) {
  const ModelData& d = ctx.data();
  if (from >= ctx.size()) return from;
  const std::uint32_t limit = std::min<std::uint32_t>(ctx.size(), from + 16);
  for (std::uint32_t i = from; i < limit; ++i) {
    if (ctx[i].sentence != ctx[from].sentence) return i;
    if (i > from && d.target_cues.match_at(ctx.cues(), i, &d.cue_skippable) > 0) return i;
  }
  return limit;
}

// Which tokens lie inside a target phrase (from its cue to the phrase's end), marked once: asking every
// mention for every token was quadratic (16 MiB of pasted pitches took minutes).
std::vector<bool> target_tokens(const Context& ctx, const TargetResult& targets) {
  std::vector<bool> inside(ctx.size(), false);
  for (const Mention& m : targets.mentions) {
    for (std::uint32_t k = m.cue.first; k < m.facts.range.last && k < ctx.size(); ++k) inside[k] = true;
  }
  return inside;
}

}  // namespace

OfferResult find_offer(const Context& ctx, const TargetResult& targets) {
  const ModelData& d = ctx.data();
  OfferResult r;
  const std::vector<bool> in_target = target_tokens(ctx, targets);
  const auto inside_target = [&](std::uint32_t k) { return in_target[k]; };
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::uint32_t n = d.offer_cues.match_at(ctx.cues(), i);
    if (n == 0 || ctx.quoted(i) || ctx.negated_before(i, 2) || inside_target(i)) continue;
    const std::uint32_t end = offer_end(ctx, i + n);
    int level = 0;
    bool generic = false;
    for (std::uint32_t k = i + n; k < end; ++k) {
      if (!ctx.is_word(k) || inside_target(k)) continue;
      if (concrete_noun(ctx, k)) {
        level = 2;
        break;
      }
      if (d.offer_generic.match_at(ctx.cues(), k) > 0) generic = true;
    }
    if (level == 0 && generic) level = 1;
    if (level > r.level) {
      r.level = level;
      r.best = {i + n, end};
      r.said = {i, end};
    }
  }
  // People introduce themselves first: a trade named in the first two sentences outside any target phrase
  // ("Hello all, Mick Lomas, chimney sweep, HETAS registered") is the offer.
  if (r.level < 2 && !ctx.doc().sentences().empty()) {
    const auto sentences = ctx.doc().sentences();
    const std::uint32_t stop = sentences[std::min<std::size_t>(1, sentences.size() - 1)].last_token;
    for (std::uint32_t k = 0; k < stop; ++k) {
      if (inside_target(k) || ctx.quoted(k)) continue;
      const auto info = ctx.is_word(k) ? lexicon::noun(ctx[k].lemma) : std::nullopt;
      if (info && info->kind == lexicon::Kind::role && !ctx.data().offer_generic.contains_word(ctx.words(k).lemma)) {
        r.level = 2;
        r.best = {k > 2 ? k - 2 : 0, std::min<std::uint32_t>(k + 3, stop)};
        r.said = {};
        break;
      }
    }
  }
  if (!r.best.empty()) r.summary = ctx.text(r.best);
  return r;
}

GiveResult find_give(const Context& ctx) {
  const ModelData& d = ctx.data();
  GiveResult r;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::uint32_t n = d.give_cues.match_at(ctx.cues(), i);
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
