// rules/conditions.hpp — context conditions a rule lists under `unless` to stay quiet, or (phrase rules)
// under `when` to report at all.
//
// Each condition is a small pure function over the token stream around a match (tokens [first, last)).
// They use only the Document and the lexicon; none allocates more than a scratch string.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace pitchclarity::rules {

enum class Condition : std::uint8_t {
  quoted,             // inside quotation marks the speaker attributes to others: people say "any business"
  negated,            // a negation shortly before: "I don't work for just anyone"
  restrictive_niche,  // followed by a clause or phrase naming a niche or qualifier: "anyone who runs a café"
  addressed_to_room,  // the room, not a target: "if anyone here knows", "does anyone know"
  greeting,           // "Hi everyone", "Morning all", "Thanks everyone"
  not_target,         // not in a target or ask position: "everyone's DBS-checked"
  after_clients,      // set off by a comma after a clause naming clients: "whoever needs it, big or small"
  stock_any,          // a stock phrase: "any questions at all", "any time at all", "if you have | a question"
  after_client_list,  // closes a list of kinds of client: "restaurants, gyms, churches, you name it"
  niche_object,  // what follows is a niche business or role, a number or a moment: "if you've got | a dental practice"
};

std::optional<Condition> parse_condition(std::string_view name) noexcept;
std::string_view to_string(Condition condition) noexcept;
std::string condition_names();  // "quoted, negated, …", for error messages

// Tokens [first, last) of a match, in one Document.
struct TokenRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// What the conditions can learn once per text when many ranges of it are asked about (RuleSet::run): the
// tokens that can open or close a quotation, in text order, so that is_quoted() looks only at those instead
// of scanning a window of tokens around every match.
struct TextFacts {
  std::vector<std::uint32_t> quote_marks;
};
TextFacts text_facts(const text::Document& doc);

// `facts`, when given, must be text_facts(doc); the answer is the same with or without it.
bool holds(Condition condition, const text::Document& doc, TokenRange range, const TextFacts* facts = nullptr);

bool is_quoted(const text::Document& doc, TokenRange range, const TextFacts* facts = nullptr);
bool is_negated(const text::Document& doc, TokenRange range);
bool has_restrictive_niche(const text::Document& doc, TokenRange range);
bool is_addressed_to_room(const text::Document& doc, TokenRange range);
bool is_greeting(const text::Document& doc, TokenRange range);
bool is_not_target(const text::Document& doc, TokenRange range);
bool is_after_clients(const text::Document& doc, TokenRange range);
bool is_stock_any(const text::Document& doc, TokenRange range);
bool has_niche_object(const text::Document& doc, TokenRange range);
bool is_after_client_list(const text::Document& doc, TokenRange range);

}  // namespace pitchclarity::rules
