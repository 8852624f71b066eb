// rules/condition_stock_any.cpp — `stock-any`: the match opens with "any" and a word of a stock phrase, or
// is followed by "a", "an" or "any" and one.
//
// "any questions at all", "any time at all", "any help at all", "if you have a question", "if you've got a
// minute" offer help to the room or wave a worry away; they say nothing about whom the speaker wants.
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

bool stock_word(const text::Token& t) {
  return tok::one_of(t.folded,
                     {"time",    "times",    "question", "questions", "point",   "stage",   "cost",    "charge",
                      "problem", "problems", "issue",    "issues",    "trouble", "way",     "hour",    "day",
                      "moment",  "notice",   "doubt",    "doubts",    "chance",  "help",    "worries", "concerns",
                      "advice",  "thing",    "minute",   "minutes",   "query",   "queries", "look"});
}

}  // namespace

bool is_stock_any(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  if (range.last - range.first >= 2 && tokens[range.first].folded == "any") return stock_word(tokens[range.first + 1]);
  // "if you have | a question": the determiner and the stock word follow the match.
  const auto next = range.last;
  return next + 1 < tokens.size() && tok::one_of(tokens[next].folded, {"a", "an", "any"}) &&
         tokens[next + 1].sentence == tokens[next].sentence && stock_word(tokens[next + 1]);
}

}  // namespace pitchclarity::rules
