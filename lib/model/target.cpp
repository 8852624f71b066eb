#include "model/target.hpp"

#include "model/ask_requests.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

// A cue the speaker negates ("I don't work for just anyone") or quotes as others' words opens no target.
bool cue_counts(const Context& ctx, TokenRange cue) {
  if (ctx.quoted(cue.first)) return false;
  return !ctx.negated_before(cue.first, 2);
}

// "I want to …" / "I need to …" are about the speaker, not a target.
bool followed_by_infinitive(const Context& ctx, TokenRange cue) {
  return cue.last < ctx.size() && ctx[cue.last].folded == "to" &&
         (ctx[cue.last - 1].folded == "want" || ctx[cue.last - 1].folded == "need" || ctx[cue.last - 1].lemma == "help");
}

// Skips "just", "only", "mainly", ":" and the like between a cue and its phrase.
std::uint32_t skip_fillers(const Context& ctx, std::uint32_t i) {
  while (i < ctx.size() &&
         (ctx[i].folded == ":" || ctx[i].folded == "mainly" || ctx[i].folded == "mostly" || ctx[i].folded == "really" ||
          ctx[i].folded == "usually" || ctx[i].folded == "typically" || ctx[i].folded == "basically" ||
          ctx[i].folded == "primarily" || ctx[i].folded == "generally" || ctx[i].folded == "-" ||
          ctx[i].folded == "," || ctx[i].folded == "like" || ctx[i].folded == "um" || ctx[i].folded == "uh" ||
          ctx[i].folded == "er" || ctx[i].folded == "honestly" || ctx[i].folded == "only" ||
          ctx[i].folded == "\xE2\x80\x93" || ctx[i].folded == "\xE2\x80\x94")) {
    ++i;
  }
  return i;
}

int ask_level_for(const Context& ctx, const Mention& m, int best_target_level) {
  const ModelData& d = ctx.data();
  const PhraseFacts& facts = m.facts;
  std::uint32_t len = 0;
  if (d.ask_anaphora.find(ctx.tokens(), facts.range.first, facts.range.last, len) < facts.range.last) {
    if (best_target_level >= 4) return 3;
    return best_target_level >= 2 ? 2 : 1;
  }
  if (facts.level >= 4) return 3;
  if (facts.level >= 2) return 2;
  // "if you know me, …" asks for nothing: a knowing cue needs someone after it. "Who do you know that…?"
  // always asks, if vaguely.
  bool knowing = false;
  for (std::uint32_t k = m.cue.first; k < m.cue.last; ++k) knowing = knowing || ctx[k].lemma == "know";
  const bool who_question = ctx[m.cue.first].folded == "who";
  if (knowing && !who_question && facts.noun_level < 0 && facts.names.empty()) return 0;
  return 1;
}

}  // namespace

TargetResult find_targets(const Context& ctx) {
  const ModelData& d = ctx.data();
  TargetResult r;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    std::uint32_t ask_len = d.ask_cues.match_at(ctx.tokens(), i, &d.cue_skippable);
    if (ask_len == 0 && opens_sentence(ctx, i)) ask_len = d.ask_room_questions.match_at(ctx.tokens(), i);
    const std::uint32_t target_len = d.target_cues.match_at(ctx.tokens(), i, &d.cue_skippable);
    const std::uint32_t len = std::max(ask_len, target_len);
    if (len == 0) {
      if (const std::uint32_t n = d.weak_target_cues.match_at(ctx.tokens(), i);
          n > 0 && !ctx.quoted(i) && !(i + n < ctx.size() && (ctx[i + n].shape == text::Shape::number ||
                                                              d.number_words.match_at(ctx.tokens(), i + n) > 0))) {
        // ("for eight years" is a duration, not a target.)
        const std::uint32_t start = skip_fillers(ctx, i + n);
        Mention m;
        m.cue = {i, i + n};
        m.weak = true;
        m.facts = analyze_phrase(ctx, {start, phrase_end(ctx, start)}, false);
        if (m.facts.level >= 2 || m.facts.noun_level >= 0) {
          // Kept even below niche level: a broad category after "for" is still vague when it is the
          // pitch's best target ("bookkeeping for small businesses").
          r.mentions.push_back(std::move(m));
          i = std::max(i, r.mentions.back().facts.range.last > 0 ? r.mentions.back().facts.range.last - 1 : 0);
          continue;
        }
      }
      if (const std::uint32_t n = d.ask_non_introduction.match_at(ctx.tokens(), i); n > 0 && !ctx.quoted(i)) {
        r.non_introduction_asks.push_back({i, i + n});
        i += n - 1;
      }
      continue;
    }
    const TokenRange cue{i, i + len};
    if (!cue_counts(ctx, cue) || followed_by_infinitive(ctx, cue)) {
      i += len - 1;
      continue;
    }
    std::uint32_t start = skip_fillers(ctx, cue.last);
    // "My ask: intros to PT clinic owners": an ask cue that opens another reads on to the second's phrase.
    if (ask_len > 0) {
      while (const std::uint32_t more = d.ask_cues.match_at(ctx.tokens(), start, &d.cue_skippable)) {
        start = skip_fillers(ctx, start + more);
      }
    }
    // "Who should you send my way? Transport managers at…": a who-question the next sentence answers.
    if (ctx.is(start, "?") && ctx[cue.first].folded == "who" && start + 1 < ctx.size()) ++start;
    // A cue that ends its clause ("…the abseil team I work with, if anyone wants…") opens nothing; nor does
    // "I work for a company": that is the speaker's employer.
    const bool closes = start < ctx.size() && start > cue.last && d.clause_stop.match_at(ctx.tokens(), start) > 0;
    const bool employer = ctx[cue.last - 1].folded == "for" && ctx[cue.last - 2].lemma == "work" &&
                          start < ctx.size() && (ctx[start].folded == "a" || ctx[start].folded == "an");
    if (closes || employer) {
      i += len - 1;
      continue;
    }
    const std::uint32_t end = phrase_end(ctx, start);
    Mention m;
    m.cue = cue;
    m.is_ask = ask_len > 0 && ask_len >= target_len;
    m.facts = analyze_phrase(ctx, {start, end});
    read_question_head(ctx, m);
    r.mentions.push_back(std::move(m));
    i = std::max(i, end > 0 ? end - 1 : 0);
  }

  for (const Mention& m : r.mentions) {
    if (m.weak && m.facts.level < 2) continue;  // a weak cue counts only when it names a niche
    if (r.best_target == nullptr || m.facts.level > r.best_target->facts.level) r.best_target = &m;
  }
  r.target_level = r.best_target ? r.best_target->facts.level : 0;
  // A broad category named anywhere is a target of sorts, the best a pitch without cues may offer.
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    if (!ctx.is_word(i) || ctx.quoted(i) || ctx.negated_before(i, 2)) continue;
    const TokenRange hit = broad_group_at(ctx, i);
    if (hit.empty()) continue;
    r.broad_mentions.push_back(hit);
    i = hit.last - 1;
  }
  if (r.target_level == 0 && !r.broad_mentions.empty()) r.target_level = 1;
  for (Mention& m : r.mentions) {
    if (!m.is_ask) continue;
    m.ask_level = ask_level_for(ctx, m, r.target_level);
    if (r.best_ask == nullptr || m.ask_level > r.best_ask->ask_level) r.best_ask = &m;
  }
  r.ask_level = r.best_ask ? r.best_ask->ask_level : (r.non_introduction_asks.empty() ? 0 : 1);
  add_introduction_requests(ctx, r);
  return r;
}

}  // namespace pitchclarity::model
