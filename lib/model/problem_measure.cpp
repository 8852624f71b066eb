#include "model/problem_measure.hpp"

#include "lexicon/lexicon.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

bool currency(const Context& ctx, std::uint32_t i) {
  const std::string_view f = ctx[i].folded;
  return f == "£" || f == "$" || f == "€" || f == "\xE2\x82\xB9";  // ₹
}

// "R180,000", "Rs50,000": a currency written as letters joined to the amount makes one token.
bool prefixed_money(const Context& ctx, std::uint32_t i) {
  std::string_view f = ctx[i].folded;
  for (const std::string_view prefix : {"rs", "r"}) {
    if (f.starts_with(prefix)) {
      f.remove_prefix(prefix.size());
      break;
    }
  }
  if (f.size() == ctx[i].folded.size() || f.empty() || f.front() < '0' || f.front() > '9') return false;
  return std::all_of(f.begin(), f.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == ',' || ch == '.'; });
}

// Length of the number starting at `i` (digits or number words), 0 if none.
std::uint32_t number_at(const Context& ctx, std::uint32_t i) {
  if (ctx[i].shape == text::Shape::number) return 1;
  // "professionals in their thirties and forties", "since the nineties": a tens word in the plural names
  // an age or a decade, not an amount.
  if (ctx[i].folded.ends_with("ties")) return 0;
  return ctx.data().number_words.match_at(ctx.cues(), i);
}

// Money said in words ("three thousand euro", "eighteen thousand dollars", "forty quid"): one past the
// currency word that ends the amount starting at the number `i`, or 0 when the number is no money. The
// amount may run over several number words and "and a half".
std::uint32_t money_words_end(const Context& ctx, std::uint32_t i, std::uint32_t last) {
  std::uint32_t k = i;
  while (k < last) {
    if (const std::uint32_t n = number_at(ctx, k); n > 0) {
      k += n;
    } else if (ctx[k].folded == "and" || ctx[k].folded == "a" || ctx[k].folded == ",") {
      ++k;
    } else {
      break;
    }
  }
  if (k >= last || k == i) return 0;
  const std::uint32_t unit = ctx.data().currency_words.match_at(ctx.cues(), k);
  return unit > 0 ? k + unit : 0;
}

// "one day you've got a leak", "one morning": "one" before a time word tells a story, unless a rate
// follows ("one day a week").
bool story_one(const Context& ctx, std::uint32_t i, std::uint32_t last) {
  if (ctx[i].folded != "one" || i + 1 >= last || ctx.data().story_times.match_at(ctx.cues(), i + 1) == 0) return false;
  return !(i + 2 < last && (ctx[i + 2].folded == "a" || ctx[i + 2].folded == "per" || ctx[i + 2].folded == "every"));
}

// "a day", "per week", "every month" at `i`: a rate.
bool rate_at(const Context& ctx, std::uint32_t i, std::uint32_t last) {
  if (i >= last) return false;
  const std::string_view f = ctx[i].folded;
  return f == "a" || f == "an" || f == "per" || f == "every" || f == "each";
}

// One past the amount that starts at the number `i`: "£35,000" may be one token or several, and "k",
// "m" and "grand" belong to it.
std::uint32_t amount_end(const Context& ctx, std::uint32_t i, std::uint32_t last) {
  std::uint32_t k = i;
  while (k < last && (ctx[k].folded == "k" || ctx[k].folded == "m" || ctx[k].folded == "grand" ||
                      ctx[k].folded == "," || ctx[k].shape == text::Shape::number)) {
    ++k;
  }
  return k;
}

// Money preceded by a price or value word ("worth £400,000", "from £150") or, outside the pain's clause,
// followed by one ("£400 for a six-bed", "£70 a flue") or by a noun that is no cost ("a £90 chair").
bool price(const Context& ctx, std::uint32_t sign, std::uint32_t number_end, std::uint32_t last, bool after_too) {
  const ModelData& d = ctx.data();
  // "a survey costs £150" is a price; "it costs them £5,000" is what someone bears.
  const bool borne = (sign > 0 && d.cost_objects.match_at(ctx.cues(), sign - 1) > 0) ||
                     (sign > 1 && d.cost_objects.match_at(ctx.cues(), sign - 2) > 0);
  if (sign > 0 && !borne && d.price_before.ends_at(ctx.cues(), sign, 3)) return true;
  if (!after_too) return false;
  const std::uint32_t k = amount_end(ctx, number_end, last);
  if (k >= last) return false;
  if (d.price_after.match_at(ctx.cues(), k) > 0) return true;
  // Short words ("or", "a") are grammar even where WordNet lists a noun sense ("OR", operating room).
  return ctx.is_word(k) && ctx[k].folded.size() >= 3 && d.clause_connectives.match_at(ctx.cues(), k) == 0 &&
         lexicon::noun(ctx[k].lemma) && d.cost_nouns.match_at(ctx.cues(), k) == 0;
}

