#include "model/ask_requests.hpp"

#include <algorithm>
#include <span>

#include "model/phrase_words.hpp"

namespace pitchclarity::model {
namespace {

// How far back a request looks for whom it means. Bounded so that a pasted transcript with no full stops
// stays linear: a request refers to what was said a breath or two before, not pages back.
constexpr std::uint32_t kLookBack = 40;

// Words that may stand before a question to the room or a request without making it mid-sentence.
bool sentence_lead_in(const Context& ctx, std::uint32_t i) {
  static constexpr std::string_view kLeadIns[] = {
      "so", "and", "then", "well", "now", "oh", "right", ",", "-", "\xE2\x80\xA2", "*", "\xE2\x80\x94", "\xE2\x80\x93"};
  return std::find(std::begin(kLeadIns), std::end(kLeadIns), ctx[i].folded) != std::end(kLeadIns);
}

// The ask level a phrase about whom earns: a named person or organisation 3, a niche 2, else 0.
int level_from_facts(const PhraseFacts& f) {
  if (f.level >= 4) return 3;
  return f.level >= 2 ? 2 : 0;
}

// Where the sentence holding token `i` starts, looking back no further than `floor`.
std::uint32_t sentence_start(const Context& ctx, std::uint32_t i, std::uint32_t floor) {
  return std::max(floor, ctx.doc().sentences()[ctx[i].sentence].first_token);
}

// A "one", "them" or "someone like that" in [from, to): the request points back at the pitch's target.
bool has_anaphora(const Context& ctx, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t k = from; k < to; ++k) {
    if (ctx.data().ask_anaphora.match_at(ctx.cues(), k) > 0 && !ctx.quoted(k)) return true;
  }
  return false;
}

// The mentions whose cue starts in [from, to); mentions are in text order.
std::span<const Mention> mentions_between(const TargetResult& r, std::uint32_t from, std::uint32_t to) {
  const auto by_start = [](const Mention& m, std::uint32_t at) { return m.cue.first < at; };
  const auto first = std::lower_bound(r.mentions.begin(), r.mentions.end(), from, by_start);
  const auto last = std::lower_bound(first, r.mentions.end(), to, by_start);
  return {first, last};
}

// The best ask level among the mentions whose cue starts in [from, to), written into `m` when it beats
// what `m` has; the evidence then runs from that mention to the request.
void take_best_mention(const TargetResult& r, std::uint32_t from, std::uint32_t to, Mention& m) {
  for (const Mention& other : mentions_between(r, from, to)) {
    const int level = other.is_ask ? other.ask_level : level_from_facts(other.facts);
    if (level > m.ask_level) {
      m.ask_level = level;
      m.facts = other.facts;
      m.evidence = {std::min(other.cue.first, other.facts.range.first), m.cue.last};
    }
  }
}

// Resolves what request `request` refers to and fills the mention's level and facts. Its own sentence
// speaks first: a phrase from the sentence before ("…for storage and lost the customer.") is only a
// fallback.
Mention resolve(const Context& ctx, const TargetResult& r, TokenRange request) {
  Mention m;
  m.cue = request;
  m.is_ask = true;
  m.evidence = request;
  m.ask_level = 1;  // a request for an introduction to no one in particular is vague
  const std::uint32_t floor = request.first > kLookBack ? request.first - kLookBack : 0;
  const std::uint32_t own_start = sentence_start(ctx, request.first, floor);
  const std::uint32_t previous_start = own_start > floor ? sentence_start(ctx, own_start - 1, floor) : own_start;

  // A cue phrase earlier in its sentence: "If you cater for a care home, I'd love an introduction."
  take_best_mention(r, own_start, request.first, m);
  if (m.ask_level >= 2) return m;
  // One that said whom only broadly ("if you know homeowners, that's who I'd love to meet"): the request
  // means them, whatever else the pitch mentions. A bare "an owner" or "anyone" says no one, and may itself
  // point back ("Supply one? Then you know an owner, and I'd like an introduction").
  const auto own = mentions_between(r, own_start, request.first);
  if (std::any_of(own.begin(), own.end(), [](const Mention& other) { return other.facts.level >= 1; })) return m;

  // The words before it in its sentence: "Strata managers, committee members — that's the intro I'm after".
  if (own_start < request.first) {
    const PhraseFacts facts = analyze_phrase(ctx, {own_start, request.first});
    if (const int level = level_from_facts(facts); level > m.ask_level) {
      m.ask_level = level;
      m.facts = facts;
      m.evidence = {own_start, request.last};
      return m;
    }
  }

  // A cue phrase in the sentence before: "Who do you know that runs a nursery? That's my intro."
  take_best_mention(r, previous_start, own_start, m);
  if (m.ask_level >= 2) return m;

  // "Supply one? Then you know an owner, and I'd like an introduction": "one" is the pitch's target.
  if (r.best_target != nullptr && has_anaphora(ctx, previous_start, request.first)) {
    const int level = level_from_facts(r.best_target->facts);
    if (level > m.ask_level) {
      m.ask_level = level;
      m.facts = r.best_target->facts;
    }
  }
  return m;
}

}  // namespace

