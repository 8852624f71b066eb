#include "model/problem.hpp"

#include "model/problem_measure.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

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

// "projects stall for a year, two years": a short clause that starts with a number only restates the
// measure of the clause before it, so it is read with that clause.
TokenRange with_apposition(const Context& ctx, const std::vector<TokenRange>& cs, std::size_t k) {
  TokenRange r = cs[k];
  if (k + 1 < cs.size()) {
    const TokenRange next = cs[k + 1];
    const bool numeric = ctx[next.first].shape == text::Shape::number ||
                         ctx.data().number_words.match_at(ctx.cues(), next.first) > 0;
    if (numeric && next.last - next.first <= 4) r.last = next.last;
  }
  return r;
}

bool has(const PhraseList& list, const Context& ctx, std::uint32_t first, std::uint32_t last) {
  std::uint32_t len = 0;
  return list.find(ctx.cues(), first, last, len) < last;
}

// A request that ends right before token `i` (one word may stand between: "looking for some more
// customers"): what follows is what the speaker wants, not what the client gets. "I'd love to help you
// grow your business" still promises.
bool requested(const Context& ctx, std::uint32_t i) {
  const ModelData& d = ctx.data();
  for (std::uint32_t s = i > 6 ? i - 6 : 0; s < i; ++s) {
    for (const PhraseList* list : {&d.requests, &d.ask_cues}) {
      const std::uint32_t n = list->match_at(ctx.cues(), s);
      if (n > 0 && s + n <= i && s + n + 1 >= i) return true;
    }
  }
  return false;
}

