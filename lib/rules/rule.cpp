// rules/rule.cpp — names of categories and kinds.
#include "rules/rule.hpp"

#include <array>

namespace pitchclarity::rules {

namespace {
constexpr std::array<std::string_view, kCategoryCount> kCategories = {
    "vague", "missing", "jargon", "hedge", "filler", "acronym", "sentence", "length", "rules"};
constexpr std::array<std::string_view, 5> kKinds = {"phrase", "regex", "metric", "acronym", "internal"};
}  // namespace

std::string_view to_string(Category category) noexcept { return kCategories[static_cast<std::size_t>(category)]; }

std::optional<Category> parse_category(std::string_view name) noexcept {
  for (std::size_t i = 0; i + 1 < kCategories.size(); ++i) {  // `rules` is the engine's own
    if (kCategories[i] == name) return static_cast<Category>(i);
  }
  return std::nullopt;
}

std::string_view to_string(Kind kind) noexcept { return kKinds[static_cast<std::size_t>(kind)]; }

}  // namespace pitchclarity::rules
