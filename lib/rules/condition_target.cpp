// rules/condition_target.cpp — `not-target`: the match is not what the speaker wants or asks for.
//
// DESIGN.md's targets and asks follow cues: "I help", "I work with", "I'm looking for", "my ideal client
// is", "a good referral for me is", "introduce me to", "if you know", "I want", "we serve", "we're after".
// A generic word counts as a target only as such a cue's object: walking back from the match over
// determiners and intensifiers ("I want [just] [any] [new] clients") must reach a cue. So
// "everyone's DBS-checked" and "I help accountants win more clients" (the clients are the accountants')
// are not targets.
#include "lexicon/lexicon.hpp"
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

constexpr int kReach = 8;  // tokens walked back

std::string_view folded_at(std::span<const text::Token> tokens, std::uint32_t i, std::uint32_t back) {
  return i >= back ? tokens[i - back].folded : std::string_view{};
}

// Determiners, quantifiers and intensifiers between a cue and its object.
bool skippable(const text::Token& t) {
  return tok::word_is(
      t, {"a",        "an",         "the",       "some",      "any",      "more",       "new",          "just",
          "really",   "mainly",     "mostly",    "basically", "honestly", "literally",  "all",          "of",
          "lots",     "plenty",     "other",     "both",      "only",     "especially", "particularly", "also",
          "even",     "absolutely", "pretty",    "much",      "quite",    "great",      "good",         "potential",
          "possible", "genuine",    "real",      "many",      "most",     "every",      "loads",        "simply",
          "truly",    "ideally",    "generally", "usually",   "always",   "totally",    "frankly",      "well"});
}

// Verbs that, after "want to"/"looking to"/"'d like to", name the ask: "I want to find more clients".
bool seek_verb(const text::Token& t) {
  return tok::word_is(t, {"get", "find", "win", "reach", "attract", "gain", "bring", "land", "secure", "meet", "speak",
                          "talk", "connect", "work", "help", "serve", "sign", "grow"});
}

bool wanting(const text::Token& t) {
  return tok::word_is(t, {"want", "wants", "like", "love", "looking", "hoping", "trying", "keen", "need", "needs",
                          "aiming", "able", "hope", "'d", "would", "planning"});
}

// "I'll photograph everybody", "we insure anyone", "I can train anybody": a pronoun generic as the object
// of the speaker's own verb. Verbs of knowing, meeting and thanking are not services.
bool speaker_verb(std::span<const text::Token> tokens, std::uint32_t i) {
  const auto& verb = tokens[i];
  if (tok::word_is(
          verb, {"know",  "knew", "thank", "thanks", "owe",     "see",     "saw",    "met",     "tell", "told", "ask",
                 "asked", "love", "like",  "miss",   "invite",  "invited", "remind", "trust",   "am",   "was",  "be",
                 "have",  "had",  "is",    "are",    "can",     "will",    "could",  "would",   "do",   "did",  "got",
                 "want",  "need", "hope",  "think",  "believe", "guess",   "mean",   "welcome", "greet"}))
    return false;
  const auto subject = [](const text::Token& t) {
    return tok::one_of(t.folded, {"i", "we", "i'll", "we'll", "i'd", "we'd"});
  };
  if (i >= 1 && subject(tokens[i - 1])) return true;
  return i >= 2 && tok::one_of(tokens[i - 1].folded, {"can", "will", "could", "would", "also", "happily", "just"}) &&
         subject(tokens[i - 2]);
}

