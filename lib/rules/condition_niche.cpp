// rules/condition_niche.cpp — `restrictive-niche`: the match is narrowed by what follows it.
//
// DESIGN.md: a generic word followed by a restrictive clause takes the clause's level, so "anyone who
// runs a dental practice in Leeds" is not vague, and neither is "clients in the dental sector". A clause
// that only restates the speaker's product ("anyone who needs a website") names nobody, so the object of
// need/want/require is not searched for a niche — "anyone who needs an accountant" stays vague.
//
// The clause is the run of tokens after the match up to the next clause break, and it counts when it holds
// a role, a business type, a place, a sector, a number (a size), a moment ("just bought", "opening"), a
// named organisation after at/from, or points back to a niche already named ("someone like that").
#include <string>

#include "lexicon/lexicon.hpp"
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

constexpr std::uint32_t kClauseReach = 16;  // tokens

// Words that open a restrictive clause or a narrowing phrase right after a generic word.
bool opens_clause(const text::Token& t) {
  if (!tok::is_word(t)) return false;
  if (tok::one_of(
          t.folded,
          {"who",          "that",      "which",   "whose",   "where",      "whom",         "in",      "at",
           "from",         "with",      "within",  "across",  "around",     "near",         "on",      "of",
           "based",        "located",   "like",    "such",    "especially", "particularly", "mainly",  "mostly",
           "specifically", "including", "e.g",     "i.e",     "outside",    "inside",       "between", "aged",
           "over",         "under",     "running", "to",      "owning",     "who's",        "who've",  "who're",
           "who'll",       "who'd",     "that's",  "that'll", "that'd",     "that've",      "that're", "which'll",
           "behind",       "among",     "amongst"}))
    return true;
  const auto f = t.folded;
  return f.size() > 4 && f.substr(f.size() - 3) == "ing";  // "anyone opening a second site"
}

// need/want/require and friends: what follows is the speaker's product, not the client.
bool product_verb(const text::Token& t) {
  return tok::word_is(t, {"need", "needs", "needed", "needing", "want", "wants", "wanted", "wanting", "require",
                          "requires", "required", "requiring"});
}

// Words that can sit inside a noun phrase (so the product object extends over them).
bool object_word(const text::Token& t) {
  if (!tok::is_word(t)) return false;
  return !tok::one_of(t.folded, {"who",    "that", "which",  "whose",   "where", "in",   "at",   "from",  "with",
                                 "within", "for",  "across", "around",  "near",  "on",   "of",   "to",    "and",
                                 "or",     "but",  "so",     "because", "if",    "when", "like", "based", "located"});
}

bool moment(const text::Token& t) {
  return tok::word_is(t, {"just",      "recently",  "newly",     "opening",   "starting",   "launching", "moving",
                          "buying",    "bought",    "selling",   "sold",      "retiring",   "expanding", "relocating",
                          "married",   "marrying",  "divorcing", "inherited", "inheriting", "bereaved",  "renovating",
                          "extending", "hiring",    "taking",    "opened",    "started",    "launched",  "moved",
                          "expanded",  "relocated", "planning",  "building",  "converting", "downsizing"});
}

// "just" marks a moment before what has just happened ("just bought", "who've just opened", "just starting
// out"), not before a plain verb, where it only softens it ("or just feel a bit calmer", "just want a chat").
bool moment_at(std::span<const text::Token> tokens, std::uint32_t i, std::uint32_t to) {
  if (!moment(tokens[i])) return false;
  if (tokens[i].folded != "just") return true;
  return i + 1 < to && tok::is_word(tokens[i + 1]) && tokens[i + 1].folded != tokens[i + 1].lemma;
}

bool number_word(const text::Token& t) {
  if (t.shape == text::Shape::number) return true;
  return tok::word_is(t, {"two",     "three",    "four",    "five",    "six",    "seven",   "eight", "nine",
                          "ten",     "eleven",   "twelve",  "fifteen", "twenty", "thirty",  "forty", "fifty",
                          "hundred", "thousand", "million", "dozen",   "dozens", "hundreds"});
}

