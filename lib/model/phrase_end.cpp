// phrase_end(): where the phrase after a cue stops (declared in phrase_facts.hpp).
#include "model/phrase_facts.hpp"

#include "lexicon/lexicon.hpp"
#include "model/phrase_words.hpp"

#include <algorithm>

namespace pitchclarity::model {

using lexicon::Kind;

namespace {

bool is_number_word_at(const Context& ctx, std::uint32_t i) {
  std::uint32_t length = 0;
  return is_number_at(ctx, i, length);
}

// After a comma or dash, a list or an apposition of kinds of client goes on ("dentists, vets and
// opticians", "contractors — IT contractors, locum doctors"): a client noun within the next few words,
// past fillers, before any other punctuation.
// Returns where that noun's word run starts (fillers skipped), or 0 when none follows.
std::uint32_t client_noun_follows(const Context& ctx, std::uint32_t i, std::uint32_t limit,
                                  std::string_view restating = {}) {
  const std::uint32_t sentence = ctx[i > 0 ? i - 1 : 0].sentence;
  // A comma list names its next kind straight away ("dentists, vets"); a dash may open with a
  // determiner or a modifier first ("contractors — the IT contractors").
  const std::uint32_t max_words = restating.empty() ? 1 : 3;
  std::uint32_t words = 0, run = 0;
  bool after_filler = false;
  for (; i < limit && ctx[i].sentence == sentence && words < max_words; ++i) {
    if (ctx[i].shape == text::Shape::punctuation) {
      if (ctx[i].folded == "\xE2\x80\x94" || ctx[i].folded == "\xE2\x80\x93" || ctx[i].folded == "-") continue;
      if (ctx[i].folded == "," && after_filler && words == 0) continue;  // "customers, obviously, anyone…"
      return 0;
    }
    if (words == 0) {
      if (const std::uint32_t n = filler_at(ctx, i); n > 0) {
        i += n - 1;
        after_filler = true;
        continue;
      }
    }
    if (run == 0) run = i;
    if (is_client_noun(ctx, i)) {
      if (restating.empty()) return run;
      // After a dash only an apposition that restates the head goes on ("contractors — IT contractors",
      // "dog owners — anyone with a dog"), or people listed as examples of a broad head ("tradespeople —
      // plumbers, sparkies, roofers"); "charities — trusts and foundations" may name something else.
      const auto n = lexicon::noun(ctx[i].lemma);
      const auto head = lexicon::noun(restating);
      const bool examples = head && head->kind == Kind::broad_group && n && n->kind == Kind::role;
      return ctx[i].lemma == restating || (n && n->kind == Kind::generic) || examples ? run : 0;
    }
    ++words;
  }
  return 0;
}

// After a dash, a place narrows the phrase before it ("anyone responsible for parks at a council — in
// Kent or Sussex especially"): a place preposition, past fillers, then a place name. Returns where the
// preposition starts, or 0.
std::uint32_t place_follows(const Context& ctx, std::uint32_t i, std::uint32_t limit) {
  const std::uint32_t sentence = ctx[i > 0 ? i - 1 : 0].sentence;
  while (i < limit && ctx[i].sentence == sentence && ctx.is_word(i)) {
    const std::uint32_t n = filler_at(ctx, i);
    if (n == 0 && !ctx.is(i, "ideally") && !ctx.is(i, "preferably") && !ctx.is(i, "especially")) break;
    i += n > 0 ? n : 1;
  }
  if (i >= limit || ctx[i].sentence != sentence) return 0;
  const std::uint32_t prep = ctx.data().place_prepositions.match_at(ctx.cues(), i);
  if (prep == 0 || i + prep >= limit || !ctx.is_word(i + prep) || !ctx[i + prep].capitalised) return 0;
  return lexicon::is_place(ctx[i + prep].folded) ? i : 0;
}

}  // namespace

std::uint32_t phrase_end(const Context& ctx, std::uint32_t from, std::uint32_t max_tokens) {
  const ModelData& d = ctx.data();
  if (from >= ctx.size()) return from;
  const std::uint32_t sentence = ctx[from].sentence;
  const std::uint32_t limit = std::min<std::uint32_t>(ctx.size(), from + max_tokens);
  bool seen_noun = false;
  for (std::uint32_t i = from; i < limit; ++i) {
    const text::Token& t = ctx[i];
    if (t.sentence != sentence) return i;
    if (t.shape == text::Shape::punctuation) {
      const std::string_view f = t.folded;
      const bool dash = f == "\xE2\x80\x94" || f == "\xE2\x80\x93" || f == ":";
      if (dash && i > from && seen_noun && ctx.is_word(i - 1)) {
        if (const std::uint32_t next = client_noun_follows(ctx, i + 1, limit, ctx[i - 1].lemma); next > 0) {
          i = next - 1;
          continue;
        }
        if (const std::uint32_t next = place_follows(ctx, i + 1, limit); next > 0) {
          i = next - 1;
          continue;
        }
      }
      // A full stop that did not end its sentence, tight after a word and before a capitalised one, is an
      // abbreviation's ("an intro to Dr. Mei-Ling Zhou", lib/text/data/no_break_after.txt): the name goes on.
      const bool abbreviation = f == "." && i > from && ctx.is_word(i - 1) && ctx[i - 1].end == t.start &&
                                i + 1 < limit && ctx[i + 1].sentence == sentence && ctx.is_word(i + 1) &&
                                ctx[i + 1].capitalised;
      if (abbreviation) continue;
      if (f == "." || f == "!" || f == "?" || f == ";" || f == "\xE2\x80\x94" || f == "(" || f == ")") {
        if (!(i == from)) return i;
      }
      if (f == ",") {
        if (i + 1 < limit && (d.continue_after_comma.match_at(ctx.cues(), i + 1) > 0)) continue;
        // A list of kinds of client goes on: "dentists, vets and opticians", "customers, anyone who…".
        if (i + 1 < limit && seen_noun) {
          if (const std::uint32_t next = client_noun_follows(ctx, i + 1, limit); next > 0) {
            i = next - 1;
            continue;
          }
        }
        return i;
      }
      continue;
    }
    // Another cue starts a new phrase: unpunctuated speech runs target and ask together ("…in leeds and a
    // good introduction for me is…").
    if (i > from && (d.ask_cues.match_at(ctx.cues(), i, &d.cue_skippable) > 2 ||
                     d.target_cues.match_at(ctx.cues(), i, &d.cue_skippable) > 2)) {
      return (ctx[i - 1].folded == "and" || ctx[i - 1].folded == "so") ? i - 1 : i;
    }
    // A benefit verb ends the phrase, except as the verb of a relative clause ("anyone who runs a …").
    // So is the verb after "to" in one ("companies which start to sell in the UK this year"), unless the
    // clause is a want, which restates the product ("people who want to stay in their homes").
    const bool after_relative = i > from && (d.relative.match_at(ctx.cues(), i - 1) > 0 ||
                                             (i > from + 1 && d.relative.match_at(ctx.cues(), i - 2) > 0 &&
                                              ctx.is_word(i - 1) && ctx[i - 1].folded.size() <= 6) ||
                                             (i > from + 2 && ctx[i - 1].folded == "to" && ctx.is_word(i - 2) &&
                                              d.relative.match_at(ctx.cues(), i - 3) > 0 &&
                                              d.product_verbs.match_at(ctx.cues(), i - 2) == 0));
    // An acronym is not the word it spells: "IT contractors" is no "it".
    const bool acronym = t.all_caps && t.folded.size() >= 2;
    if (i > from && seen_noun && !after_relative && !acronym && d.clause_stop.match_at(ctx.cues(), i) > 0) {
      // "to" introduces the benefit ("help dentists to fill chairs") but a place ("close to Bristol") or a
      // size ("up to 50 staff") keeps the phrase going.
      // So does a range of numbers ("20 to 100 staff").
      const bool keeps = t.folded == "to" && i > 0 &&
                         (ctx[i - 1].folded == "up" || ctx[i - 1].folded == "close" || ctx[i - 1].folded == "next" ||
                          (is_number_word_at(ctx, i - 1) && is_number_word_at(ctx, i + 1)));
      if (!keeps) return i;
    }
    if (ctx.is_word(i) && lexicon::noun(t.lemma)) seen_noun = true;
  }
  return limit;
}

}  // namespace pitchclarity::model
