#include "model/indirect_targets.hpp"

#include <algorithm>
#include <span>
#include <vector>

#include "model/phrase_words.hpp"

namespace pitchclarity::model {
namespace {

using text::Sentence;  // tokens [first_token, last_token); the Document keeps only sentences with tokens

bool is_question(const Context& ctx, const Sentence& s) {
  return s.last_token > s.first_token && ctx.is(s.last_token - 1, "?");
}

// The first word at or after `i` in [i, last), past punctuation and spoken fillers ("So, who…",
// "Honestly, anybody").
std::uint32_t first_word(const Context& ctx, std::uint32_t i, std::uint32_t last) {
  while (i < last) {
    if (!ctx.is_word(i) && ctx[i].shape != text::Shape::number) {
      ++i;
    } else if (const std::uint32_t n = filler_at(ctx, i); n > 0) {
      i += n;
    } else if (ctx.is(i, "and")) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool has_word(const Context& ctx, const Sentence& s, std::initializer_list<std::string_view> words) {
  for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
    for (const std::string_view w : words) {
      if (ctx.is(k, w)) return true;
    }
  }
  return false;
}

// A cue the speaker negates or quotes names nobody they want.
bool counts(const Context& ctx, std::uint32_t at) { return !ctx.quoted(at) && !ctx.negated_before(at, 2); }

Mention mention(const Context& ctx, TokenRange cue, TokenRange phrase, bool ask) {
  Mention m;
  m.cue = cue;
  m.is_ask = ask;
  m.facts = analyze_phrase(ctx, phrase);
  // The cue may come after its phrase ("Head chefs in Leeds — that's the intro I'm after"): the evidence
  // runs from whichever starts first to whichever ends last.
  if (cue.first > phrase.first) m.evidence = {phrase.first, std::max(cue.last, phrase.last)};
  return m;
}

// An answer names a group; one that opens with a pronoun or a verb ("I'm Karen", "It's simple") is the
// speaker talking on.
bool opens_with_group(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i)) return false;
  const ModelData& d = ctx.data();
  if (d.speaker_subjects.match_at(ctx.cues(), i) > 0 || d.clause_stop.match_at(ctx.cues(), i) > 0) return false;
  for (const std::string_view pronoun : {"you", "it", "it's", "they", "they're", "he", "she", "that", "that's", "this",
                                         "there", "there's", "what", "who"}) {
    if (ctx.is(i, pronoun)) return false;
  }
  return true;
}

// "Who should you send my way? Transport managers at …": the target is the answer, the next sentence.
// (A question whose object is the target, "Know a boat owner on the waterfront?", is a cue of [ask]
// room_questions, read in find_targets.) The question must be about the speaker's clients (it says "me", "my",
// "I"…), not a question to the room about itself ("Who here has had a burst pipe?").
void add_question_targets(const Context& ctx, std::span<const Sentence> sentences, TargetResult& r) {
  const ModelData& d = ctx.data();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& q = sentences[s];
    if (!is_question(ctx, q)) continue;
    // The question is the sentence's last clause: "We don't take on just anyone, so who should you send
    // my way?"
    std::uint32_t clause = q.first_token;
    for (std::uint32_t k = q.first_token; k + 1 < q.last_token; ++k) {
      if (ctx[k].shape == text::Shape::punctuation && !ctx.is(k, "'")) clause = k + 1;
    }
    const std::uint32_t w = first_word(ctx, clause, q.last_token);
    if (w >= q.last_token || !counts(ctx, w)) continue;
    if (d.answered_questions.match_at(ctx.cues(), w) == 0 || s + 1 >= sentences.size()) continue;
    if (!has_word(ctx, q, {"me", "my", "i", "we", "us", "our", "i'm", "we're"})) continue;
    const Sentence& answer = sentences[s + 1];
    const std::uint32_t start = first_word(ctx, answer.first_token, answer.last_token);
    if (start >= answer.last_token || !opens_with_group(ctx, start)) continue;
    const bool ask = has_word(ctx, q, {"you", "your"});
    r.mentions.push_back(mention(ctx, {w, q.last_token}, {start, phrase_end(ctx, start)}, ask));
  }
}

// "… boat owners in New Bedford — that's who I work for": the pointer names the phrase before it, after
// a comma, dash or colon in its sentence, or the whole sentence before it when it opens its own.
void add_pointed_targets(const Context& ctx, std::span<const Sentence> sentences, TargetResult& r) {
  const ModelData& d = ctx.data();
  std::size_t s = 0;
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    const std::uint32_t ask = d.ask_pointers.match_at(ctx.cues(), i, &d.cue_skippable);
    const std::uint32_t n = std::max(ask, d.target_pointers.match_at(ctx.cues(), i, &d.cue_skippable));
    if (n == 0 || !counts(ctx, i)) continue;
    while (s + 1 < sentences.size() && sentences[s].last_token <= i) ++s;
    TokenRange phrase;
    if (first_word(ctx, sentences[s].first_token, sentences[s].last_token) == i) {
      if (s == 0) continue;
      const Sentence& before = sentences[s - 1];
      phrase.first = first_word(ctx, before.first_token, before.last_token);
      phrase.last = std::min(phrase_end(ctx, phrase.first), before.last_token);
    } else if (i > sentences[s].first_token && ctx[i - 1].shape == text::Shape::punctuation) {
      phrase.first = first_word(ctx, sentences[s].first_token, i);
      phrase.last = std::min(phrase_end(ctx, phrase.first), i - 1);
    }
    if (phrase.empty() || !opens_with_group(ctx, phrase.first)) continue;
    r.mentions.push_back(mention(ctx, {i, i + n}, phrase, ask > 0 && ask >= n));
    i += n - 1;
  }
}

