#include "model/phrase_words.hpp"

#include "lexicon/lexicon.hpp"

namespace pitchclarity::model {

using lexicon::Kind;

bool is_number_at(const Context& ctx, std::uint32_t i, std::uint32_t& length) {
  length = 0;
  if (i >= ctx.size()) return false;
  if (ctx[i].shape == text::Shape::number) {
    length = 1;
    return true;
  }
  length = ctx.data().number_words.match_at(ctx.cues(), i);
  return length > 0;
}

// True when token `next` is the noun of a thing that the words before it modify ("business" in "local
// business scene", "staff" in "staff handbooks"); short function words that WordNet also lists as nouns
// ("at", "in") and relative or place words do not count.
bool modifies_next_noun(const Context& ctx, std::uint32_t next) {
  if (!ctx.is_word(next) || ctx[next].folded.size() < 4 || ctx[next].capitalised) return false;
  if (ctx.data().relative.match_at(ctx.cues(), next) > 0 ||
      ctx.data().place_prepositions.match_at(ctx.cues(), next) > 0 ||
      ctx.data().clause_stop.match_at(ctx.cues(), next) > 0) {
    return false;
  }
  const auto n = lexicon::noun(ctx[next].lemma);
  return n && n->kind == Kind::other;
}

// How many tokens of spoken filler start at `i` (cues.toml [clause] fillers: "basically", "you know").
std::uint32_t filler_at(const Context& ctx, std::uint32_t i) {
  return ctx.is_word(i) ? ctx.data().fillers.match_at(ctx.cues(), i) : 0;
}

bool is_spoken_filler(const Context& ctx, std::uint32_t i) { return filler_at(ctx, i) > 0; }

std::string join_lemmas(const Context& ctx, std::uint32_t first, std::uint32_t last) {
  std::string out;
  for (std::uint32_t k = first; k < last; ++k) {
    if (!ctx.is_word(k)) continue;
    if (!out.empty()) out += ' ';
    out += ctx[k].lemma;
  }
  return out;
}

bool is_client_noun(const Context& ctx, std::uint32_t i) {
  if (!ctx.is_word(i)) return false;
  const auto n = lexicon::noun(ctx[i].lemma);
  return n && (n->kind == Kind::role || n->kind == Kind::business_type || n->kind == Kind::generic ||
               n->kind == Kind::broad_group);
}

}  // namespace pitchclarity::model