// Is token i a cue whose object starts right after it?
bool cue(std::span<const text::Token> tokens, std::uint32_t i) {
  const auto& t = tokens[i];
  if (!tok::is_word(t)) return false;
  if (tok::word_is(
          t, {"help",   "helps",   "helping", "helped",   "serve",      "serves",  "serving",  "want",    "wants",
              "wanted", "need",    "needs",   "seek",     "seeking",    "seeks",   "target",   "targets", "targeting",
              "meet",   "meeting", "support", "supports", "supporting", "welcome", "recommend"}))
    return true;
  const auto prev = folded_at(tokens, i, 1);
  const auto prev2 = folded_at(tokens, i, 2);
  if (seek_verb(t) && prev == "to" && i >= 2 && wanting(tokens[i - 2])) return true;
  if (t.folded == "with")
    return tok::one_of(prev, {"work", "works", "working", "worked", "partner", "partners", "partnering", "deal",
                              "speak", "talk", "connect", "connected", "connecting", "touch"});
  // "looking for", "work for", "ready for", "yoga is for", "I'll notarize for": whom it is for.
  if (t.folded == "for")
    return tok::one_of(prev, {"is",       "are",       "'s",     "be",      "ready", "looking",   "look",    "hungry",
                              "looks",    "searching", "search", "work",    "works", "working",   "cater",
                              "caters",   "catering",  "out",    "lookout", "open",  "available", "suitable",
                              "designed", "perfect",   "ideal",  "made",    "built"}) ||
           (i >= 1 && speaker_verb(tokens, i - 1));
  if (t.folded == "on") return tok::one_of(prev, {"take", "takes", "taking", "took"});
  if (t.folded == "to") {
    if (tok::one_of(prev,
                    {"introduce", "introduced", "introduction", "introductions", "intro",     "intros",     "sell",
                     "sells",     "selling",    "speak",        "talk",          "connected", "referred",   "refer",
                     "refers",    "referrals",  "referral",     "passed",        "recommend", "recommended"}))
      return true;
    return tok::one_of(prev, {"me", "us"}) &&
           tok::one_of(prev2, {"introduce", "introducing", "introduced", "connect", "refer", "recommend", "pass"});
  }
  if (t.folded == "after")
    return tok::one_of(prev, {"we're", "i'm", "are", "am", "is", "really", "mainly", "mostly", "always", "just"});
  // "if you know anyone", "do you know someone"; "I know everybody" is a give, not a target.
  if (t.folded == "know") return tok::one_of(prev, {"you", "u", "y'all"});
  if (tok::one_of(t.folded, {"is", "are", "'s", "include", "includes", "be", "would"})) {
    // "my ideal client is", "a good referral for me is", "what I'm looking for is", "my ask is".
    for (std::uint32_t k = 1; k <= 5 && k <= i; ++k) {
      const auto& w = tokens[i - k];
      if (tok::word_is(w, {"client", "clients", "customer", "customers",    "referral",      "referrals",
                           "target", "market",  "audience", "introduction", "introductions", "intro",
                           "ask",    "for",     "after",    "person",       "people",        "want",
                           "need",   "looking", "meet",     "seeking",      "ideal",         "perfect"}))
        return true;
      if (tok::is_clause_break(w)) break;
    }
  }
  return false;
}

// "the strata manager needs someone up on the roof": a want in the third person after a kind of person
// is that person's, not the speaker's ("Acme helps…" may still be the speaker's firm, so only wants).
bool someone_elses_want(std::span<const text::Token> tokens, std::uint32_t cue_at) {
  if (cue_at < 1 || !tok::word_is(tokens[cue_at], {"needs", "wants", "seeks"})) return false;
  const auto subject = lexicon::noun(tokens[cue_at - 1].lemma);
  return subject && (subject->kind == lexicon::Kind::role || subject->kind == lexicon::Kind::broad_group);
}

// "happy to help anyone", "glad to introduce anyone" (Scots "happy tae help anybody"), "if I can help
// anyone, ask away": an offer to the room (a give), not a target.
bool offer_to_room(std::span<const text::Token> tokens, std::uint32_t cue_at) {
  if (cue_at < 2) return false;
  if (tok::one_of(tokens[cue_at - 1].folded, {"to", "tae"}))
    return tok::word_is(tokens[cue_at - 2], {"happy", "glad", "willing", "pleased", "delighted"});
  return cue_at >= 3 && tok::one_of(tokens[cue_at - 1].folded, {"can", "could"}) && tokens[cue_at - 2].folded == "i" &&
         tok::one_of(tokens[cue_at - 3].folded, {"if", "whether"});
}

// "if you want to meet anyone in that community, ask me": a want whose subject is the listener is an
// offer to the room, not the speaker's target.
bool listeners_want(std::span<const text::Token> tokens, std::uint32_t cue_at) {
  if (cue_at < 3 || tokens[cue_at - 1].folded != "to") return false;
  for (std::uint32_t k = cue_at - 2, seen = 0; k > 0 && seen < 3 && wanting(tokens[k]); --k, ++seen) {
    if (tok::one_of(tokens[k - 1].folded, {"you", "you'd", "y'all", "u"})) return true;
  }
  return false;
}

// "when I open someone's bill": a possessive generic after the speaker's verb names what is served, not whom.
bool possessive(const text::Token& t) {
  const std::string_view f = t.folded;
  return f.size() > 2 && (f.ends_with("'s") || f.ends_with("\u2019s"));
}

