#include "model/phrase_facts.hpp"

#include "lexicon/lexicon.hpp"
#include "model/phrase_words.hpp"

#include <algorithm>

namespace pitchclarity::model {
namespace {

using lexicon::Kind;

bool is_org_suffix(std::string_view f) {
  static constexpr std::string_view kSuffixes[] = {"ltd", "limited", "inc", "llc", "plc", "gmbh", "llp", "lp",
                                                   "co", "corp", "group", "partners", "sa", "ag", "bv", "pty"};
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), f) != std::end(kSuffixes);
}

bool is_determiner(std::string_view f) {
  static constexpr std::string_view kDeterminers[] = {"a", "an", "the", "some", "my", "our", "their", "your",
                                                      "his", "her", "its", "this", "that", "these", "those"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), f) != std::end(kDeterminers);
}

std::string join_folded(const Context& ctx, std::uint32_t first, std::uint32_t last) {
  std::string out;
  for (std::uint32_t k = first; k < last; ++k) {
    if (!out.empty()) out += ' ';
    out += ctx[k].folded;
  }
  return out;
}

// Longest lexicon noun (up to three words) ending at token `i`, looking back over words only.
struct NounHit {
  lexicon::NounInfo info;
  std::uint32_t first = 0;
  std::string lemma;
};

std::optional<NounHit> noun_ending_at(const Context& ctx, std::uint32_t lower, std::uint32_t i) {
  // Hyphenated compounds are three tokens ("start", "-", "ups"): try "start-up", "startup", "start up".
  if (i >= lower + 2 && ctx[i - 1].folded == "-" && ctx.is_word(i - 2) && !ctx[i - 1].space_before &&
      !ctx[i].space_before) {
    const std::string left(ctx[i - 2].folded), right(ctx[i].folded);
    std::string scratch;
    for (const std::string& joined : {left + "-" + right, left + right, left + " " + right}) {
      const std::string phrase(lexicon::match_lemma(joined, scratch));
      if (auto info = lexicon::noun(phrase)) return NounHit{*info, i - 2, phrase};
    }
  }
  for (std::uint32_t n = 3; n >= 1; --n) {
    if (i + 1 < n || i + 1 - n < lower) continue;
    const std::uint32_t first = i + 1 - n;
    bool words = true;
    for (std::uint32_t k = first; k <= i && words; ++k) words = ctx.is_word(k);
    if (!words) continue;
    const std::string phrase = join_lemmas(ctx, first, i + 1);
    if (auto info = lexicon::noun(phrase)) return NounHit{*info, first, phrase};
  }
  // Not an entry: let the lexicon classify the group by its head and nearest modifier ("independent
  // coffee shop", "software company", "reflexologist").
  const std::uint32_t first = i >= lower + 2 ? i - 2 : lower;
  for (std::uint32_t k = first; k <= i; ++k) {
    if (!ctx.is_word(k)) continue;
    // A participle is a verb, not a modifier: "anyone moving house" is no moving-house business.
    if (k < i && ctx[k].folded.ends_with("ing") && ctx[k].lemma != ctx[k].folded) continue;
    const std::string phrase = join_lemmas(ctx, k, i + 1);
    if (auto info = lexicon::classify(phrase)) return NounHit{*info, k, phrase};
  }
  return std::nullopt;
}

// A phrase the NAICS index files under an industry (4 digits or more): a listener can name one.
bool names_industry(std::string_view lemma_phrase) {
  for (const auto& s : lexicon::sectors(lemma_phrase)) {
    if (s.code.size() >= 4) return true;
  }
  return false;
}

// A capitalised word that names no kind of client or sector, right after a place preposition, is a place
// the lexicon lacks or files as a thing ("on the Solent", "around Hamble").
bool unknown_place_at(const Context& ctx, std::uint32_t i) {
  const auto as_noun = lexicon::noun(ctx[i].lemma);
  return (!as_noun || as_noun->kind == Kind::other || as_noun->kind == Kind::place) &&
         lexicon::sectors(ctx[i].lemma).empty() && ctx.data().place_prepositions.ends_at(ctx.cues(), i, 3) &&
         !ctx.is(i - 1, "at");
}

