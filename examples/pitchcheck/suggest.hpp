// suggest.hpp — "did you mean …?" for mistyped option names and rule ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo; else "".
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace pitchcheck