// Words that never head or end a niche phrase. The lexicon is about nouns and some function words have
// rare noun senses ("who" as the WHO), so they are kept out of the lookups.
bool function_word(const text::Token& t) {
  return tok::one_of(
      t.folded,
      {"who",   "whom", "whose", "which",  "that",  "what",  "where",  "when", "why", "how",   "a",      "an",
       "the",   "this", "these", "those",  "their", "his",   "her",    "its",  "our", "your",  "my",     "me",
       "us",    "them", "they",  "we",     "i",     "you",   "he",     "she",  "it",  "in",    "at",     "on",
       "of",    "for",  "to",    "from",   "with",  "by",    "and",    "or",   "but", "so",    "as",     "is",
       "are",   "be",   "been",  "was",    "were",  "has",   "have",   "had",  "do",  "does",  "did",    "can",
       "could", "will", "would", "should", "may",   "might", "must",   "not",  "no",  "who's", "that's", "just",
       "all",   "any",  "some",  "more",   "most",  "very",  "really", "also", "like"});
}

bool niche_noun(std::string_view lemma_phrase, std::string_view folded_phrase, bool capitalised) {
  switch (lexicon::place_name(folded_phrase)) {
    case lexicon::PlaceName::place:
      return true;
    case lexicon::PlaceName::also_common:  // "Bath", "Reading": a place only when written as a name
      if (capitalised) return true;
      break;
    case lexicon::PlaceName::none:
      break;
  }
  if (const auto info = lexicon::classify(lemma_phrase)) {
    switch (info->kind) {
      case lexicon::Kind::role:
      case lexicon::Kind::business_type:
        return info->specificity >= 2;
      case lexicon::Kind::place:
        return capitalised;
      case lexicon::Kind::generic:
      case lexicon::Kind::broad_group:
        return false;
      case lexicon::Kind::other:
        break;
    }
  }
  return !lexicon::sectors(lemma_phrase).empty();
}

// Whether tokens [from, to) hold a niche or qualifier, ignoring the objects of product verbs.
bool clause_names_niche(std::span<const text::Token> tokens, std::uint32_t from, std::uint32_t to) {
  std::string lemmas;
  std::string folded;
  for (std::uint32_t i = from; i < to; ++i) {
    const auto& t = tokens[i];
    if (!tok::is_word(t)) continue;
    if (product_verb(t)) {
      // Skip the verb's object: "needs [a new website] for their salon" → look on from "for".
      std::uint32_t k = i + 1;
      if (k < to && tokens[k].folded == "to") continue;  // "wants to open a café": a moment, keep looking
      while (k < to && (object_word(tokens[k]) || tok::is_joining_dash(tokens, k))) ++k;
      i = k - 1;
      continue;
    }
    if (number_word(t) || moment_at(tokens, i, to)) return true;
    if (t.folded == "about" && i + 1 < to && tokens[i + 1].folded == "to") return true;  // "about to open"
    if (t.capitalised && i > from && tok::word_is(tokens[i - 1], {"at", "from", "for", "with"})) return true;
    // Longest n-gram first: "dental practice" before "practice".
    if (function_word(t)) continue;
    for (std::uint32_t n = 3; n >= 1; --n) {
      if (i + n > to || function_word(tokens[i + n - 1])) continue;
      lemmas.clear();
      folded.clear();
      bool words = true;
      for (std::uint32_t k = i; k < i + n; ++k) {
        if (!tok::is_word(tokens[k])) {
          words = false;
          break;
        }
        if (k > i) {
          lemmas += ' ';
          folded += ' ';
        }
        lemmas += tokens[k].lemma;
        folded += tokens[k].folded;
      }
      if (words && niche_noun(lemmas, folded, t.capitalised)) return true;
    }
  }
  return false;
}