// An acronym or brand-cased word inside a sentence that is no place and no kind of person or business
// ("PhD", "NHS", "SaaS"): before a group noun it names what the group does or where it works.
bool names_a_kind(const Context& ctx, std::uint32_t k) {
  if (!ctx.is_word(k) || ctx.capitals_meaningless() || ctx.sentence_initial(k)) return false;
  const std::string_view raw = ctx.doc().original().substr(ctx[k].start, ctx[k].end - ctx[k].start);
  const bool inner_capital = std::any_of(raw.begin() + 1, raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!ctx[k].capitalised || !inner_capital || lexicon::is_place(ctx[k].folded)) return false;
  const auto n = lexicon::noun(ctx[k].lemma);
  return !n || n->kind == Kind::other;
}

// "just" marks a moment only before what has just happened ("just bought", "just starting out"), not
// before a plain verb it softens ("or just feel a bit calmer").
bool softening_just(const Context& ctx, std::uint32_t i) {
  return ctx.is(i, "just") && !(ctx.is_word(i + 1) && ctx[i + 1].folded != ctx[i + 1].lemma);
}

}  // namespace

TokenRange broad_group_at(const Context& ctx, std::uint32_t i) {
  const std::uint32_t n = ctx.data().broad_targets.match_at(ctx.cues(), i);
  if (n == 0) return {};
  const std::uint32_t last = i + n;
  // One word counts only in the plural: "families" is a target, "family law" is not.
  // (The lemma alone cannot tell: "ups" and "55s" are nouns of their own to WordNet.)
  const std::string_view tail = ctx[last - 1].folded;
  const bool singular = tail == ctx[last - 1].lemma && !ctx[last - 1].all_caps &&
                        !(tail.ends_with("s") && !tail.ends_with("ss"));
  // ... unless a determiner makes it one person and nothing follows it as its noun: "a homeowner who's
  // sick of their power bill", "every homeowner with solar" (not "a family business").
  if (n == 1 && singular) {
    const bool one_person = i > 0 && (ctx.is(i - 1, "a") || ctx.is(i - 1, "an") || ctx.is(i - 1, "every") ||
                                      ctx.is(i - 1, "any") || ctx.is(i - 1, "each"));
    const bool ends = last >= ctx.size() || !ctx.is_word(last) || ctx.data().relative.match_at(ctx.cues(), last) > 0;
    if (!one_person || !ends) return {};
  }
  // A possessive names a thing of theirs, not them ("employers' liability", "landlords' insurance").
  if (last < ctx.size() && !ctx[last].space_before &&
      (ctx[last].folded == "'" || ctx[last].folded == "\xE2\x80\x99" || ctx[last].folded == "'s")) {
    return {};
  }
  // A singular category right before the noun of a thing is that noun's modifier: "the local business
  // scene" ("start-up founders" still means people).
  if (singular && modifies_next_noun(ctx, last)) return {};
  // A broad word right before a niche noun is its modifier ("small business accountants").
  if (last < ctx.size() && ctx.is_word(last)) {
    if (auto next = lexicon::noun(ctx[last].lemma); next && (next->kind == Kind::role || next->kind == Kind::business_type)) {
      return {};
    }
  }
  return {i, last};
}

