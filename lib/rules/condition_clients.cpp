// rules/condition_clients.cpp — `after-clients`: the match follows a comma that closes a short clause
// naming clients.
//
// "whoever needs looking after, big or small", "companies in the Midlands, large and small": the pair
// widens those clients to every size. After the work ("all breeds, big and small") it is not about whom.
#include "rules/conditions.hpp"
#include "rules/token_util.hpp"

namespace pitchclarity::rules {

namespace {

// Characters between the client word and the comma, at most (a clause, not the paragraph).
constexpr std::size_t kReach = 60;

bool client_word(const text::Token& t) {
  if (!tok::is_word(t)) return false;
  // A possessive names the clients too: "anyone's pets, big or small".
  std::string_view word = t.folded;
  if (word.size() > 2 && word.ends_with("'s")) word.remove_suffix(2);
  // Singular too: "Every company can be our customer, small or big".
  return tok::one_of(word, {"anyone",    "anybody",   "everyone",   "everybody",  "whoever",       "clients",
                            "customers", "businesses", "companies", "firms",      "organisations", "organizations",
                            "client",    "customer",  "business",   "company",    "firm",          "organisation",
                            "organization"});
}

// The clause between the client word and the comma holds no other clause or sentence break.
bool breaks_clause(char c) { return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ','; }

}  // namespace

bool is_after_clients(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  if (range.first == 0 || tokens[range.first - 1].folded != ",") return false;
  const auto original = doc.original();
  std::size_t characters = 0;                             // code points counted back from the comma
  std::uint32_t counted = tokens[range.first - 1].start;  // bytes [counted, comma) are counted
  const auto count_back_to = [&](std::uint32_t from) {
    for (std::uint32_t b = from; b < counted; ++b) {
      if (breaks_clause(original[b])) return false;
      if ((static_cast<unsigned char>(original[b]) & 0xC0) != 0x80) ++characters;
    }
    counted = from;
    return characters <= kReach;
  };
  for (std::uint32_t i = range.first - 1; i-- > 0;) {
    if (!count_back_to(tokens[i].end)) return false;
    if (client_word(tokens[i])) return true;
    if (!count_back_to(tokens[i].start)) return false;
  }
  return false;
}

}  // namespace pitchclarity::rules