// "Strata managers are my bread and butter", "… and early learning centres are where I'm most useful": a
// plural niche as the subject of a clause whose predicate is the speaker's. Counted like a weak cue: only
// a niche, and never a vague finding.
void add_subject_targets(const Context& ctx, TargetResult& r) {
  const ModelData& d = ctx.data();
  for (std::uint32_t i = 1; i < ctx.size(); ++i) {
    const std::uint32_t n = d.speaker_predicates.match_at(ctx.cues(), i);
    if (n == 0 || ctx.quoted(i) || !ctx.is_word(i - 1) || ctx[i - 1].folded == ctx[i - 1].lemma) continue;
    // The subject runs back to the clause's start: the sentence start, punctuation or a conjunction.
    std::uint32_t start = i;
    while (start > 0 && ctx[start - 1].sentence == ctx[i].sentence && ctx.is_word(start - 1) &&
           d.clause_stop.match_at(ctx.cues(), start - 1) == 0 && !ctx.is(start - 1, "and") &&
           !ctx.is(start - 1, "or") && d.speaker_subjects.match_at(ctx.cues(), start - 1) == 0 && i - start < 6) {
      --start;
    }
    if (start == i || !opens_with_group(ctx, start) || ctx.is(start, "the") || ctx.is(start, "my") ||
        ctx.is(start, "our")) {
      continue;
    }
    Mention m = mention(ctx, {i, i + n}, {start, i}, false);
    if (m.facts.noun_level < 2) continue;
    m.weak = true;
    r.mentions.push_back(std::move(m));
  }
}

// "my clients", "our best customers", "my typical patient": a word for clients owned by the speaker, past
// the adjectives a cue may skip ("best", "typical", "ideal").
bool speakers_clients(const Context& ctx, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (!d.client_words.contains_word(ctx.words(i).lemma)) return false;
  std::uint32_t k = i;
  while (k > 0 && ctx[k - 1].sentence == ctx[i].sentence && i - k < 3 &&
         d.cue_skippable.contains_word(ctx.words(k - 1).lemma)) {
    --k;
  }
  return k > 0 && (ctx.is(k - 1, "my") || ctx.is(k - 1, "our"));
}

// "The people who ring me are usually homeowners who've just heard scratching in the attic", "The
// attorneys I'm built for are solo and small-firm litigators": a kind of client described by the
// speaker's own clause, then a copula; the target is what follows it ("The people I know are…" are
// contacts, not clients). With an introduction as the subject it is an ask ("the best introduction you
// could give me is an agility club trainer").
void add_cleft_targets(const Context& ctx, TargetResult& r) {
  const ModelData& d = ctx.data();
  for (std::uint32_t i = 0; i < ctx.size(); ++i) {
    if (!ctx.is_word(i) || ctx.quoted(i)) continue;
    // The speaker's own word for clients makes the clause theirs: "Our regulars are mostly shooting folk
    // with gundogs", "my typical client is a care home manager".
    const bool owned = speakers_clients(ctx, i);
    bool speaker = owned;
    std::uint32_t copula = 0;
    for (std::uint32_t k = i + 1; k < std::min(ctx.size(), i + 8) && ctx[k].sentence == ctx[i].sentence; ++k) {
      if (!ctx.is_word(k) || ctx[k].lemma == "know" || (!speaker && (ctx.is(k, "is") || ctx.is(k, "are")))) break;
      if (d.speaker_subjects.match_at(ctx.cues(), k) > 0 || ctx.is(k, "me") || ctx.is(k, "us")) {
        speaker = true;
      } else if (speaker && (ctx.is(k, "is") || ctx.is(k, "are"))) {
        copula = k;
        break;
      }
    }
    if (copula == 0) continue;
    // The lexicon is asked only now, for the few words a speaker's clause and a copula follow: asked of
    // every token it cost 5% of an analysis.
    // "The best introduction you could give me is an agility club trainer" asks for one.
    const bool introduction = ctx[i].lemma == "introduction" || ctx[i].lemma == "intro" || ctx[i].lemma == "referral";
    if (!introduction && !is_client_noun(ctx, i) && !d.client_words.contains_word(ctx.words(i).lemma)) continue;
    std::uint32_t start = copula + 1;
    while (start < ctx.size() && (filler_at(ctx, start) > 0 || d.cue_skippable.contains_word(ctx.words(start).lemma))) {
      ++start;
    }
    if (start >= ctx.size() || ctx[start].sentence != ctx[i].sentence || !opens_with_group(ctx, start)) continue;
    Mention m = mention(ctx, {i, copula + 1}, {start, phrase_end(ctx, start)}, introduction);
    // Read from the clients' side, like a weak cue: it counts when it names a niche and makes no vague
    // finding (the [target] cues "my clients are …" keep theirs).
    m.weak = owned;
    r.mentions.push_back(std::move(m));
    i = copula;
  }
}

}  // namespace

void add_indirect_targets(const Context& ctx, TargetResult& r) {
  const std::span<const Sentence> sentences = ctx.doc().sentences();
  TargetResult found;
  add_question_targets(ctx, sentences, found);
  add_pointed_targets(ctx, sentences, found);
  add_subject_targets(ctx, found);
  add_cleft_targets(ctx, found);
  // A phrase a cue already opened ("A good referral for me is the practice manager…") is one mention.
  for (Mention& m : found.mentions) {
    const bool seen = std::any_of(r.mentions.begin(), r.mentions.end(),
                                  [&](const Mention& old) { return old.facts.range.first == m.facts.range.first; });
    if (!seen) r.mentions.push_back(std::move(m));
  }
}

}  // namespace pitchclarity::model
