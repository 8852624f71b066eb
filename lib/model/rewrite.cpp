#include "model/rewrite.hpp"

namespace pitchclarity::model {
namespace {

// The detected text with surrounding punctuation and a dangling connective ("a builder, and") trimmed and runs
// of white space (line breaks from the original) collapsed, so it reads as part of one sentence.
std::string clean(const Context& ctx, TokenRange r) {
  const auto dangling = [&](std::uint32_t k) {
    return ctx[k].shape == text::Shape::punctuation || ctx.data().clause_connectives.match_at(ctx.cues(), k) == 1;
  };
  while (!r.empty() && dangling(r.last - 1)) --r.last;
  while (!r.empty() && ctx[r.first].shape == text::Shape::punctuation) ++r.first;
  std::string out;
  bool space = false;
  for (char c : ctx.text(r)) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string suggested_rewrite(const Context& ctx, const DetectedParts& p) {
  std::string out;
  if (p.offer.level < 2) {
    out += "I'm [what you do: a trade or service a listener could name]. ";
  } else if (!p.offer.said.empty()) {
    // The speaker's own verb keeps it a sentence: "I make wedding cakes", not "I'm wedding cakes".
    std::string said = clean(ctx, p.offer.said);
    if (!said.empty() && said[0] >= 'a' && said[0] <= 'z') said[0] = static_cast<char>(said[0] - 'a' + 'A');
    out += said + ". ";
  } else {
    out += "I'm " + clean(ctx, p.offer.best) + ". ";
  }

  // The kind of client goes in "I help …"; a named person or organisation belongs in the ask.
  const Mention* kind = nullptr;
  for (const Mention& m : p.targets.mentions) {
    if (m.facts.level >= 2 && m.facts.level <= 3 && (kind == nullptr || m.facts.level > kind->facts.level)) kind = &m;
  }
  if (kind != nullptr) {
    out += "I help " + clean(ctx, kind->facts.range);
    if (kind->facts.level == 2) out += " [in where, of what size, or at what moment]";
    out += ". ";
  } else {
    out += "I help [who: a role or business type] [in where]. ";
  }
  const bool problem_in_target = kind != nullptr && p.problem.best.first < kind->facts.range.last &&
                                 kind->facts.range.first < p.problem.best.last;
  if (p.problem.level >= 2 && problem_in_target) {
    // "I help dental practices that are chasing unpaid invoices" already says it.
    if (p.problem.level == 2) out += "[What it costs them: a number or a consequence.] ";
  } else if (p.problem.level >= 2) {
    out += "The problem I solve: " + clean(ctx, p.problem.best);
    if (p.problem.level == 2) out += " [what it costs them: a number or a consequence]";
    out += ". ";
  } else {
    out += "They come to me when [problem: a situation they would recognise, and what it costs them]. ";
  }

  const Mention* ask = p.targets.best_ask;
  if (ask != nullptr && ask->ask_level >= 2) {
    out += "A good introduction for me is " + clean(ctx, ask->facts.range) + ".";
  } else {
    out += "A good introduction for me is [a named person or business, e.g. the owner of …].";
  }
  if (p.give.level >= 1) {
    out += " In return: " + clean(ctx, p.give.best) + ".";
  } else {
    out += " In return, I can introduce you to [whom you know].";
  }
  return out;
}

}  // namespace pitchclarity::model