bool opens_sentence(const Context& ctx, std::uint32_t i) {
  if (i >= ctx.size()) return false;
  // Stops at the first word that is not a lead-in, so this costs a token or two, not the sentence.
  for (std::uint32_t k = i; k > 0 && ctx[k - 1].sentence == ctx[i].sentence; --k) {
    if (!sentence_lead_in(ctx, k - 1)) return false;
  }
  return true;
}

bool opens_question_clause(const Context& ctx, std::uint32_t i) {
  if (i >= ctx.size()) return false;
  const text::Sentence& s = ctx.doc().sentences()[ctx[i].sentence];
  if (!ctx.is(s.last_token - 1, "?")) return false;
  const auto clause_break = [&](std::uint32_t k) {
    return ctx[k].shape == text::Shape::punctuation && !ctx.is(k, "'") && !sentence_lead_in(ctx, k);
  };
  // The question is the sentence's last clause: "We don't take on just anyone, so who should you send my way?"
  for (std::uint32_t k = i; k + 1 < s.last_token; ++k) {
    if (clause_break(k)) return false;
  }
  // Only lead-ins and fillers stand between the clause's start and the question ("…, so, um, know a vet?").
  for (std::uint32_t k = i; k > s.first_token; --k) {
    if (clause_break(k - 1)) return true;
    if (!sentence_lead_in(ctx, k - 1) && !is_spoken_filler(ctx, k - 1) &&
        ctx[k - 1].shape != text::Shape::punctuation) {
      return false;
    }
  }
  return true;
}

void read_question_head(const Context& ctx, Mention& m) {
  const ModelData& d = ctx.data();
  PhraseFacts& f = m.facts;
  if (!m.is_ask || m.cue.empty() || f.level >= 2 || !f.product_clause.empty()) return;
  if (ctx[m.cue.first].folded != "who" || d.relative.match_at(ctx.cues(), m.cue.last - 1) == 0) return;
  // "Who do you know that needs a new website?" restates the product: no group, whatever moment follows.
  std::uint32_t verb = f.range.first;
  while (verb < f.range.last && (ctx.is(verb, "really") || ctx.is(verb, "might") || ctx.is(verb, "could"))) ++verb;
  if (d.product_verbs.match_at(ctx.cues(), verb) > 0) return;
  std::uint32_t len = 0;
  if (d.moment.find(ctx.cues(), f.range.first, f.range.last, len) >= f.range.last) return;
  f.noun_level = 2;
  f.best = f.range;
  f.level = (f.has_place || f.has_size) ? 3 : 2;
}

void add_introduction_requests(const Context& ctx, TargetResult& r) {
  const ModelData& d = ctx.data();
  std::vector<TokenRange> found;
  auto next_cue = r.mentions.begin();  // tokens inside a cue are the cue's (mentions are in text order)
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    while (next_cue != r.mentions.end() && next_cue->cue.last <= i) ++next_cue;
    if (next_cue != r.mentions.end() && next_cue->cue.first <= i) continue;
    // A pointer ("that's the intro") that found no phrase before it to name is a request like any other: the
    // resolution below looks for whom it means (the pointers that did name one are cues, skipped above).
    std::uint32_t n = std::max(d.ask_requests.match_at(ctx.cues(), i, &d.cue_skippable),
                               d.ask_pointers.match_at(ctx.cues(), i, &d.cue_skippable));
    // An imperative must be put to the listener: "my clients recommend me" is a statement. (Asked only on a
    // match: is_request reads back through the sentence.)
    if (n == 0 && (n = d.ask_imperatives.match_at(ctx.cues(), i)) > 0 && !is_request(ctx, i)) n = 0;
    if (n == 0 || ctx.quoted(i) || ctx.negated_before(i, 2)) continue;
    found.push_back({i, i + n});
    i += n - 1;
  }
  // settle_levels may run again after a mention changed: the requests are resolved afresh. Reserved up
  // front: best_ask may point into this vector.
  r.requests.clear();
  r.requests.reserve(found.size());
  for (const TokenRange request : found) {
    r.requests.push_back(resolve(ctx, r, request));
    const Mention& m = r.requests.back();
    if (r.best_ask == nullptr || m.ask_level > r.best_ask->ask_level) r.best_ask = &m;
  }
  if (r.best_ask != nullptr) r.ask_level = std::max(r.ask_level, r.best_ask->ask_level);
}

}  // namespace pitchclarity::model
