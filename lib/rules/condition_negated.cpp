// rules/condition_negated.cpp — `negated`: a negation shortly before the match, in the same clause.
//
// "I don't work for just anyone", "not any business", "never paying clients", "rather than anyone".
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

constexpr int kReach = 5;  // words looked back

bool negation(const text::Token& t) {
  if (!tok::is_word(t)) return false;
  const auto f = t.folded;
  if (f.size() > 3 && f.substr(f.size() - 3) == "n't") return true;  // don't, isn't, won't, can't
  return tok::one_of(
      f, {"not",   "never",  "no",   "nor",     "cannot",   "without", "dont",   "doesnt", "didnt",   "isnt",  "arent",
          "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt",  "instead", "rather"});
}

}  // namespace

bool is_negated(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto sentence = tokens[range.first].sentence;
  int words = 0;
  for (std::uint32_t i = range.first; i-- > 0 && words < kReach;) {
    const auto& t = tokens[i];
    if (t.sentence != sentence || tok::is_clause_break(t)) return false;
    if (!tok::is_word(t)) continue;
    if (negation(t)) {
      // "rather than", "instead of" reject what follows; a lone "rather" ("rather good") does not.
      if (t.folded == "rather") return i + 1 < tokens.size() && tokens[i + 1].folded == "than";
      if (t.folded == "instead") return i + 1 < tokens.size() && tokens[i + 1].folded == "of";
      return true;
    }
    ++words;
  }
  return false;
}

}  // namespace pitchclarity::rules