// "lost two venues", "three orders cancelled": a number right before a noun counts things, and with a pain
// word just before the number or just after the noun it counts what is lost, whatever the things are. "one"
// is left out: it is a determiner more often than a count ("a leak in one unit"). Short grammar words that
// WordNet also lists as nouns ("a", "or") are no things.
bool counted_loss(const Context& ctx, TokenRange range, std::uint32_t number, std::uint32_t noun) {
  const ModelData& d = ctx.data();
  if (ctx[number].folded == "one" || noun >= range.last || !ctx.is_word(noun) || ctx[noun].folded.size() < 3 ||
      d.clause_connectives.match_at(ctx.cues(), noun) > 0 || !lexicon::noun(ctx[noun].lemma)) {
    return false;
  }
  const auto pain_at = [&](std::uint32_t k) {
    return d.pain.match_at(ctx.cues(), k) > 0 || d.consequence.match_at(ctx.cues(), k) > 0;
  };
  for (std::uint32_t k = number > range.first + 3 ? number - 3 : range.first; k < number; ++k) {
    if (pain_at(k)) return true;
  }
  return noun + 1 < range.last && pain_at(noun + 1);
}

}  // namespace

bool damage_cost(const Context& ctx, TokenRange range) {
  const ModelData& d = ctx.data();
  for (std::uint32_t i = range.first; i < range.last; ++i) {
    if (number_at(ctx, i) == 0) continue;
    std::uint32_t k = 0;
    if (i > range.first && currency(ctx, i - 1)) {
      k = amount_end(ctx, i, range.last);
    } else if (const std::uint32_t end = money_words_end(ctx, i, range.last); end > 0) {
      k = end;
    } else {
      continue;
    }
    // A rate may stand between the amount and the loss: "$18,000 a year gone".
    const std::string_view rate = k < range.last ? ctx[k].folded : std::string_view();
    const bool per = rate == "a" || rate == "per" || rate == "every" || rate == "each";
    if (per && k + 1 < range.last && d.measure_units.match_at(ctx.cues(), k + 1) > 0) {
      k += 2;
    }
    if (k < range.last && d.damage_costs.match_at(ctx.cues(), k) > 0) return true;
  }
  return false;
}

TokenRange client_part(const Context& ctx, TokenRange clause) {
  const ModelData& d = ctx.data();
  bool speaker = false;
  for (std::uint32_t i = clause.first; i < clause.last && i < clause.first + 4; ++i) {
    if (d.speaker_subjects.match_at(ctx.cues(), i) > 0) {
      speaker = true;
      break;
    }
    if (d.clause_connectives.match_at(ctx.cues(), i) == 0) break;
  }
  std::uint32_t first = clause.first;
  if (speaker) {
    first = clause.last;
    for (std::uint32_t i = clause.first + 1; i < clause.last; ++i) {
      if (d.clause_openers.match_at(ctx.cues(), i) > 0 || d.subordinators.match_at(ctx.cues(), i) > 0) {
        first = i;
        break;
      }
    }
  }
  // "her printer died three weeks out, and we turned round eight thousand labels in four days": where the
  // speaker takes over as subject after a connective, the rest describes the service. Unpunctuated speech
  // ("so yeah we fix cracked screens…") needs this most, since its whole text is one clause.
  for (std::uint32_t i = first + 1; i < clause.last; ++i) {
    if (d.clause_connectives.match_at(ctx.cues(), i - 1) > 0 && d.speaker_subjects.match_at(ctx.cues(), i) > 0) {
      return {first, i};
    }
  }
  return {first, clause.last};
}

