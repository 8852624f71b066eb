#include "model/problem.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

// A number in the same clause as a pain word measures it when a unit follows (money, time, share, count)
// or a currency sign precedes it; "one in five" counts too.
// `money_only`: count only money amounts (used across a whole sentence, where a bare count is more often
// about the service than the pain: "twenty years", "three fittings").
bool measured(const Context& ctx, std::uint32_t first, std::uint32_t last, bool money_only = false) {
  const ModelData& d = ctx.data();
  for (std::uint32_t i = first; i < last; ++i) {
    const bool number = ctx[i].shape == text::Shape::number || d.number_words.match_at(ctx.cues(), i) > 0;
    if (!number) continue;
    if (i > first && (ctx[i - 1].folded == "£" || ctx[i - 1].folded == "$" || ctx[i - 1].folded == "€")) return true;
    if (money_only) continue;
    for (std::uint32_t k = i + 1; k < std::min(last, i + 4); ++k) {
      if (d.measure_units.match_at(ctx.cues(), k) > 0) return true;
    }
  }
  return false;
}

// Clause boundaries inside a sentence: commas, semicolons, dashes and conjunctions that start a new idea.
std::vector<TokenRange> clauses(const Context& ctx, const text::Sentence& s) {
  std::vector<TokenRange> out;
  std::uint32_t start = s.first_token;
  for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
    const std::string_view f = ctx[i].folded;
    const bool cut = (ctx[i].shape == text::Shape::punctuation &&
                      (f == ";" || f == "," || f == "\xE2\x80\x94" || f == ":" || f == "(" || f == ")")) ||
                     f == "but";
    if (cut) {
      if (i > start) out.push_back({start, i});
      start = i + 1;
    }
  }
  if (start < s.last_token) out.push_back({start, s.last_token});
  return out;
}

}  // namespace

ProblemResult find_problem(const Context& ctx) {
  const ModelData& d = ctx.data();
  ProblemResult r;
  for (const text::Sentence& s : ctx.doc().sentences()) {
    // A pain is judged per clause (its evidence); whether it is measured, per sentence, since the number
    // often sits in the next clause ("the keel bolts are corroded — that's an £8,000 job").
    const bool sentence_money = measured(ctx, s.first_token, s.last_token, true);
    bool sentence_consequence = false;
    // Quoted words count here: "rated 'requires improvement'" is a consequence whoever said it.
    // A single quoted word is someone's word, not a consequence ("they've been told it'll be 'fine'").
    for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
      const std::uint32_t n = d.consequence.match_at(ctx.cues(), i);
      if (n > 0 && !ctx.negated_before(i, 2) && !(n == 1 && ctx.quoted(i))) sentence_consequence = true;
    }
    for (const TokenRange c : clauses(ctx, s)) {
      int level = 0;
      bool pain = false, benefit = false;
      for (std::uint32_t i = c.first; i < c.last; ++i) {
        // Quoted words and names ("Alamo Pest Solutions") are not the speaker describing a pain.
        if (ctx.quoted(i) || (ctx[i].capitalised && !ctx.sentence_initial(i) && !ctx.capitals_meaningless())) continue;
        const bool painful = d.pain.match_at(ctx.cues(), i) > 0 || d.consequence.match_at(ctx.cues(), i) > 0;
        // "I'm not stuck with one bank" denies the pain.
        if (painful && !ctx.negated_before(i, 2)) pain = true;
        if (d.benefit.match_at(ctx.cues(), i) > 0) benefit = true;
      }
      std::uint32_t frame_len = 0;
      if (d.benefit_frames.find(ctx.cues(), c.first, c.last, frame_len) < c.last) {
        pain = false;  // "we take the headache out of HR" promises; it does not describe
        benefit = true;
      }
      if (pain && (sentence_consequence || sentence_money || measured(ctx, c.first, c.last))) {
        level = 3;
      } else if (pain) {
        level = 2;
      } else if (benefit) {
        level = 1;
      }
      if (level == 0) continue;
      if (level > r.level) {
        r.level = level;
        r.best = c;
        r.evidence.clear();
      }
      if (level == r.level && r.evidence.size() < 3) r.evidence.push_back(c);
    }
  }
  return r;
}

}  // namespace pitchclarity::model