TokenRange name_at(const Context& ctx, std::uint32_t i, std::uint32_t limit) {
  if (ctx.capitals_meaningless() || i >= limit || !ctx.is_word(i) || !ctx[i].capitalised || ctx[i].all_caps) return {};
  if (ctx.sentence_initial(i) || ctx[i].folded == "i" || ctx[i].folded == "i'm") return {};
  // "a G&T", "a Cessna or a Piper": after an indefinite article a brand is a kind of thing, not the one
  // person or organisation a name would be.
  if (i > 0 && (ctx[i - 1].folded == "a" || ctx[i - 1].folded == "an")) return {};
  std::uint32_t j = i;
  bool suffix = false;
  while (j < limit) {
    if (ctx.is_word(j) && ctx[j].capitalised) {
      suffix = suffix || is_org_suffix(ctx[j].folded);
      ++j;
    } else if (j + 1 < limit && (ctx[j].folded == "&" || ctx[j].folded == "and" || ctx[j].folded == "of") &&
               ctx.is_word(j + 1) && ctx[j + 1].capitalised && j > i) {
      j += 1;
    } else if (ctx[j].folded == "." && j > i && is_org_suffix(ctx[j - 1].folded)) {
      ++j;  // "Co." / "Inc."
    } else {
      break;
    }
  }
  const std::uint32_t count = j - i;
  const std::string folded = join_folded(ctx, i, j);
  if (lexicon::is_place(folded)) return {};
  // "Brazilian and Portuguese": capitalised words that are all kinds of person are demonyms, not a name.
  bool all_people = !suffix;
  for (std::uint32_t k = i; k < j && all_people; ++k) {
    if (!ctx.is_word(k) || ctx[k].folded == "and" || ctx[k].folded == "&" || ctx[k].folded == "of") continue;
    const auto n = lexicon::noun(ctx[k].lemma);
    all_people = n && n->kind == Kind::role;
  }
  if (all_people) return {};
  if (count >= 2 || suffix) return {i, j};
  // A single capitalised word names someone only right after a word that introduces a name ("meet
  // Declan", "at Ledgerlight") and when the lexicon does not know it as a common noun or a place; alone,
  // "SaaS" or "Brazilian" is too often a brand or an adjective.
  static constexpr std::string_view kIntroducers[] = {"at", "called", "named", "know", "knows", "meet", "to",
                                                      "is", "from", "with", "like"};
  const bool introduced = i > 0 && std::find(std::begin(kIntroducers), std::end(kIntroducers), ctx[i - 1].folded) !=
                                       std::end(kIntroducers);
  // A plural acronym ("HOAs", "SMEs") is a kind, not a name.
  const std::string_view raw = ctx.doc().original().substr(ctx[i].start, ctx[i].end - ctx[i].start);
  const bool acronym = raw.size() >= 2 && raw[1] >= 'A' && raw[1] <= 'Z';
  if (introduced && !ctx[i].all_caps && !acronym && !lexicon::noun(ctx[i].lemma) && !lexicon::is_place(ctx[i].folded)) {
    return {i, j};
  }
  return {};
}

