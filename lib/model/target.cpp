#include "model/target.hpp"

#include "model/ask_requests.hpp"
#include "model/indirect_targets.hpp"
#include "model/phrase_words.hpp"

#include <algorithm>
#include <vector>

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

// A spoken filler of cues.toml set off by a comma or dash ("the people I'm really after, you know, are
// terminals that …"): parenthetical, so not the phrase's start. Unmarked, "so" or "say" may open a clause.
std::uint32_t parenthetical_filler(const Context& ctx, std::uint32_t i) {
  if (i == 0 || ctx[i - 1].sentence != ctx[i].sentence) return 0;
  const std::string_view before = ctx[i - 1].folded;
  const bool set_off = before == "," || before == "\xE2\x80\x94" || before == "\xE2\x80\x93" || before == "-";
  return set_off ? filler_at(ctx, i) : 0;
}

// Skips "just", "only", "mainly", ":" and the like between a cue and its phrase, and parenthetical fillers.
std::uint32_t skip_fillers(const Context& ctx, std::uint32_t i) {
  while (i < ctx.size()) {
    if (const std::uint32_t n = parenthetical_filler(ctx, i); n > 0) {
      i += n;
      continue;
    }
    if (!(ctx[i].folded == ":" || ctx[i].folded == "mainly" || ctx[i].folded == "mostly" || ctx[i].folded == "really" ||
          ctx[i].folded == "usually" || ctx[i].folded == "typically" || ctx[i].folded == "basically" ||
          ctx[i].folded == "primarily" || ctx[i].folded == "generally" || ctx[i].folded == "-" ||
          ctx[i].folded == "," || ctx[i].folded == "like" || ctx[i].folded == "um" || ctx[i].folded == "uh" ||
          ctx[i].folded == "er" || ctx[i].folded == "honestly" || ctx[i].folded == "only" ||
          ctx[i].folded == "\xE2\x80\x93" || ctx[i].folded == "\xE2\x80\x94")) {
      break;
    }
    ++i;
  }
  return i;
}

// A pseudo-cleft puts a copula between the cue and its phrase: "what I want is caravan parks", "the
// person I'd love to meet is …", "a good referral would be …". The copula is not part of the target.
std::uint32_t skip_copula(const Context& ctx, std::uint32_t i) {
  if (ctx.is(i, "would") || ctx.is(i, "will") || ctx.is(i, "'d")) {
    if (ctx.is(i + 1, "be")) return skip_fillers(ctx, i + 2);
    return i;
  }
  if (ctx.is(i, "is") || ctx.is(i, "are") || ctx.is(i, "was") || ctx.is(i, "'s")) return skip_fillers(ctx, i + 1);
  return i;
}

// Where the phrase after a cue starts: past fillers, a copula, and a second cue that only repeats the
// first ("my ask: intros to PT clinic owners", "a good referral for me is an introduction to …").
std::uint32_t phrase_start(const Context& ctx, std::uint32_t i) {
  const ModelData& d = ctx.data();
  i = skip_copula(ctx, skip_fillers(ctx, i));
  const std::uint32_t again = std::max(d.ask_cues.match_at(ctx.cues(), i, &d.cue_skippable),
                                       d.target_cues.match_at(ctx.cues(), i, &d.cue_skippable));
  if (again > 0 && !ctx.negated_before(i, 1)) i = skip_copula(ctx, skip_fillers(ctx, i + again));
  return i;
}

