// rules/conditions.cpp — names of the context conditions and the dispatcher.
#include "rules/conditions.hpp"

#include <array>

namespace pitchclarity::rules {

namespace {
constexpr std::array<std::string_view, 10> kNames = {"quoted",     "negated",       "restrictive-niche",
                                                     "addressed-to-room", "greeting", "not-target",
                                                     "after-clients",     "stock-any", "after-client-list",
                                                     "niche-object"};
}  // namespace

std::optional<Condition> parse_condition(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Condition>(i);
  }
  return std::nullopt;
}

std::string_view to_string(Condition condition) noexcept { return kNames[static_cast<std::size_t>(condition)]; }

std::string condition_names() {
  std::string out;
  for (const auto name : kNames) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

bool holds(Condition condition, const text::Document& doc, TokenRange range, const TextFacts* facts) {
  if (range.first >= range.last || range.last > doc.tokens().size()) return false;
  switch (condition) {
    case Condition::quoted:
      return is_quoted(doc, range, facts);
    case Condition::negated:
      return is_negated(doc, range);
    case Condition::restrictive_niche:
      return has_restrictive_niche(doc, range);
    case Condition::addressed_to_room:
      return is_addressed_to_room(doc, range);
    case Condition::greeting:
      return is_greeting(doc, range);
    case Condition::not_target:
      return is_not_target(doc, range);
    case Condition::after_clients:
      return is_after_clients(doc, range);
    case Condition::stock_any:
      return is_stock_any(doc, range);
    case Condition::after_client_list:
      return is_after_client_list(doc, range);
    case Condition::niche_object:
      return has_niche_object(doc, range);
  }
  return false;
}

}  // namespace pitchclarity::rules