PhraseFacts analyze_phrase(const Context& ctx, TokenRange range, bool names_count) {
  const ModelData& d = ctx.data();
  PhraseFacts f;
  f.range = range;
  bool in_product_clause = false;
  std::uint32_t group_start = range.first;  // where the current noun group began (after a determiner)
  std::uint32_t last_head_end = range.first;
  int best_generic = -1;
  int moments_after_generic = 0;
  std::uint32_t clause_from = 0;  // where the first describing clause after a generic head starts
  std::uint32_t last_place_end = 0;  // one past the last place seen: "in Alfama or Baixa" are both places

  for (std::uint32_t i = range.first; i < range.last; ++i) {
    const text::Token& t = ctx[i];
    // A capitalised word inside a sentence is a name or a brand ("Colleen"), not a category of client.
    const bool acronym_like = t.end - t.start >= 2 && ctx.doc().original()[t.start + 1] >= 'A' &&
                              ctx.doc().original()[t.start + 1] <= 'Z';  // "SMEs", "MSPs"
    const bool name_like = ctx.is_word(i) && t.capitalised && !t.all_caps && !acronym_like &&
                           !ctx.sentence_initial(i) && !ctx.capitals_meaningless();
    if (t.shape == text::Shape::punctuation && t.folded == ",") in_product_clause = false;

    // Relative clauses: "who needs a website" restates the product; "who runs a dental practice" describes.
    // "that" is relative only right after the head ("companies that…", not "in that size range").
    const bool relative_here = d.relative.match_at(ctx.cues(), i) > 0 &&
                               (t.folded != "that" || (i > range.first && i == last_head_end));
    // "whoever" carries its own clause, starting at its verb: "whoever leads on the public realm there"
    // describes a role, "whoever needs a website" restates the product.
    const bool after_whoever = i > range.first && ctx.is_word(i) &&
                               (ctx[i - 1].folded == "whoever" || ctx[i - 1].folded == "whoever's");
    if (relative_here || after_whoever) {
      std::uint32_t k = after_whoever ? i : i + 1;
      while (k < range.last && (ctx[k].folded == "really" || ctx[k].folded == "just" || ctx[k].folded == "might" ||
                                ctx[k].folded == "may" || ctx[k].folded == "could" || ctx[k].folded == "would")) {
        ++k;
      }
      const std::uint32_t n = d.product_verbs.match_at(ctx.cues(), k);
      if (n > 0) {
        in_product_clause = true;
        if (f.product_clause.empty()) f.product_clause = {group_start, phrase_end(ctx, k + n)};
        f.product_clause.last = std::min(f.product_clause.last, range.last);
      } else {
        in_product_clause = false;
        const bool opens = after_whoever || d.clause_openers.match_at(ctx.cues(), i) > 0;
        if ((!f.generic.empty() || f.noun_level >= 0) && opens) {
          f.has_clause = true;
          if (clause_from == 0) clause_from = i;
        }
      }
      continue;
    }
    if (t.shape == text::Shape::word && is_determiner(t.folded)) {
      group_start = i + 1;
      continue;
    }

    // Names of people and organisations. A capitalised run right after a place preposition is a place
    // the lexicon does not know ("in Fairfax County", "across South Wales").
    if (TokenRange name = name_at(ctx, i, range.last); !name.empty()) {
      const bool after_place = last_place_end > 0 && i >= last_place_end && i - last_place_end <= 2 &&
                               (ctx[i - 1].folded == "and" || ctx[i - 1].folded == "or" || ctx[i - 1].folded == "the" ||
                                ctx[i - 1].folded == ",");
      // A preposition that closes the cue before the phrase ("get me in front of", "if you come across", "know
      // of"), or a cleft's copula after it ("the one company I'd love to get in front of is …"), introduces
      // its object, not a place: "get in front of Brightwater Films Ltd" names a firm.
      std::uint32_t before = i;
      if (before > 1 && (ctx.is(before - 1, "is") || ctx.is(before - 1, "are"))) --before;
      const bool cue_owned =
          i == range.first && before > 0 && (ctx[before - 1].folded == "of" || ctx[before - 1].folded == "across");
      if ((d.place_prepositions.ends_at(ctx.cues(), i, 2) && ctx[i - 1].folded != "at" && !cue_owned) || after_place) {
        last_place_end = name.last;
        f.has_place = true;
        f.places.push_back(join_folded(ctx, name.first, name.last));
      } else if (names_count) {
        f.names.push_back(ctx.text(name));
        f.level = 4;
        if (f.best.empty() || f.noun_level < 3) f.best = name;
      }
      i = name.last - 1;
      continue;
    }

    // Places: a known place name, preferably after a place preposition.
    if (t.shape == text::Shape::word) {
      for (std::uint32_t n = 3; n >= 1; --n) {
        if (i + n > range.last) continue;
        const std::string folded = join_folded(ctx, i, i + n);
        // A place needs its capital, a place preposition before it, or text whose capitals say nothing. Two
        // letters are a state code at best ("in" is Indiana), and a place that is also a common word
        // ("bath", "reading") needs its capital.
        const lexicon::PlaceName kind = lexicon::place_name(folded);
        const bool cue = ctx[i].capitalised || ctx.capitals_meaningless() ||
                         d.place_prepositions.ends_at(ctx.cues(), i, 3);
        const bool plausible = folded.size() >= 3 && (kind == lexicon::PlaceName::place || ctx[i].capitalised);
        if (kind != lexicon::PlaceName::none && cue && plausible) {
          f.has_place = true;
          f.places.push_back(folded);
          last_place_end = i + n;
          i += n - 1;
          goto next_token;
        }
      }
    }

    // A place the lexicon lacks ("on the Solent").
    if (name_like && unknown_place_at(ctx, i)) {
      f.has_place = true;
      f.places.push_back(std::string(t.folded));
      last_place_end = i + 1;
      continue;
    }
    // A place the listeners share, named by pointing at it ("a wedding planner round here", "dentists
    // locally"). It qualifies the target like a name would, but names no place for group matching.
    if (const std::uint32_t n = d.local_places.match_at(ctx.cues(), i);
        n > 0 && i > range.first && i + n <= range.last && !in_product_clause) {
      f.has_local_place = true;
      last_place_end = i + n;
      i += n - 1;
      continue;
    }
    // Sizes: a number followed closely by a count noun, or a money amount.
    {
      std::uint32_t nlen = 0;
      if (is_number_at(ctx, i, nlen)) {
        // "after nineteen years", "for six months": a number of hours, days or years is how long, not how many.
        f.has_count = f.has_count || i + nlen >= range.last || d.plural_times.match_at(ctx.cues(), i + nlen) == 0;
        const bool money = i > 0 && (ctx[i - 1].folded == "£" || ctx[i - 1].folded == "$" || ctx[i - 1].folded == "€");
        bool unit = money;
        for (std::uint32_t k = i + nlen; k < std::min(range.last, i + nlen + 4) && !unit; ++k) {
          unit = d.size_units.match_at(ctx.cues(), k) > 0;
        }
        // A size inside a clause that restates the product sizes the product ("half price this month").
        if (unit && !in_product_clause) f.has_size = true;
      }
    }
    if (d.moment.match_at(ctx.cues(), i) > 0 && !softening_just(ctx, i) && i > range.first && !in_product_clause &&
        !d.not_moment.ends_at(ctx.cues(), i + 1, 2) && d.not_moment.match_at(ctx.cues(), i) == 0 &&
        // Inside a compound modifier it names a kind, not a moment: "first-time buyers" are a niche (DESIGN).
        !(ctx.is(i + 1, "-") && !ctx[i + 1].space_before)) {
      f.has_moment = true;
      // Only a moment before any clause that restates the product defines the group: "or a new website"
      // after "anyone who needs a website" is still the product.
      if (!f.generic.empty() && i >= f.generic.last && f.product_clause.empty()) ++moments_after_generic;
    }

    // A plural acronym the lexicon does not know ("HOAs", "MSPs", "CPAs") is a trade or an organisation
    // type in a target phrase; the broad ones ("SMEs") are lexicon entries.
    if (acronym_like && !t.all_caps && t.folded.ends_with("s") && !in_product_clause && !lexicon::noun(t.lemma) &&
        !modifies_next_noun(ctx, i + 1)) {
      if (f.noun_level < 2) {
        f.noun_level = 2;
        f.best = {i, i + 1};
      }
      f.roles.push_back(std::string(t.folded));
      last_head_end = i + 1;
      continue;
    }
    // Nouns: the longest lexicon entry ending here, unless inside a clause that restates the product.
    if (ctx.is_word(i) && !in_product_clause && !d.not_targets.contains_word(ctx.words(i).lemma)) {
      if (auto hit = noun_ending_at(ctx, std::max(group_start, range.first), i);
          hit && !(name_like && hit->first == i && hit->info.kind != Kind::role && hit->info.kind != Kind::business_type)) {
        const auto& info = hit->info;
        int level = -1;
        if (info.kind == Kind::role || info.kind == Kind::business_type) {
          level = 2;
          f.roles.push_back(hit->lemma);
        } else if (info.kind == Kind::broad_group) {
          level = 1;
          // "block managers", "HR professionals": a noun before a job title makes a role.
          if (d.job_heads.contains_word(d.vocabulary.find(hit->lemma)) && hit->first > std::max(group_start, last_head_end) &&
              ctx.is_word(hit->first - 1) && !ctx[hit->first - 1].folded.ends_with("ing") &&
              lexicon::noun(ctx[hit->first - 1].lemma)) {
            level = 2;
            f.roles.push_back(std::string(ctx[hit->first - 1].lemma) + " " + hit->lemma);
          } else if (hit->first > std::max(group_start, last_head_end) && names_a_kind(ctx, hit->first - 1)) {
            // "PhD students", "NHS employees": a cased qualification or institution narrows the group.
            level = 2;
            f.roles.push_back(std::string(ctx[hit->first - 1].folded) + " " + hit->lemma);
          }
        } else if (info.kind == Kind::generic) {
          level = 0;
          // A noun modifier right before a generic head: a sector word or a business type makes a niche
          // ("dental businesses", "law firms", "restaurant owners"), as does any noun before a job title
          // ("property managers"); any other noun makes a broad group ("dog owners"). Verb forms
          // ("paying customers", "forward-thinking organisations") modify nothing.
          const bool job_title = d.job_heads.contains_word(d.vocabulary.find(hit->lemma));
          for (std::uint32_t k = hit->first > 0 ? hit->first - 1 : 0;
               k < hit->first && k >= std::max(group_start, last_head_end); ++k) {
            if (!ctx.is_word(k) || ctx[k].folded.ends_with("ing") || ctx[k].folded.ends_with("ed")) continue;
            // A conjunction or filler before the head modifies nothing ("— so companies with …").
            if (is_spoken_filler(ctx, k) || d.clause_stop.match_at(ctx.cues(), k) > 0) continue;
            // An acronym or brand-cased word the lexicon does not know names a trade: "SaaS companies",
            // "MSP owners", "B2B firms".
            // (In text written in capitals, "ANYONE AND EVERYONE", no word is cased.)
            const bool cased = !ctx.capitals_meaningless() &&
                               (ctx[k].all_caps || (ctx[k].capitalised && !ctx.sentence_initial(k)));
            if (cased && !lexicon::noun(ctx[k].lemma) && !lexicon::is_place(ctx[k].folded)) {
              level = 2;
              f.roles.push_back(std::string(ctx[k].folded) + " " + hit->lemma);
              continue;
            }
            if (job_title && lexicon::noun(ctx[k].lemma)) {
              level = 2;
              f.roles.push_back(std::string(ctx[k].lemma) + " " + hit->lemma);
              continue;
            }
            const auto modifier = lexicon::noun(ctx[k].lemma);
            const bool niche_modifier =
                !lexicon::sectors(ctx[k].lemma).empty() || names_industry(join_lemmas(ctx, k, i + 1)) ||
                (modifier && (modifier->kind == Kind::business_type || modifier->kind == Kind::role));
            if (niche_modifier) {
              level = 2;
              f.roles.push_back(std::string(ctx[k].lemma) + " " + hit->lemma);
            } else if (modifier && modifier->kind == Kind::other && level < 1) {
              level = 1;
            }
          }
        } else if (info.kind == Kind::other) {
          // A noun the lexicon only knows as a thing can still be a business type through its NAICS entry
          // ("holiday cottage", "food bank"): a listener can name one.
          // So can the noun with its modifier ("food truck", "holiday park").
          std::string phrase = hit->lemma;
          if (!names_industry(phrase) && hit->first > std::max(group_start, last_head_end) &&
              ctx.is_word(hit->first - 1)) {
            phrase = join_lemmas(ctx, hit->first - 1, i + 1);
          }
          if (names_industry(phrase)) {
            level = 2;
            f.roles.push_back(phrase);
          }
        }
        for (const auto& s : lexicon::sectors(hit->lemma)) f.sector_codes.emplace_back(s.code);
        if (hit->first > range.first) {
          for (const auto& s : lexicon::sectors(join_lemmas(ctx, std::max(group_start, range.first), i + 1))) {
            f.sector_codes.emplace_back(s.code);
          }
        }
        // "a couple of small business owners", "a handful of clients": a broad or generic noun between
        // "a" and "of" counts what follows; it is no group of its own.
        const bool quantifier = level >= 0 && level <= 1 && hit->first > range.first && ctx.is(hit->first - 1, "a") &&
                                ctx.is(i + 1, "of");
        if (quantifier) {
          level = -1;
          group_start = i + 2;
        }
        if (level >= 0) {
          const TokenRange group{std::max(group_start, last_head_end), i + 1};
          if (level > f.noun_level) {
            f.noun_level = level;
            f.best = group;
          }
          if (level <= 1 && best_generic < 0) {
            best_generic = level;
            f.generic = group;
          }
          // (A size's count noun, "with five to fifty staff", is no group of its own.)
          std::uint32_t unused = 0;
          const bool counted = hit->first > 0 && is_number_at(ctx, hit->first - 1, unused);
          if (level <= 1 && !counted && !modifies_next_noun(ctx, i + 1)) {
            if (!f.generics.empty() && f.generics.back().first.last == hit->first) {
              f.generics.back().first.last = group.last;  // "small business owners" is one group
              f.generics.back().second = std::max(f.generics.back().second, level);
            } else {
              // From after the last punctuation before the noun: ": contracts, staff" is "staff", and
              // "— so companies" is "so companies" at most.
              TokenRange words = group;
              for (std::uint32_t k = group.first; k < hit->first; ++k) {
                if (ctx[k].shape == text::Shape::punctuation) words.first = k + 1;
              }
              while (words.first < hit->first &&
                     (!ctx.is_word(words.first) || is_spoken_filler(ctx, words.first) ||
                      d.clause_stop.match_at(ctx.cues(), words.first) > 0)) {
                ++words.first;
              }
              f.generics.push_back({words, level});
            }
          }
          last_head_end = i + 1;
        }
      } else if (!lexicon::sectors(t.lemma).empty()) {
        for (const auto& s : lexicon::sectors(t.lemma)) f.sector_codes.emplace_back(s.code);
      }
    }
  next_token:;
  }

  // A generic head defined by a moment or activity is a niche ("anyone who's about to buy a yacht",
  // "people buying their first home"): DESIGN counts groups defined by a moment as niches. The moment
  // that made the niche does not also qualify it.
  // A clause that restates the product after the moment does not undo it ("couples getting married who
  // want a proper party"): moments inside that clause were never counted.
  if (f.noun_level <= 1 && moments_after_generic > 0) {
    f.head_level = f.noun_level;
    f.noun_level = 2;
    f.best = {f.generic.first, range.last};
    f.has_moment = moments_after_generic > 1;
    f.moment_defined = true;
  }
  // A describing clause about "it" is about the product, whatever its verb: "anyone who's been thinking
  // about it", "anyone over fifty who hasn't got round to it yet", "anyone who's a bit overwhelmed by it
  // all". It names nobody, so it restates the product.
  if (clause_from > 0 && f.level < 4 && f.product_clause.empty() && (f.noun_level <= 1 || f.moment_defined)) {
    bool about_it = false;
    // (The phrase ends at a clause stop such as "to" or "it", so look a few words past it, up to the
    // next punctuation.)
    for (std::uint32_t k = clause_from; k < std::min(ctx.size(), range.last + 3) && !about_it; ++k) {
      if (k >= range.last && (ctx[k].shape == text::Shape::punctuation || ctx[k].sentence != ctx[clause_from].sentence)) {
        break;
      }
      about_it = ctx.is(k, "it") && !ctx[k].all_caps;
    }
    if (about_it) {
      if (f.moment_defined) f.noun_level = f.head_level;
      f.moment_defined = false;
      f.has_moment = false;
      f.has_clause = false;
      // From the head the clause belongs to: "anyone wanting video, or anyone who's been thinking about it".
      std::uint32_t head = f.generic.first;
      for (const auto& [group, level] : f.generics) {
        if (group.first < clause_from) head = group.first;
      }
      f.product_clause = {head, range.last};
    }
  }
  // "from one-man bands to multinationals" covers everyone: DESIGN puts such a range at 0, and it is the
  // vague part of the phrase.
  for (std::uint32_t k = range.first; k < range.last; ++k) {
    if (ctx[k].folded != "from") continue;
    for (std::uint32_t m = k + 2; m < range.last && m < k + 10; ++m) {
      // "from ninety to thirty-five" is a range of numbers, not of clients.
      std::uint32_t number_len = 0;
      if (ctx[m].folded != "to" || is_number_at(ctx, m - 1, number_len)) continue;
      if (f.level < 4 && f.noun_level < 2) {
        f.noun_level = 0;
        f.has_size = f.has_place = f.has_local_place = f.has_moment = false;
        f.generic = {k, std::min(range.last, phrase_end(ctx, m + 1, 6))};
      }
      break;
    }
  }
  // A size band on a generic head ("companies with 20 to 100 employees") is a broad category (DESIGN: a
  // size band alone stays 1).
  if (f.noun_level == 0 && f.has_size) f.noun_level = 1;
  if (f.level < 4) {
    if (f.noun_level >= 2) {
      f.level = (f.has_place || f.has_local_place || f.has_size || f.has_moment) ? 3 : 2;
    } else {
      f.level = std::max(0, f.noun_level);
    }
  }
  std::sort(f.sector_codes.begin(), f.sector_codes.end());
  f.sector_codes.erase(std::unique(f.sector_codes.begin(), f.sector_codes.end()), f.sector_codes.end());
  return f;
}

}  // namespace pitchclarity::model
