#include "model/phrase_facts.hpp"

#include "lexicon/lexicon.hpp"

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

std::string join_lemmas(const Context& ctx, std::uint32_t first, std::uint32_t last) {
  std::string out;
  for (std::uint32_t k = first; k < last; ++k) {
    if (ctx[k].shape != text::Shape::word) continue;
    if (!out.empty()) out += ' ';
    out += ctx[k].lemma;
  }
  return out;
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
    const std::string phrase = join_lemmas(ctx, k, i + 1);
    if (auto info = lexicon::classify(phrase)) return NounHit{*info, k, phrase};
  }
  return std::nullopt;
}

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

}  // namespace

TokenRange broad_group_at(const Context& ctx, std::uint32_t i) {
  const std::uint32_t n = ctx.data().broad_targets.match_at(ctx.cues(), i);
  if (n == 0) return {};
  const std::uint32_t last = i + n;
  // One word counts only in the plural: "families" is a target, "family law" is not.
  if (n == 1 && ctx[i].folded == ctx[i].lemma && !ctx[i].all_caps) return {};
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
  if (introduced && !ctx[i].all_caps && !lexicon::noun(ctx[i].lemma) && !lexicon::is_place(ctx[i].folded)) return {i, j};
  return {};
}

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
      if (f == "." || f == "!" || f == "?" || f == ";" || f == "\xE2\x80\x94" || f == "(" || f == ")") {
        if (!(i == from)) return i;
      }
      if (f == ",") {
        if (i + 1 < limit && (d.continue_after_comma.match_at(ctx.cues(), i + 1) > 0)) continue;
        if (i + 1 < limit && ctx.is_word(i + 1) && seen_noun) {
          // A list of kinds of client goes on: "dentists, vets and opticians", "customers, anyone who…".
          if (auto n = lexicon::noun(ctx[i + 1].lemma);
              n && (n->kind == Kind::role || n->kind == Kind::business_type || n->kind == Kind::generic ||
                    n->kind == Kind::broad_group)) {
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
    const bool after_relative = i > from && (d.relative.match_at(ctx.cues(), i - 1) > 0 ||
                                             (i > from + 1 && d.relative.match_at(ctx.cues(), i - 2) > 0 &&
                                              ctx.is_word(i - 1) && ctx[i - 1].folded.size() <= 6));
    if (i > from && seen_noun && !after_relative && d.clause_stop.match_at(ctx.cues(), i) > 0) {
      // "to" introduces the benefit ("help dentists to fill chairs") but a place ("close to Bristol") or a
      // size ("up to 50 staff") keeps the phrase going.
      const bool keeps = t.folded == "to" && i > 0 && (ctx[i - 1].folded == "up" || ctx[i - 1].folded == "close" ||
                                                       ctx[i - 1].folded == "next");
      if (!keeps) return i;
    }
    if (ctx.is_word(i) && lexicon::noun(t.lemma)) seen_noun = true;
  }
  return limit;
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
    if (relative_here) {
      std::uint32_t k = i + 1;
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
        if ((!f.generic.empty() || f.noun_level >= 0) && d.clause_openers.match_at(ctx.cues(), i) > 0) {
          f.has_clause = true;
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
      if ((d.place_prepositions.ends_at(ctx.cues(), i, 2) && ctx[i - 1].folded != "at") || after_place) {
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

    // Sizes: a number followed closely by a count noun, or a money amount.
    {
      std::uint32_t nlen = 0;
      if (is_number_at(ctx, i, nlen)) {
        f.has_count = true;
        const bool money = i > 0 && (ctx[i - 1].folded == "£" || ctx[i - 1].folded == "$" || ctx[i - 1].folded == "€");
        bool unit = money;
        for (std::uint32_t k = i + nlen; k < std::min(range.last, i + nlen + 4) && !unit; ++k) {
          unit = d.size_units.match_at(ctx.cues(), k) > 0;
        }
        if (unit) f.has_size = true;
      }
    }
    if (d.moment.match_at(ctx.cues(), i) > 0 && i > range.first && !in_product_clause) {
      f.has_moment = true;
      if (!f.generic.empty() && i >= f.generic.last) ++moments_after_generic;
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
          if (d.job_heads.contains_word(d.vocabulary.find(hit->lemma)) &&
              hit->first > std::max(group_start, last_head_end) &&
              ctx.is_word(hit->first - 1) && !ctx[hit->first - 1].folded.ends_with("ing") &&
              lexicon::noun(ctx[hit->first - 1].lemma)) {
            level = 2;
            f.roles.push_back(std::string(ctx[hit->first - 1].lemma) + " " + hit->lemma);
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
            // An acronym or brand-cased word the lexicon does not know names a trade: "SaaS companies",
            // "MSP owners", "B2B firms".
            const bool cased = ctx[k].all_caps || (ctx[k].capitalised && !ctx.sentence_initial(k) &&
                                                   !ctx.capitals_meaningless());
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
                !lexicon::sectors(ctx[k].lemma).empty() ||
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
          for (const auto& s : lexicon::sectors(hit->lemma)) {
            if (s.code.size() >= 4) level = 2;
          }
          if (level == 2) f.roles.push_back(hit->lemma);
        }
        for (const auto& s : lexicon::sectors(hit->lemma)) f.sector_codes.emplace_back(s.code);
        if (hit->first > range.first) {
          for (const auto& s : lexicon::sectors(join_lemmas(ctx, std::max(group_start, range.first), i + 1))) {
            f.sector_codes.emplace_back(s.code);
          }
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
  if (f.noun_level <= 0 && moments_after_generic > 0 && f.product_clause.empty()) {
    f.noun_level = 2;
    f.best = {f.generic.first, range.last};
    f.has_moment = moments_after_generic > 1;
  }
  // "from one-man bands to multinationals" covers everyone: DESIGN puts such a range at 0, and it is the
  // vague part of the phrase.
  for (std::uint32_t k = range.first; k < range.last; ++k) {
    if (ctx[k].folded != "from") continue;
    for (std::uint32_t m = k + 2; m < range.last && m < k + 10; ++m) {
      if (ctx[m].folded != "to" || ctx[m - 1].shape == text::Shape::number) continue;
      if (f.level < 4 && f.noun_level < 2) {
        f.noun_level = 0;
        f.has_size = f.has_place = f.has_moment = false;
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
      f.level = (f.has_place || f.has_size || f.has_moment) ? 3 : 2;
    } else {
      f.level = std::max(0, f.noun_level);
    }
  }
  std::sort(f.sector_codes.begin(), f.sector_codes.end());
  f.sector_codes.erase(std::unique(f.sector_codes.begin(), f.sector_codes.end()), f.sector_codes.end());
  return f;
}

}  // namespace pitchclarity::model