int ask_level_for(const Context& ctx, const Mention& m, int best_target_level) {
  const ModelData& d = ctx.data();
  const PhraseFacts& facts = m.facts;
  std::uint32_t len = 0;
  if (d.ask_anaphora.find(ctx.cues(), facts.range.first, facts.range.last, len) < facts.range.last) {
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

// "Over the years we've done work for a dental group", "I've worked for two banks": a perfect before a
// weak cue tells of past clients, proof rather than the target (DESIGN).
bool past_work_before(const Context& ctx, std::uint32_t cue) {
  const std::uint32_t from = cue > 4 ? cue - 4 : 0;
  for (std::uint32_t k = from; k < cue; ++k) {
    if (ctx[k].sentence != ctx[cue].sentence) continue;
    const std::string_view f = ctx[k].folded;
    const bool have = f == "'ve" || f == "have" || f == "has" || f == "had" || f.ends_with("'ve");
    if (!have) continue;
    for (std::uint32_t p = k + 1; p < cue; ++p) {
      if (ctx.is_word(p) && ctx[p].folded != ctx[p].lemma) return true;  // a participle: "done", "worked"
    }
  }
  return false;
}

// "So, what I'm after, really, is an introduction to …": a pseudo-cleft on a cue of wanting announces the ask,
// whatever aside stands before its copula ("what we focus on is …" is the speaker's work, not a request).
bool wanting_cleft(const Context& ctx, TokenRange cue, std::uint32_t start) {
  if (cue.first == 0 || !ctx.is(cue.first - 1, "what")) return false;
  const std::string_view last = ctx[cue.last - 1].folded;
  const bool wanting = last == "after" || ctx[cue.last - 1].lemma == "want" || ctx[cue.last - 1].lemma == "need" ||
                       (last == "for" && ctx[cue.last - 2].lemma == "look");
  if (!wanting) return false;
  for (std::uint32_t k = cue.last; k < start; ++k) {
    if (ctx.is(k, "is") || ctx.is(k, "'s")) return true;
  }
  return false;
}

// "A hundred and forty-nine bucks for most single-family homes", "£70 for a flue": a price names what is
// charged for, not whom the speaker wants.
bool price_before(const Context& ctx, std::uint32_t cue) {
  if (cue == 0 || ctx[cue - 1].sentence != ctx[cue].sentence) return false;
  return ctx[cue - 1].shape == text::Shape::number || ctx.data().currency_words.match_at(ctx.cues(), cue - 1) > 0;
}

}  // namespace

namespace {

// Sentences that offer the speaker's contacts to the room ("And in return, I work with two surveyors …").
std::vector<bool> offering_sentences(const Context& ctx) {
  std::vector<bool> offering;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    if (ctx.data().give_offering.match_at(ctx.cues(), i) == 0 || ctx.negated_before(i, 2)) continue;
    if (offering.size() <= ctx[i].sentence) offering.resize(ctx[i].sentence + 1, false);
    offering[ctx[i].sentence] = true;
  }
  return offering;
}

}  // namespace

bool is_request(const Context& ctx, std::uint32_t cue) {
  if (ctx[cue].folded != ctx[cue].lemma) return false;
  // An imperative: "Send them my way!", "Dog owners in Stroud, send them my way", "so just mention me".
  if (ctx.sentence_initial(cue)) return true;
  for (std::uint32_t k = cue; k > 0 && ctx[k - 1].sentence == ctx[cue].sentence; --k) {
    const std::string_view before = ctx[k - 1].folded;
    if (before == "," || before == "\xE2\x80\x94" || before == ":") return true;
    if (before != "so" && before != "then" && before != "just" && before != "and" && before != "do") break;
  }
  // The listener is addressed within a breath of the request; bounded so that a pasted transcript with no full
  // stops and many requests stays linear.
  constexpr std::uint32_t kAddressWindow = 40;
  for (std::uint32_t k = cue; k > 0 && cue - k < kAddressWindow && ctx[k - 1].sentence == ctx[cue].sentence; --k) {
    if (ctx.is(k - 1, "you") || ctx.is(k - 1, "if") || ctx.is(k - 1, "please") || ctx.is(k - 1, "when")) return true;
  }
  return false;
}

