// gen/sectors.cpp — building the phrase → NAICS code index (see sectors.hpp).
#include "sectors.hpp"

#include <algorithm>
#include <set>

namespace pcgen {
namespace {

constexpr std::size_t kMaxCodesPerPhrase = 4;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = std::min(s.find(sep, start), s.size());
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A more specific code first; among codes where one is the other's ancestor keep only the specific one.
std::vector<std::string> rank(std::set<std::string> codes) {
  std::vector<std::string> out;
  for (const std::string& c : codes) {
    const bool ancestor = std::any_of(codes.begin(), codes.end(), [&](const std::string& other) {
      return other.size() > c.size() && other.compare(0, c.size(), c) == 0;
    });
    if (!ancestor) out.push_back(c);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  if (out.size() > kMaxCodesPerPhrase) out.resize(kMaxCodesPerPhrase);
  return out;
}

}  // namespace

SectorData build_sectors(const std::vector<Row>& naics, const std::vector<Row>& changes,
                         const std::vector<Row>& curated, const GenLex& lex,
                         const std::map<std::string, NounClass>& nouns) {
  const Morph morph(lex);
  SectorData data;
  std::map<std::string, std::string> titles;
  std::map<std::string, std::string> aliases;  // "32" → "31"
  std::map<std::string, std::set<std::string>> derived;
  for (const Row& row : naics) {
    std::string code = row.fields[0];
    if (const std::size_t dash = code.find('-'); dash != std::string::npos) {
      const std::string first = code.substr(0, dash), last = code.substr(dash + 1);
      if (!all_digits(first) || !all_digits(last) || first.size() != 2 || last.size() != 2 || last <= first)
        fail(row.where(), "bad sector range '" + code + "'");
      for (int n = std::stoi(first) + 1; n <= std::stoi(last); ++n) aliases[std::to_string(n)] = first;
      code = first;
    }
    if (!all_digits(code) || code.size() < 2 || code.size() > 6) fail(row.where(), "bad NAICS code '" + code + "'");
    if (!titles.emplace(code, row.fields[1]).second) fail(row.where(), "code listed twice: " + code);
    if (row.fields.size() < 3) continue;
    for (const std::string& phrase : split(row.fields[2], '|')) {
      if (phrase.empty() || lower(phrase) != phrase) fail(row.where(), "bad index phrase '" + phrase + "'");
      derived[lemma_phrase(morph, phrase)].insert(code);
    }
  }
  for (const auto& [code, title] : titles) {
    data.codes[code] = static_cast<std::uint16_t>(data.list.size());
    data.list.emplace_back(code, title);
  }
  data.unique = data.list.size();
  for (const auto& [alias, code] : aliases) data.codes[alias] = data.codes.at(code);
  // NAICS 2022: the renumbered entries report their new code and title; the old code still finds them.
  std::map<std::string, std::string> renamed;  // 2022 code → 2017 code of the first entry renamed to it
  for (const Row& row : changes) {
    const std::string &old_code = row.fields[0], &new_code = row.fields[1];
    auto entry = data.codes.find(old_code);
    if (entry == data.codes.end()) fail(row.where(), "no 2017 code " + old_code);
    if (!all_digits(new_code) || new_code.size() != old_code.size()) fail(row.where(), "bad 2022 code " + new_code);
    if (titles.count(new_code) && new_code != old_code && !renamed.count(new_code))
      fail(row.where(), "2022 code " + new_code + " is also a 2017 code: the tables could not tell them apart");
    data.list[entry->second] = {new_code, row.fields[2]};
    auto [first, added] = renamed.emplace(new_code, old_code);
    data.codes[new_code] = data.codes.at(first->second);
  }

  std::map<std::string, std::vector<std::string>> ranked;
  for (auto& [phrase, codes] : derived) {
    // A phrase found under two sectors ("services", "agents", "glass") says nothing about either.
    std::set<std::string> top;
    for (const std::string& code : codes) {
      const std::string two = code.substr(0, 2);
      auto alias = aliases.find(two);
      top.insert(alias == aliases.end() ? two : alias->second);
    }
    // A single word names an industry when it is a role or business type ("florists", "hotels") or a
    // sector's or subsector's own title ("construction", "utilities"); a fragment of a longer title
    // ("control" in "Electric Power Transmission, Control, and Distribution") or a bare person or
    // organisation word ("managers") does not.
    if (phrase.find(' ') == std::string::npos) {
      auto noun = nouns.find(phrase);
      const Kind kind = noun == nouns.end() ? Kind::other : noun->second.kind;
      const bool titled = std::any_of(codes.begin(), codes.end(), [](const std::string& c) { return c.size() <= 3; });
      if (kind != Kind::role && kind != Kind::business_type && !titled) continue;
    }
    if (top.size() == 1) ranked[phrase] = rank(codes);
  }
  std::set<std::string> seen;
  for (const Row& row : curated) {
    if (lower(row.fields[0]) != row.fields[0]) fail(row.where(), "phrases are written folded (lower case)");
    const std::string key = lemma_phrase(morph, row.fields[0]);
    if (!seen.insert(key).second)
      fail(row.where(), "'" + row.fields[0] + "' repeats an earlier phrase (as " + key + ")");
    std::vector<std::string> codes;
    for (const std::string& code : split(row.fields[1], ',')) {
      if (!data.codes.count(code)) fail(row.where(), "unknown NAICS code '" + code + "'");
      codes.push_back(code);
    }
    ranked[key] = codes;
  }
  // A phrase with one code points at that code's entry; longer lists are copied after the unique entries
  // (once per distinct list), so each phrase's sectors are one contiguous span.
  std::map<std::vector<std::uint16_t>, std::uint32_t> runs;
  for (const auto& [phrase, codes] : ranked) {
    std::vector<std::uint16_t> entries;  // one per reported code (2017 codes merged in 2022 collapse)
    for (const std::string& code : codes) {
      const std::uint16_t entry = data.codes.at(data.list[data.codes.at(code)].first);
      if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
    }
    if (entries.empty()) continue;
    std::uint32_t first = entries.front();
    if (entries.size() > 1) {
      auto [it, added] = runs.emplace(entries, static_cast<std::uint32_t>(data.list.size()));
      if (added)
        for (std::uint16_t entry : entries) data.list.push_back(data.list[entry]);
      first = it->second;
    }
    data.phrases[phrase] = first << 8 | static_cast<std::uint32_t>(entries.size());
  }
  if (data.list.size() > 0xffff) fail("sectors", "too many sector entries for 16-bit indices");
  return data;
}

}  // namespace pcgen
