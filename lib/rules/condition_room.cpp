// rules/condition_room.cpp — `addressed-to-room` and `greeting`: "anyone"/"everyone" meaning the listeners.
//
// "If anyone here knows Declan…", "does anyone know a farrier", "anyone in this room", "Hi everyone",
// "Morning all", "Thanks, everyone". These address the room; they are not the speaker's target.
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

// Words after the match that place it in the room: "anyone here", "everyone in this room".
bool room_after(std::span<const text::Token> tokens, std::uint32_t i) {
  const auto at = [&](std::uint32_t k) -> std::string_view { return k < tokens.size() ? tokens[k].folded : ""; };
  if (tok::one_of(at(i), {"here", "tonight", "today", "present"})) return true;
  if (tok::one_of(at(i), {"in", "around", "round", "on", "at", "across"}) &&
      tok::one_of(at(i + 1), {"this", "the", "our"}) &&
      tok::one_of(at(i + 2), {"room", "table", "group", "call", "meeting", "breakfast", "chapter", "circle"}))
    return true;
  return tok::one_of(at(i), {"this"}) && tok::one_of(at(i + 1), {"morning", "evening", "afternoon"});
}

}  // namespace

bool is_addressed_to_room(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  if (room_after(tokens, range.last)) return true;
  // A question or condition put to the room: "if anyone knows", "does anybody have", "can anyone".
  if (range.first == 0 || range.last >= tokens.size()) return false;
  const auto& before = tokens[range.first - 1];
  const auto& after = tokens[range.last];
  if (before.sentence != tokens[range.first].sentence || after.sentence != before.sentence) return false;
  return tok::word_is(before, {"if", "does", "do", "did", "can", "could", "would", "will", "has", "have", "is", "are",
                               "whether"}) &&
         tok::word_is(after, {"know", "knows", "knew", "has", "have", "had", "can", "could", "would", "will", "happen",
                              "happens", "fancy", "fancies", "works", "work", "uses", "use", "'s"});
}

namespace {

bool greeting_word(const text::Token& t) {
  return tok::word_is(t, {"hi", "hello", "hey", "hiya", "morning", "afternoon", "evening", "thanks", "thank", "cheers",
                          "welcome", "greetings", "howdy", "bye", "goodbye", "night", "g'day"});
}

// Words that may surround a greeting: "Good morning again, everyone", "Thank you so much, everybody".
bool greeting_company(const text::Token& t) {
  return greeting_word(t) ||
         tok::word_is(
             t, {"good",  "you",  "so",       "much",      "again", "and",   "to",     "all", "well", "ok", "okay",
                 "right", "guys", "folks",    "there",     "great", "nice",  "lovely", "see", "meet", "a",  "very",
                 "big",   "warm", "everyone", "everybody", "all",   "y'all", "team",   "oh",  "um",   "er", "erm"});
}

}  // namespace

bool is_greeting(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto& sentence = doc.sentences()[tokens[range.first].sentence];
  // Before the match, back to the sentence start: greeting words and punctuation only, one greeting at least.
  // Walked backwards, giving up at the first other word or after a dozen words: scanning from the sentence
  // start made a long sentence full of matches ("anyone anyone …", pasted) quadratic.
  constexpr int kMaxGreetingWords = 12;
  bool greeted = false;
  bool only_greeting = true;
  int words = 0;
  for (std::uint32_t i = range.first; i-- > sentence.first_token;) {
    if (!tok::is_word(tokens[i])) continue;
    if (++words > kMaxGreetingWords || !greeting_company(tokens[i])) {
      only_greeting = false;
      break;
    }
    greeted = greeted || greeting_word(tokens[i]);
  }
  if (greeted && only_greeting) return true;
  // "Everyone, good morning": the match opens the sentence and a greeting follows before any other word.
  if (range.first != sentence.first_token) return false;
  for (std::uint32_t i = range.last; i < sentence.last_token; ++i) {
    if (!tok::is_word(tokens[i])) continue;
    if (greeting_word(tokens[i])) return true;
    if (!greeting_company(tokens[i])) return false;
  }
  return false;
}

}  // namespace pitchclarity::rules
