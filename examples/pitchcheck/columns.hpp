// columns.hpp — which CSV column or JSONL key holds the id and which the pitch: the one the user named,
// else the first of the usual names, matched without regard to case or surrounding spaces.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

inline const std::vector<std::string> kIdNames{"id", "name"};
inline const std::vector<std::string> kTextNames{"text", "pitch"};

// Index in `names` of `wanted` (when given) or of the first default present.
std::optional<std::size_t> find_column(const std::vector<std::string>& names, const std::string& wanted,
                                       const std::vector<std::string>& defaults);

// "\"text\" or \"pitch\"", or "\"Your pitch\"" when the user named one.
std::string describe_column(const std::string& wanted, const std::vector<std::string>& defaults);

bool same_name(std::string_view a, std::string_view b);

}  // namespace pitchcheck