namespace {

bool ask_earlier_in_sentence(const Context& ctx, const TargetResult& r, std::uint32_t i) {
  return std::any_of(r.mentions.begin(), r.mentions.end(), [&](const Mention& m) {
    return m.is_ask && m.cue.first < i && ctx[m.cue.first].sentence == ctx[i].sentence;
  });
}

// The object of a request that points back ("… and you see a farmer who's not coping, please would you
// mention me"): what follows the listener's last verb ("you see", "you meet") in the sentence, or the
// sentence's opening words, up to the request.
TokenRange object_before(const Context& ctx, std::uint32_t cue) {
  std::uint32_t from = cue;
  while (from > 0 && ctx[from - 1].sentence == ctx[cue].sentence) --from;
  for (std::uint32_t k = from; k + 2 < cue; ++k) {
    if (ctx.is(k, "you") && ctx.is_word(k + 1) && !ctx.is(k + 1, "know")) from = k + 2;
    // An existential names the object too: "if there's a dentist in your life, do mention me".
    if (ctx.is(k, "there's")) from = k + 1;
    if (ctx.is(k, "there") && (ctx.is(k + 1, "is") || ctx.is(k + 1, "are") || ctx.is(k + 1, "'s"))) from = k + 2;
  }
  std::uint32_t to = cue;
  while (to > from && (!ctx.is_word(to - 1) || ctx.is(to - 1, "please") || ctx.is(to - 1, "would") ||
                       ctx.is(to - 1, "you") || ctx.is(to - 1, "could") || ctx.is(to - 1, "just"))) {
    --to;
  }
  // The nearest clause before the request that names a group is its object: "Everybody uses power, so
  // honestly, any business really — send them to me" means "any business", not "everybody".
  for (std::uint32_t k = to; k > from + 1; --k) {
    if (ctx[k - 1].shape != text::Shape::punctuation || ctx.is(k - 1, "'")) continue;
    const std::uint32_t start = skip_fillers(ctx, k);
    // ("from cafés to councils" is a range that covers everyone, DESIGN: no group to send.)
    if (start >= to || ctx.is(start, "from")) continue;
    if (analyze_phrase(ctx, {start, std::min(to, phrase_end(ctx, start))}).noun_level >= 0) {
      from = start;
      break;
    }
  }
  from = skip_fillers(ctx, from);
  return {from, std::min(to, phrase_end(ctx, from))};
}

}  // namespace