bool pronoun_generic(const text::Token& t) {
  return tok::word_is(t, {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "whoever"});
}

// Sounds and discourse words a speaker drops between a cue and its object ("what I'm after is, um, …").
bool filler(const text::Token& t) {
  return tok::word_is(t, {"um",       "uh",        "er",     "erm",  "like", "so", "yeah",  "well", "oh",  "basically",
                          "honestly", "literally", "really", "just", "okay", "ok", "right", "and",  "but", "frankly"});
}

// "anybody you meet this week is a referral for me", "everyone's a potential client".
bool predicate_names_target(std::span<const text::Token> tokens, TokenRange range) {
  const auto sentence = tokens[range.first].sentence;
  const auto f = tokens[range.last - 1].folded;
  bool be = f.size() > 2 && f.substr(f.size() - 2) == "'s";
  for (std::uint32_t i = range.last; i < tokens.size() && i < range.last + 10; ++i) {
    const auto& t = tokens[i];
    if (t.sentence != sentence || tok::is_clause_break(t)) return false;
    if (tok::word_is(t, {"is", "are", "'s", "be", "would", "will", "makes", "make"})) be = true;
    if (be && tok::word_is(t, {"referral", "referrals", "client", "clients", "customer", "customers", "prospect",
                               "prospects", "fit", "target", "lead", "leads", "introduction"}))
      return true;
  }
  return false;
}

// The sentence before is a question about a person: "Who do I want to hear from?"
bool answers_who_question(const text::Document& doc, std::uint32_t sentence) {
  if (sentence == 0) return false;
  const auto tokens = doc.tokens();
  const auto& before = doc.sentences()[sentence - 1];
  if (before.last_token <= before.first_token || tokens[before.last_token - 1].folded != "?") return false;
  for (auto i = before.first_token; i < before.last_token; ++i) {
    if (tok::word_is(tokens[i], {"who", "whom", "who's"})) return true;
  }
  return false;
}

// "Who do I work with? Honestly, anybody.": a sentence that is only the generic (and fillers) answers the
// question of whom the speaker wants.
bool fragment(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto& sentence = doc.sentences()[tokens[range.first].sentence];
  for (auto i = sentence.first_token; i < range.first; ++i) {
    if (tok::is_word(tokens[i]) && !filler(tokens[i]) && !skippable(tokens[i])) return false;
  }
  if (range.last >= sentence.last_token) return true;
  const auto& next = tokens[range.last];
  if (next.shape == text::Shape::punctuation && tok::one_of(next.folded, {".", "!", "…"})) return true;
  // "Who needs their gutters cleaned? Everybody with a roof!": the answer to a question about a person may
  // carry what they have or need (restrictive-niche keeps the phrases that name a niche quiet). A "who"
  // clause usually names an activity ("Anyone who does agility with their dog"), so it is left alone.
  return answers_who_question(doc, tokens[range.first].sentence) &&
         tok::word_is(next, {"with", "needing", "wanting"});
}

// "I don't really know who my customer is yet — anyone, I suppose?": a generic standing alone in its
// clause and hedged to the end of the sentence is the speaker's guess at whom they want.
bool hedged_guess(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto& sentence = doc.sentences()[tokens[range.first].sentence];
  for (auto i = range.first; i-- > sentence.first_token;) {
    if (tok::is_clause_break(tokens[i]) && tokens[i].folded != ",") break;
    if (tok::is_word(tokens[i]) && !filler(tokens[i]) && !skippable(tokens[i])) return false;
  }
  std::uint32_t i = range.last;
  if (i >= sentence.last_token || tokens[i].folded != ",") return false;
  bool hedge = false;
  for (++i; i < sentence.last_token && tok::is_word(tokens[i]); ++i) {
    if (tok::word_is(tokens[i], {"suppose", "guess", "reckon", "imagine"})) {
      hedge = true;
    } else if (!tok::word_is(tokens[i], {"i", "i'd", "would", "really", "honestly"})) {
      return false;
    }
  }
  return hedge && (i >= sentence.last_token || tok::one_of(tokens[i].folded, {".", "?", "!", "…"}));
}