// The first token of a clause after its connectives ("and then nobody…", "because everybody…").
std::uint32_t subject_start(const Context& ctx, TokenRange c) {
  std::uint32_t i = c.first;
  while (i < c.last && i < c.first + 4) {
    const std::uint32_t n = ctx.data().clause_connectives.match_at(ctx.cues(), i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

// "Nobody likes to think about it", "everybody has something that's hard to explain": a clause whose subject
// is everyone or no one, with a verb of liking or wanting ([clause] product_verbs) or of having, says
// something about people in general, not a situation one client would recognise (DESIGN: "everybody needs
// insurance" is a general statement).
bool general_statement(const Context& ctx, TokenRange c) {
  const ModelData& d = ctx.data();
  const std::uint32_t i = subject_start(ctx, c);
  if (i >= c.last) return false;
  const std::uint32_t n = d.universal_subjects.match_at(ctx.cues(), i);
  if (n == 0) return false;
  // Having is general only for everybody: "nobody has the energy to cook" is a lack.
  const bool everybody = !ctx[i].folded.starts_with("no");
  // One adverb may stand between: "everybody really wants one".
  for (std::uint32_t k = i + n; k < c.last && k <= i + n + 1; ++k) {
    if (d.product_verbs.match_at(ctx.cues(), k) > 0) return true;
    // "everybody has something…" possesses; "everybody has failed the audit" is a perfect tense.
    if (everybody && (ctx[k].lemma == "have" || ctx[k].lemma == "get")) {
      return k + 1 >= c.last || (d.pain.match_at(ctx.cues(), k + 1) == 0 && d.consequence.match_at(ctx.cues(), k + 1) == 0);
    }
  }
  return false;
}

// "the centre would be marked non-compliant", "the home was rated inadequate": an official verdict in the
// passive on a pain is a material consequence, whatever the verdict's words.
bool verdict(const Context& ctx, TokenRange c, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (d.verdict_verbs.match_at(ctx.cues(), i) == 0) return false;
  // The passive: a form of "be" or "get" just before ("would be marked", "was rated", "got marked down").
  const auto auxiliary = [&](std::uint32_t k) { return ctx[k].lemma == "be" || ctx[k].lemma == "get"; };
  const bool passive = (i > c.first && auxiliary(i - 1)) || (i > c.first + 1 && auxiliary(i - 2));
  if (!passive) return false;
  for (std::uint32_t k = i + 1; k < c.last && k <= i + 2; ++k) {
    if (d.pain.match_at(ctx.cues(), k) > 0 || d.consequence.match_at(ctx.cues(), k) > 0) return true;
  }
  return false;
}

// "the house is too small", "far too late": an excess is something wrong. "me too" or "too, and…" is
// "also", and "no job is too small" denies it.
bool excess(const Context& ctx, TokenRange c, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (ctx[i].folded != "too" || i + 1 >= c.last || !ctx.is_word(i + 1) || ctx.negated_before(i, 3)) return false;
  return d.clause_connectives.match_at(ctx.cues(), i + 1) == 0 && d.subordinators.match_at(ctx.cues(), i + 1) == 0 &&
         d.speaker_subjects.match_at(ctx.cues(), i + 1) == 0;
}

// "his energy bill went from three hundred thousand to nine hundred thousand": a cost that rises is a pain.
bool rising_cost(const Context& ctx, TokenRange c, std::uint32_t i) {
  const ModelData& d = ctx.data();
  const std::uint32_t n = d.cost_nouns.match_at(ctx.cues(), i);
  if (n == 0) return false;
  for (std::uint32_t k = i + n; k < c.last && k <= i + n + 2; ++k) {
    if (d.cost_rises.match_at(ctx.cues(), k) > 0) return true;
  }
  return false;
}

// "their website hasn't been touched since 2015": something not done since a date is neglect, when the
// client is the subject ("we haven't lost a client since 2010" is the speaker's boast).
bool neglected(const Context& ctx, TokenRange c) {
  const TokenRange client = client_part(ctx, c);
  for (std::uint32_t i = client.first + 1; i + 1 < client.last; ++i) {
    if (ctx[i].folded == "since" && ctx.negated_before(i, 4)) return true;
  }
  return false;
}

// "they end up working weekends", "money they could have claimed back": a verb form after these is a pain;
// "end up with one set of books" and "you could have a website" are not. The form tells which: -ing after
// "end up", a participle after "could have".
bool resigned(const Context& ctx, TokenRange c, std::uint32_t i) {
  const std::uint32_t n = ctx.data().resignations.match_at(ctx.cues(), i);
  if (n == 0 || i + n >= c.last || !ctx.is_word(i + n)) return false;
  const std::string_view next = ctx[i + n].folded;
  return next.ends_with("ing") || next.ends_with("ed") || next.ends_with("en") || next == "had" || next == "got";
}

// "a data leak can cost them the contract", "their licence could be taken away": a material thing
// withdrawn, within a few words either way, is a material consequence.
bool material_loss(const Context& ctx, TokenRange c, std::uint32_t i) {
  const ModelData& d = ctx.data();
  const std::uint32_t n = d.withdrawals.match_at(ctx.cues(), i);
  if (n == 0) return false;
  const std::uint32_t from = i > c.first + 4 ? i - 4 : c.first;
  const std::uint32_t to = std::min(c.last, i + n + 4);
  for (std::uint32_t k = from; k < to; ++k) {
    if ((k < i || k >= i + n) && d.material_things.match_at(ctx.cues(), k) > 0) return true;
  }
  return false;
}

// "music that makes players feel the world", "we make guests feel at home": a feeling the product gives
// the client is a generic benefit, whatever the feeling. "It makes me feel alive" is the speaker's own.
bool promised_feeling(const Context& ctx, TokenRange c, std::uint32_t i) {
  if (ctx[i].lemma != "make") return false;
  for (std::uint32_t k = i + 2; k < c.last && k <= i + 3; ++k) {
    if (ctx[k].lemma == "feel") {
      const std::string_view object = ctx[i + 1].folded;
      return object != "me" && object != "us";
    }
  }
  return false;
}

// "a single frost night can take out 80 percent of the crop": a verb of destruction with a share or an
// amount right after it (a word or two may stand between) destroys part of what the client has. "take out
// insurance" has no amount; the speaker's "we take out 90% of the work" is outside the client's part.
bool destroyed_share(const Context& ctx, TokenRange client, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (i < client.first || i >= client.last) return false;
  const std::uint32_t n = d.destructions.match_at(ctx.cues(), i);
  if (n == 0) return false;
  for (std::uint32_t k = i + n; k < client.last && k <= i + n + 2; ++k) {
    if (ctx[k].shape == text::Shape::number || d.number_words.match_at(ctx.cues(), k) > 0 ||
        d.shares.match_at(ctx.cues(), k) > 0) {
      return true;
    }
  }
  return false;
}

// "his Friday orders dropped from ninety to thirty-five", "bookings fell by a third": something of the
// client's that falls by an amount is a measured loss. "prices drop from £99" in the speaker's part is an offer.
bool measured_fall(const Context& ctx, TokenRange client, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (i < client.first || i >= client.last) return false;
  const std::uint32_t n = d.falls.match_at(ctx.cues(), i);
  if (n == 0 || i + n + 1 >= client.last) return false;
  const std::string_view by = ctx[i + n].folded;
  if (by != "from" && by != "by") return false;
  // Money after "from" is a price as often as not ("prices drop from £99"), so a fall from money does not count.
  const std::uint32_t k = i + n + 1;
  return ctx[k].shape == text::Shape::number || d.number_words.match_at(ctx.cues(), k) > 0 ||
         d.shares.match_at(ctx.cues(), k) > 0;
}

// "professionals who've spent years hiding their smile", "owners spend hours chasing invoices": time spent
// on an -ing verb is a coping habit, a situation the client recognises (measured only with a number). The
// speaker's "we spent years perfecting the recipe" is outside the client's part.
bool time_spent_coping(const Context& ctx, TokenRange client, std::uint32_t i) {
  if (i < client.first || i + 2 >= client.last || ctx[i].lemma != "spend") return false;
  return ctx.data().plural_times.match_at(ctx.cues(), i + 1) > 0 && ctx[i + 2].folded.ends_with("ing");
}

// "We solve your IT problems", "we deal with all the stress of moving", "whatever your problem", "if
// anything goes wrong": a pain named only in the abstract is no situation a client would recognise when
// the speaker does something to it or it is said of anything at all. The client's own ("their big problem
// is the changeover", "the online system is a nightmare") still is, and so is a concrete pain the speaker
// fixes ("we fix cracked screens"). Dealing with such a pain is the service's promise, a generic benefit.
bool generic_pain(const Context& ctx, bool clients, std::uint32_t i) {
  const ModelData& d = ctx.data();
  if (d.abstract_pains.match_at(ctx.cues(), i) == 0) return false;
  if (!clients) return true;
  for (std::uint32_t k = i > 2 ? i - 2 : 0; k < i; ++k) {
    if (d.indefinites.match_at(ctx.cues(), k) > 0) return true;
  }
  // "everything that can possibly go wrong": the pain in a relative clause on an indefinite is as general.
  for (std::uint32_t k = i > 6 ? i - 6 : 0; k + 1 < i; ++k) {
    const std::string_view next = ctx[k + 1].folded;
    if (d.indefinites.match_at(ctx.cues(), k) > 0 && (next == "that" || next == "which")) return true;
  }
  return false;
}

// "the van won't start", "their phone never rings", "the site hasn't brought in an enquiry": something of
// the client's that does not do what it should is a situation the client recognises. The clause needs a
// subject of its own before the negation (an imperative "don't hesitate" has none) that is not the
// speaker ("we don't do weddings" describes the service).
bool failing(const Context& ctx, TokenRange c) {
  const ModelData& d = ctx.data();
  const TokenRange client = client_part(ctx, c);
  const std::uint32_t subject = subject_start(ctx, {client.first, client.last});
  // "if you haven't got a website", "so the committee isn't living in a spreadsheet", "anyone who hasn't
  // got round to it": a condition, a purpose or the ask's own words are no situation.
  if (subject >= client.last || d.hypothetical_subjects.match_at(ctx.cues(), subject) > 0 ||
      d.speaker_subjects.match_at(ctx.cues(), subject) > 0 || has(d.hypothetical_openers, ctx, c.first, subject + 1) ||
      has(d.ask_cues, ctx, c.first, c.last)) {
    return false;
  }
  for (std::uint32_t i = subject + 1; i + 1 < client.last; ++i) {
    const std::string_view f = ctx[i].folded;
    const bool negation = f.ends_with("n't") || f == "never" || f == "cannot";
    if (!negation || !ctx.is_word(i + 1)) continue;
    // The negated verb's own subject, right before it: "all the jobs you never get round to", "who I don't
    // want" (the speaker choosing clients).
    return d.hypothetical_subjects.match_at(ctx.cues(), i - 1) == 0 &&
           d.speaker_subjects.match_at(ctx.cues(), i - 1) == 0 && d.not_failures.match_at(ctx.cues(), i + 1) == 0;
  }
  return false;
}

// "that's fine right up until it isn't": after "be", "seem" or "look" a consequence word such as "fine" is an
// adjective.
bool copular_adjective(const Context& ctx, TokenRange c, std::uint32_t i) {
  if (ctx.data().copular_adjectives.match_at(ctx.cues(), i) == 0 || i == c.first) return false;
  // "all" or "perfectly" may stand between: "it all looks fine".
  for (std::uint32_t k = i - 1; k >= c.first && k + 2 >= i; --k) {
    const std::string_view f = ctx[k].folded;
    if (ctx[k].lemma == "be" || ctx[k].lemma == "seem" || ctx[k].lemma == "look" || f.ends_with("'s") ||
        f.ends_with("'re") || f.ends_with("'ll")) {
      return true;
    }
    if (k == 0) break;
  }
  return false;
}

// "can't bear to throw it out", "don't want to lose the contract": a negation before a verb of wanting or
// bearing denies the consequence after "to" as well as one right after it.
bool denied_consequence(const Context& ctx, std::uint32_t i) {
  return ctx.negated_before(i, 2) || (i >= 2 && ctx[i - 1].folded == "to" && ctx.negated_before(i - 1, 3));
}

// What one clause says: a pain, a generic benefit, and whether its numbers measure a pain in the clause
// or anywhere in the sentence.
struct ClauseFacts {
  bool pain = false, benefit = false, measure = false, sentence_measure = false;
  bool consequence = false;  // a material consequence, quoted or not: it makes the sentence's pain 3
};

ClauseFacts read_clause(const Context& ctx, const std::vector<TokenRange>& cs, std::size_t k) {
  const ModelData& d = ctx.data();
  const TokenRange c = cs[k];
  ClauseFacts f;
  // A promise ("we take the headache out of HR") or a bare feeling ("anyone who feels stuck") turns the
  // pain words from there on into a generic benefit; a pain before it still stands ("moving day's
  // stressful enough without the van turning up late").
  std::uint32_t frame_len = 0;
  std::uint32_t frame = d.benefit_frames.find(ctx.cues(), c.first, c.last, frame_len);
  const std::uint32_t feeling = d.vague_feelings.find(ctx.cues(), c.first, c.last, frame_len);
  if (feeling < c.last && d.feeling_objects.match_at(ctx.cues(), feeling + frame_len) == 0) {
    frame = std::min(frame, feeling);
  }
  f.benefit = frame < c.last;
  const bool general = general_statement(ctx, c);
  const TokenRange client = client_part(ctx, c);
  for (std::uint32_t i = c.first; i < c.last; ++i) {
    // Quoted words and names ("Alamo Pest Solutions") are not the speaker describing a pain; a
    // consequence of several words keeps its capitals as a term ("a Fee for Intervention bill").
    const bool adjective = copular_adjective(ctx, c, i);
    const std::uint32_t consequence = adjective ? 0 : d.consequence.match_at(ctx.cues(), i);
    // Quoted words count here: "rated 'requires improvement'" is a consequence whoever said it. A single
    // quoted word is someone's word, not a consequence ("they've been told it'll be 'fine'").
    // A bare -ing form describes behaviour ("knocking poles, refusing the A-frame"); with "be" it is an
    // outcome under way ("the bank is refusing to lend").
    const bool behaviour = consequence == 1 && ctx[i].folded.ends_with("ing") && !(i > c.first && ctx[i - 1].lemma == "be");
    if (consequence > 0 && !denied_consequence(ctx, i) && !(consequence == 1 && ctx.quoted(i)) && !behaviour) {
      f.consequence = true;
    }
    // A verdict or a material loss is the client's pain wherever it stands: "without the certificates it would
    // be marked…".
    // The speaker's own loss is a story, not the client's pain: "I lost my job and started this business".
    const bool clients = i >= client.first && i < client.last;
    if ((verdict(ctx, c, i) || (clients && material_loss(ctx, c, i))) && !ctx.negated_before(i, 2)) {
      f.pain = f.consequence = true;
    }
    const bool named = ctx[i].capitalised && !ctx.sentence_initial(i) && !ctx.capitals_meaningless();
    if (ctx.quoted(i) || (named && consequence < 2)) continue;
    // "stress free", "hassle free": freedom from a pain is a promise, however it is spelt.
    if (i + 1 < c.last && ctx[i + 1].folded == "free" && d.abstract_pains.match_at(ctx.cues(), i) > 0) {
      f.benefit = true;
      continue;
    }
    const bool painful = (d.pain.match_at(ctx.cues(), i) > 0 && !adjective) || consequence > 0 || excess(ctx, c, i) ||
                         rising_cost(ctx, c, i) || resigned(ctx, c, i) || destroyed_share(ctx, client, i) ||
                         time_spent_coping(ctx, client, i);
    // "I'm not stuck with one bank" and "we save energy without losing production" deny the pain.
    const bool denied = ctx.negated_before(i, 2) || (i > c.first && d.pain_denials.ends_at(ctx.cues(), i, 2));
    if (painful && i < frame && !denied && !general) {
      // A pain in the abstract is the promise of dealing with it: a generic benefit.
      if (generic_pain(ctx, clients, i)) {
        f.benefit = true;
      } else {
        f.pain = true;
      }
    }
    // "I'm just looking for more customers" asks for the speaker's benefit; it promises none.
    // "their clients never pay on time": a benefit denied is no promise.
    const bool promise = d.benefit.match_at(ctx.cues(), i) > 0 || promised_feeling(ctx, c, i);
    if (!f.benefit && !ctx.negated_before(i, 3) && promise) {
      f.benefit = !requested(ctx, i);
    }
  }
  if (!general && frame == c.last && neglected(ctx, c)) f.pain = true;
  if (!general && frame == c.last && !f.benefit && failing(ctx, c)) f.pain = true;
  // Numbers in what the speaker says they do describe the service.
  TokenRange measure_range = with_apposition(ctx, cs, k);
  measure_range.first = client.first;
  if (client.last < c.last) measure_range.last = client.last;
  const Measures m = measures(ctx, measure_range);
  f.measure = m.clause;
  f.sentence_measure = m.sentence;
  if (f.measure && frame == c.last && has(d.cost_verbs, ctx, c.first, c.last)) f.pain = true;
  if (damage_cost(ctx, measure_range)) f.pain = f.measure = true;
  for (std::uint32_t i = client.first; i < client.last && frame == c.last; ++i) {
    if (measured_fall(ctx, client, i)) f.pain = f.measure = true;
  }
  return f;
}

// A sentence of three or more short items ("Boilers, bathrooms, leaks, blockages"): every clause holds at
// most two words.
bool list_of_words(const Context& ctx, const std::vector<TokenRange>& cs) {
  if (cs.size() < 3) return false;
  for (const TokenRange& c : cs) {
    std::uint32_t words = 0;
    for (std::uint32_t i = c.first; i < c.last; ++i) words += ctx.is_word(i) ? 1 : 0;
    if (words > 2) return false;
  }
  return true;
}

// "Their boiler broke down. That cost them £3,000.": a sentence that opens by pointing back ("that",
// "this", "it") and states no pain of its own measures the pain of the sentence before it.
bool points_back(const Context& ctx, const text::Sentence& s) {
  for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
    if (!ctx.is_word(i)) continue;
    return ctx.data().anaphors.match_at(ctx.cues(), i) > 0;
  }
  return false;
}

}  // namespace

ProblemResult find_problem(const Context& ctx) {
  const ModelData& d = ctx.data();
  ProblemResult r;
  // The pain clauses of the sentence before, still unmeasured, for a sentence that measures them.
  std::vector<TokenRange> unmeasured_pains;
  for (const text::Sentence& s : ctx.doc().sentences()) {
    // "Your home may be repossessed if you do not keep up repayments": a risk warning about the product.
    if (has(d.disclaimers, ctx, s.first_token, s.last_token)) continue;
    const std::vector<TokenRange> cs = clauses(ctx, s);
    std::vector<ClauseFacts> facts;
    for (std::size_t k = 0; k < cs.size(); ++k) facts.push_back(read_clause(ctx, cs, k));
    // "Boilers, bathrooms, leaks, blockages.": in a list of bare nouns a pain word names a line of work, not
    // a situation; its quality claims ("fast, friendly, reliable") still promise.
    if (list_of_words(ctx, cs)) {
      for (ClauseFacts& f : facts) f.pain = f.measure = f.consequence = false;
    }
    // A pain is judged per clause (its evidence); whether it is measured, also across the sentence, since
    // the number often sits in the next clause ("the keel bolts are corroded — that's an £8,000 job").
    // Elsewhere in the sentence only money that is no price, and shares, count.
    bool sentence_measure = false;
    for (const ClauseFacts& f : facts) sentence_measure = sentence_measure || (f.pain && f.measure) || f.sentence_measure;
    // "they're at breaking point: the mother fell twice, the daughter drives two hours every weekend…": the
    // clauses after a colon spell out the pain before it, so their measures measure it.
    bool pain_before_colon = false;
    for (std::size_t k = 0; k < cs.size(); ++k) {
      if (pain_before_colon && facts[k].measure) sentence_measure = true;
      const std::uint32_t end = cs[k].last;
      if (facts[k].pain && end < s.last_token && ctx[end].folded == ":") pain_before_colon = true;
    }
    bool sentence_consequence = false;
    for (const ClauseFacts& f : facts) sentence_consequence = sentence_consequence || f.consequence;
    bool own_pain = false;
    for (const ClauseFacts& f : facts) own_pain = own_pain || f.pain;
    if (!own_pain && !unmeasured_pains.empty() && (sentence_measure || sentence_consequence) && points_back(ctx, s)) {
      if (r.level < 3) r.evidence.clear();
      r.level = 3;
      r.best = unmeasured_pains.front();
      for (const TokenRange& c : unmeasured_pains) {
        if (r.evidence.size() < 3) r.evidence.push_back(c);
      }
    }
    unmeasured_pains.clear();
    for (std::size_t k = 0; k < cs.size(); ++k) {
      const ClauseFacts& f = facts[k];
      int level = 0;
      if (f.pain && (sentence_consequence || sentence_measure)) {
        level = 3;
      } else if (f.pain) {
        level = 2;
        unmeasured_pains.push_back(cs[k]);
      } else if (f.benefit) {
        level = 1;
      }
      if (level == 0) continue;
      if (level > r.level) {
        r.level = level;
        r.best = cs[k];
        r.evidence.clear();
      }
      if (level == r.level && r.evidence.size() < 3) r.evidence.push_back(cs[k]);
    }
  }
  return r;
}

}  // namespace pitchclarity::model