Measures measures(const Context& ctx, TokenRange range) {
  const ModelData& d = ctx.data();
  Measures m;
  // "90% of our clients come back": a share of the speaker's own clients is a figure about the service.
  const auto own_share = [&](std::uint32_t after) {
    return after < range.last && d.own_shares.match_at(ctx.cues(), after) > 0;
  };
  for (std::uint32_t i = range.first; i < range.last && !(m.clause && m.sentence); ++i) {
    // A fraction is a share on its own: "missing half of what's said".
    if (const std::uint32_t n = d.shares.match_at(ctx.cues(), i); n > 0 && !own_share(i + n)) {
      m.clause = m.sentence = true;
    }
    // "costs them days at sea": time without a number, in the pain's own clause. "these days" and "years
    // ago" date; so do "the best days of the season" and "their early years", where a determiner makes the
    // time a particular one rather than an amount. After a number the unit is judged with the number below.
    if (d.plural_times.match_at(ctx.cues(), i) > 0) {
      const auto determined = [&](std::uint32_t back) {
        return i >= range.first + back && d.time_determiners.match_at(ctx.cues(), i - back) > 0;
      };
      // "who've spent years hiding their smile": spending time always takes time, so only a number says how
      // much ("spend six hours a week on rotas"); "costs them days at sea" is a loss and measures.
      const bool spent = i > range.first && ctx[i - 1].lemma == "spend";
      const bool after_word =
          i > range.first && (number_at(ctx, i - 1) > 0 || determined(1) || determined(2) || spent);
      const bool dated = i + 1 < range.last && d.time_references.match_at(ctx.cues(), i + 1) > 0;
      if (!after_word && !dated) m.clause = true;
    }
    if (d.durations.match_at(ctx.cues(), i) > 0) m.clause = true;
    // "their tills crashed twice last month": a pain repeated is counted. With a rate after
    // it ("twice a day", "twice a month") it is a routine, as often the service's as the client's.
    if (const std::uint32_t n = d.repetitions.match_at(ctx.cues(), i); n > 0 && !rate_at(ctx, i + n, range.last)) {
      m.clause = true;
    }
    if (prefixed_money(ctx, i)) {
      m.clause = m.clause || !price(ctx, i, i + 1, range.last, false);
      m.sentence = m.sentence || !price(ctx, i, i + 1, range.last, true);
      continue;
    }
    const std::uint32_t n = number_at(ctx, i);
    if (n == 0 || story_one(ctx, i, range.last)) continue;
    // "half price", "20% off": a discount sizes the offer, not the pain.
    if (i + n < range.last && d.discounts.match_at(ctx.cues(), i + n) > 0) continue;
    if (i + n + 1 < range.last && d.share_units.match_at(ctx.cues(), i + n) > 0 &&
        d.discounts.match_at(ctx.cues(), i + n + 1) > 0) {
      continue;
    }
    if (i > range.first && currency(ctx, i - 1)) {
      m.clause = m.clause || !price(ctx, i - 1, i + n, range.last, false);
      m.sentence = m.sentence || !price(ctx, i - 1, i + n, range.last, true);
      continue;
    }
    // Money in words is money like "£" or "€": the words before the number say whether it is a price.
    if (const std::uint32_t end = money_words_end(ctx, i, range.last); end > 0) {
      m.clause = m.clause || !price(ctx, i, end, range.last, false);
      m.sentence = m.sentence || !price(ctx, i, end, range.last, true);
      i = end - 1;
      continue;
    }
    for (std::uint32_t k = i + n; k < std::min(range.last, i + n + 3); ++k) {
      std::uint32_t unit = d.measure_units.match_at(ctx.cues(), k);
      if (unit == 0 && k == i + n && counted_loss(ctx, range, i, k)) unit = 1;
      if (unit == 0) continue;
      // "six months later" dates the pain; it does not measure it.
      if (k + unit < range.last && d.time_references.match_at(ctx.cues(), k + unit) > 0) break;
      if (const std::uint32_t share = d.share_units.match_at(ctx.cues(), k); share > 0) {
        if (own_share(k + share) || own_share(k + share + 1)) break;
        m.sentence = true;
      }
      m.clause = true;
    }
  }
  return m;
}

}  // namespace pitchclarity::model
