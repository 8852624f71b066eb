// rules/condition_clients.cpp — `after-clients`: the match follows a comma that closes a short clause
// naming clients.
//
// "whoever needs looking after, big or small", "companies in the Midlands, large and small": the pair
// widens those clients to every size. After the work ("all breeds, big and small") it is not about whom.
#include "lexicon/lexicon.hpp"
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
  return tok::one_of(word, {"anyone", "anybody", "everyone", "everybody", "whoever", "clients", "customers",
                            "businesses", "companies", "firms", "organisations", "organizations", "client", "customer",
                            "business", "company", "firm", "organisation", "organization"});
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

namespace {

// Words before the match that make a list of kinds of client: a business type, a group, or a market segment
// ("restaurants, gyms, churches, start-ups", "residential, commercial, auto"). Roles are left out: a list
// of people of a kind ("posh, Brummie, Geordie" voices) is not a list of clients.
bool client_kind(const text::Token& t) {
  if (!tok::is_word(t)) return false;
  if (tok::word_is(t, {"residential", "commercial", "domestic", "private", "industrial", "corporate", "public",
                       "retail", "trade"}))
    return true;
  const auto info = lexicon::classify(t.lemma);
  return info && (info->kind == lexicon::Kind::business_type || info->kind == lexicon::Kind::broad_group);
}

constexpr std::uint32_t kListReach = 8;  // words back from the match

}  // namespace

bool is_after_client_list(const text::Document& doc, TokenRange range) {
  const auto tokens = doc.tokens();
  const auto sentence = tokens[range.first].sentence;
  int kinds = 0;
  std::uint32_t words = 0;
  for (std::uint32_t i = range.first; i-- > 0 && words < kListReach && tokens[i].sentence == sentence;) {
    if (!tok::is_word(tokens[i])) continue;
    ++words;
    // A capitalised word inside the sentence is a name or a demonym ("Brummie, Geordie"), not a kind of client.
    const bool name = tokens[i].capitalised && i > 0 && tokens[i - 1].sentence == sentence;
    kinds += !name && client_kind(tokens[i]) ? 1 : 0;
  }
  return kinds >= 2;
}

}  // namespace pitchclarity::rules