// A possessed thing makes a niche only when it is a business or a role the lexicon rates niche ("if you've got
// a dental practice", "anyone with a solicitor they use"): DESIGN.md files ownership groups as broad, so a
// sector word or a place does not narrow what someone owns ("anyone with a tax return", "a home in Scottsdale").
bool business_or_role(std::string_view lemma_phrase) {
  const auto info = lexicon::classify(lemma_phrase);
  return info && (info->kind == lexicon::Kind::role || info->kind == lexicon::Kind::business_type) &&
         info->specificity >= 2;
}

}  // namespace

bool has_niche_object(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto size = static_cast<std::uint32_t>(tokens.size());
  const auto sentence = tokens[range.last - 1].sentence;
  // The object is the noun phrase right after the match ("if you've got | a brand"): the words a noun phrase
  // can hold, up to a preposition, a conjunction or a clause break.
  std::uint32_t end = range.last;
  while (end < size && end - range.last < kClauseReach && tokens[end].sentence == sentence &&
         !tok::is_clause_break(tokens[end]) && (object_word(tokens[end]) || tok::is_joining_dash(tokens, end)))
    ++end;
  // "If you've got a link to any charity": a possession that leads to someone else is about them, and the
  // words after "to" are judged by the rules that match there.
  if (end < size && tokens[end].sentence == sentence && tokens[end].folded == "to") return true;
  std::string lemmas;
  for (std::uint32_t i = range.last; i < end; ++i) {
    const auto& t = tokens[i];
    if (!tok::is_word(t)) continue;
    if (number_word(t) || moment_at(tokens, i, end)) return true;
    if (function_word(t)) continue;
    for (std::uint32_t n = 3; n >= 1; --n) {
      if (i + n > end || function_word(tokens[i + n - 1])) continue;
      lemmas.clear();
      bool words = true;
      for (std::uint32_t k = i; k < i + n; ++k) {
        if (!tok::is_word(tokens[k])) {
          words = false;
          break;
        }
        if (k > i) lemmas += ' ';
        lemmas += tokens[k].lemma;
      }
      if (words && business_or_role(lemmas)) return true;
    }
  }
  return false;
}

bool has_restrictive_niche(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto size = static_cast<std::uint32_t>(tokens.size());
  const auto sentence = tokens[range.last - 1].sentence;
  std::uint32_t start = range.last;
  if (start >= size || tokens[start].sentence != sentence) return false;

  // "someone like that" takes the level of the niche it points back to.
  if (tokens[start].folded == "like" && start + 1 < size &&
      tok::one_of(tokens[start + 1].folded, {"that", "this", "them", "those", "these", "him", "her"}))
    return true;

  if (product_verb(tokens[range.last - 1]) ||
      (range.last >= 2 && tok::word_is(tokens[range.last - 1], {"for", "of"}) &&
       tok::word_is(tokens[range.last - 2], {"looking", "need", "search", "searching"}))) {
    // The match ends on its verb ("anyone who needs"): skip the product, the rest must open a clause.
    while (start < size && tokens[start].sentence == sentence &&
           (object_word(tokens[start]) || tok::is_joining_dash(tokens, start)))
      ++start;
    if (start >= size || tokens[start].sentence != sentence) return false;
    if (!opens_clause(tokens[start]) && tokens[start].folded != "for") return false;
  } else if (!opens_clause(tokens[start]) && !tok::word_is(tokens[range.last - 1], {"whoever"})) {
    // "whoever" carries its own clause: "whoever coordinates the volunteer drivers at a transport scheme".
    return false;
  }

  std::uint32_t end = start;
  while (end < size && end - start < kClauseReach && tokens[end].sentence == sentence &&
         !tok::is_clause_break(tokens[end]))
    ++end;
  return clause_names_niche(tokens, start, end);
}

}  // namespace pitchclarity::rules
