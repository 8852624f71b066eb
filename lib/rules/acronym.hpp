// rules/acronym.hpp — the `acronym` kind: capitalised abbreviations the pitch never explains.
//
// A candidate is a word written in 2–6 capital letters A–Z (a plural or possessive "s"/"'s" may follow:
// "KPIs", "HMRC's"), outside a sentence written in capitals. It is explained when the pitch anywhere
//   - follows it with a parenthesis ("EPC (the energy certificate landlords need)"),
//   - puts it in parentheses after words ("Energy Performance Certificate (EPC)"), or
//   - spells it out: consecutive words whose initials give its letters, small joining words allowed
//     ("Disclosure and Barring Service" for DBS, "pay-per-click" for PPC).
// Each unexplained acronym is reported once, at its first use. The allow-list holds the ones every
// listener knows (UK, CEO, VAT, …).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/document.hpp"

namespace pitchclarity::rules {

class AcronymMatcher {
 public:
  struct Hit {
    std::uint32_t token = 0;  // the token holding the acronym
    std::uint32_t start = 0;  // byte span of its letters (without a plural or possessive)
    std::uint32_t end = 0;
  };

  explicit AcronymMatcher(std::vector<std::string> allow);

  void find(const text::Document& doc, std::vector<Hit>& out) const;

 private:
  std::vector<std::string> allow_;  // sorted
};

}  // namespace pitchclarity::rules
