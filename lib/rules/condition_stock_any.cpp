// rules/condition_stock_any.cpp — `stock-any`: the match opens with "any" and a word of a stock phrase.
//
// "any questions at all", "any time at all", "any help at all" offer help to the room or wave a worry
// away; they say nothing about whom the speaker wants.
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

bool is_stock_any(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  if (range.last - range.first < 2 || tokens[range.first].folded != "any") return false;
  return tok::one_of(
      tokens[range.first + 1].folded,
      {"time",     "times",  "question", "questions", "point",   "stage",    "cost",   "charge", "problem",
       "problems", "issue",  "issues",   "trouble",   "way",     "hour",     "day",    "moment", "notice",
       "doubt",    "doubts", "chance",   "help",      "worries", "concerns", "advice", "thing"});
}

}  // namespace pitchclarity::rules