TargetResult find_targets(const Context& ctx) {
  const ModelData& d = ctx.data();
  TargetResult r;
  const std::vector<bool> offering = offering_sentences(ctx);
  const auto offers_contacts = [&](std::uint32_t i) {
    return ctx[i].sentence < offering.size() && offering[ctx[i].sentence];
  };
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    std::uint32_t ask_len = d.ask_cues.match_at(ctx.cues(), i, &d.cue_skippable);
    if (ask_len == 0) {
      // "Know a boat owner?", "So who do you know that runs a nursery?", not "I know a few".
      const std::uint32_t question = d.ask_room_questions.match_at(ctx.cues(), i);
      if (question > 0 && (opens_sentence(ctx, i) || opens_question_clause(ctx, i))) ask_len = question;
    }
    const std::uint32_t target_len = d.target_cues.match_at(ctx.cues(), i, &d.cue_skippable);
    const std::uint32_t len = std::max(ask_len, target_len);
    if (len == 0) {
      if (const std::uint32_t n = d.weak_target_cues.match_at(ctx.cues(), i);
          n > 0 && !ctx.quoted(i) && !(i + n < ctx.size() && (ctx[i + n].shape == text::Shape::number ||
                                                              d.number_words.match_at(ctx.cues(), i + n) > 0))) {
        // ("for eight years" is a duration, not a target.)
        const std::uint32_t start = skip_fillers(ctx, i + n);
        // "for your whole team" is the listener's own, not a target.
        if (ctx.is(start, "your") || ctx.is(start, "you") || past_work_before(ctx, i) || price_before(ctx, i)) continue;
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
      if (const std::uint32_t n = d.ask_non_introduction.match_at(ctx.cues(), i); n > 0 && !ctx.quoted(i)) {
        r.non_introduction_asks.push_back({i, i + n});
        i += n - 1;
      }
      continue;
    }
    const TokenRange cue{i, i + len};
    // A one-word label ("• Ask: the asset manager at …", "WHO: block managers") opens its line: mid-sentence,
    // "I ask: what do you need?" labels nothing.
    const bool label = len == 2 && ctx.is(cue.last - 1, ":");
    if (label && !opens_sentence(ctx, i)) {
      i += len - 1;
      continue;
    }
    const bool gives = ask_len == 0 && offers_contacts(i);  // whom the speaker offers, not wants
    const bool statement = d.ask_back.match_at(ctx.cues(), i) > 0 && !is_request(ctx, i);  // "everyone thinks of me"
    if (!cue_counts(ctx, cue) || followed_by_infinitive(ctx, cue) || gives || statement) {
      i += len - 1;
      continue;
    }
    std::uint32_t start = phrase_start(ctx, cue.last);
    // "Who should you send my way? Transport managers at…": a who-question the next sentence answers.
    if (ctx.is(start, "?") && ctx[cue.first].folded == "who" && start + 1 < ctx.size()) ++start;
    // A cue that ends its clause ("…the abseil team I work with, if anyone wants…") opens nothing; nor does
    // "I work for a company": that is the speaker's employer.
    const bool closes = start < ctx.size() && start > cue.last && d.clause_stop.match_at(ctx.cues(), start) > 0;
    const bool employer = ctx[cue.last - 1].folded == "for" && ctx[cue.last - 2].lemma == "work" &&
                          start < ctx.size() && (ctx[start].folded == "a" || ctx[start].folded == "an");
    if (closes || employer) {
      i += len - 1;
      continue;
    }
    const std::uint32_t end = phrase_end(ctx, start);
    Mention m;
    m.cue = cue;
    m.is_ask = (ask_len > 0 && ask_len >= target_len) || wanting_cleft(ctx, cue, start);
    m.facts = analyze_phrase(ctx, {start, end});
    if (m.is_ask && m.facts.noun_level < 0 && m.facts.names.empty() && d.ask_back.match_at(ctx.cues(), i) > 0 &&
        !ask_earlier_in_sentence(ctx, r, i)) {
      if (const TokenRange before = object_before(ctx, i); !before.empty()) m.facts = analyze_phrase(ctx, before);
    }
    read_question_head(ctx, m);
    r.mentions.push_back(std::move(m));
    i = std::max(i, end > 0 ? end - 1 : 0);
  }
  add_indirect_targets(ctx, r);
  std::stable_sort(r.mentions.begin(), r.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.cue.first < b.cue.first; });

  settle_levels(ctx, r);
  return r;
}

void settle_levels(const Context& ctx, TargetResult& r) {
  r.best_target = nullptr;
  r.best_ask = nullptr;
  r.broad_mentions.clear();
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
  // A level is the best mention anywhere, the ask included (DESIGN): a request whose object no cue opened
  // ("My request: Mr Anil Bhatnagar at the Export Promotion Council — kindly introduce me") names the target.
  for (const Mention& q : r.requests) {
    if (q.ask_level < 2 || q.facts.level <= r.target_level) continue;
    // The object is whom the request names, never the request's own words.
    if (q.facts.best.empty() || q.facts.best.last > q.cue.first) continue;
    r.target_level = q.facts.level;
    r.best_target = &q;
  }
}

void dissolve_catch_alls(const Context& ctx, const std::vector<ByteRange>& catch_alls, TargetResult& r) {
  // How far into a phrase its catch-all may start: "any business" opens it, "range from one-man bands" has
  // a word before; further in, the catch-all widens a niche already named ("dentists — any size").
  constexpr std::uint32_t kOpeningWords = 2;
  bool changed = false;
  for (Mention& m : r.mentions) {
    const TokenRange phrase = m.facts.range;
    if (phrase.empty() || m.facts.level < 1) continue;
    const std::uint32_t from = ctx[phrase.first].start;
    const std::uint32_t to = ctx[std::min(phrase.last, phrase.first + kOpeningWords) - 1].end;
    const bool opens = std::any_of(catch_alls.begin(), catch_alls.end(),
                                   [&](const ByteRange& c) { return c.start >= from && c.start < to; });
    if (!opens) continue;
    m.facts.level = 0;
    changed = true;
  }
  if (changed) settle_levels(ctx, r);
}

}  // namespace pitchclarity::model