// "So anyone, send them in", "Whoever you know, send them over": the generic stands before a request
// to the room as its object. The generic may carry a clause of its own before the comma ("Anyone who
// enjoys a G&T, send them our way"): restrictive-niche keeps the clauses that name a niche quiet, so what
// is left here restates the want.
bool object_of_request(std::span<const text::Token> tokens, TokenRange range) {
  constexpr int kClauseTokens = 10;
  const auto sentence = tokens[range.first].sentence;
  std::uint32_t i = range.last;
  for (int steps = 0; i < tokens.size() && tokens[i].sentence == sentence && !tok::is_clause_break(tokens[i]) &&
                      steps < kClauseTokens;
       ++i, ++steps) {
  }
  if (i >= tokens.size() || tokens[i].sentence != sentence || tokens[i].folded != ",") return false;
  for (++i; i < tokens.size() && tokens[i].sentence == sentence && tok::word_is(tokens[i], {"just", "please", "do"});) {
    ++i;
  }
  return i < tokens.size() && tokens[i].sentence == sentence &&
         tok::word_is(tokens[i], {"send", "pass", "point", "refer", "introduce", "give", "tell", "put"});
}

// "B&Bs, campsites, restaurants, hairdressers, whoever.": the generic closes a list of kinds of client,
// which it throws open. With a clause of its own ("houses, condos, businesses, whoever's got snow") only
// after generics or broad groups: after niches the clause may be one more niche ("plumbers, roofers,
// anyone whose van is their living").
bool closes_list_of_clients(std::span<const text::Token> tokens, TokenRange range) {
  constexpr std::uint32_t kClauseTokens = 5;
  const auto sentence = tokens[range.first].sentence;
  std::uint32_t end = range.last;
  while (end < tokens.size() && end < range.last + kClauseTokens && tokens[end].sentence == sentence &&
         !tok::is_clause_break(tokens[end])) {
    ++end;
  }
  if (end < tokens.size() && tokens[end].sentence == sentence &&
      !tok::one_of(tokens[end].folded, {".", ",", "!", "?", "…"})) {
    return false;
  }
  const bool has_clause = end > range.last;
  std::uint32_t k = range.first;
  if (k >= 1 && tok::word_is(tokens[k - 1], {"or", "and"})) --k;
  if (k < 2 || tokens[k - 1].folded != "," || tokens[k - 2].sentence != sentence) return false;
  const auto& before = tokens[k - 2];
  if (!tok::is_word(before) || before.folded == before.lemma) return false;  // a plural noun
  const auto n = lexicon::noun(before.lemma);
  if (!n) return false;
  if (has_clause) return n->kind == lexicon::Kind::broad_group || n->kind == lexicon::Kind::generic;
  return n->kind == lexicon::Kind::role || n->kind == lexicon::Kind::business_type ||
         n->kind == lexicon::Kind::broad_group || n->kind == lexicon::Kind::generic;
}

}  // namespace

bool is_not_target(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto sentence = tokens[range.first].sentence;
  if (predicate_names_target(tokens, range) || fragment(doc, range)) return false;
  const bool pronoun = pronoun_generic(tokens[range.first]);
  if (pronoun && (object_of_request(tokens, range) || closes_list_of_clients(tokens, range) ||
                  hedged_guess(doc, range))) {
    return false;
  }
  int steps = 0;
  for (std::uint32_t i = range.first; i-- > 0 && steps < kReach;) {
    const auto& t = tokens[i];
    if (t.sentence != sentence) return true;
    if (tok::is_joining_dash(tokens, i)) continue;
    if (!tok::is_word(t)) {
      // Quotation marks, brackets and commas between a cue and its object are transparent ("I want
      // 'paying clients'", "what I'm after is, um, new clients"); other punctuation ends the clause.
      if (!tok::one_of(t.folded, {"\"", "'", "\u2018", "\u201C", "\u201D", "(", "[", ","})) return true;
      ++steps;
      continue;
    }
    if (cue(tokens, i)) {
      // "businesses that want more sales": someone else's want, not the speaker's.
      if (i >= 1 && tok::one_of(tokens[i - 1].folded, {"who", "that", "which", "who'd", "that'd", "whom"})) return true;
      // "who here wants more leads?": the room's want, asked of it.
      if (i >= 2 && tokens[i - 1].folded == "here" &&
          tok::one_of(tokens[i - 2].folded, {"who", "anyone", "anybody", "everyone", "everybody"}))
        return true;
      return offer_to_room(tokens, i) || someone_elses_want(tokens, i) || listeners_want(tokens, i);
    }
    if (pronoun && speaker_verb(tokens, i)) return possessive(tokens[range.first]);
    if (!skippable(t) && !filler(t)) return true;
    ++steps;
  }
  return true;
}

}  // namespace pitchclarity::rules
