#include "group/words.hpp"

#include <algorithm>
#include <array>

namespace pitchclarity::group {
namespace {

// Sorted: looked up with binary search. Lemmas, as TargetProfile::roles holds them.
constexpr std::array<std::string_view, 44> kGeneric{
    "anybody",  "anyone",       "audience",     "brand",    "business",      "buyer",      "client", "company",
    "consumer", "contact",      "corporation",  "customer", "customer base", "enterprise", "entity", "everybody",
    "everyone", "firm",         "folk",         "group",    "individual",    "industry",   "lead",   "market",
    "member",   "organisation", "organization", "owner",    "partner",       "party",      "people", "person",
    "player",   "prospect",     "public",       "sector",   "somebody",      "someone",    "team",   "user",
    "venture",  "visitor",      "whoever",      "world"};

// DESIGN.md's broad categories (target level 1), as lemmas.
constexpr std::array<std::string_view, 38> kBroad{"business leader",
                                                  "business owner",
                                                  "charity",
                                                  "company owner",
                                                  "dad",
                                                  "dog owner",
                                                  "employer",
                                                  "entrepreneur",
                                                  "family",
                                                  "founder",
                                                  "freelancer",
                                                  "home owner",
                                                  "homeowner",
                                                  "household",
                                                  "independent business",
                                                  "investor",
                                                  "landlord",
                                                  "local business",
                                                  "mum",
                                                  "older people",
                                                  "over-fifty",
                                                  "parent",
                                                  "pensioner",
                                                  "pet owner",
                                                  "professional",
                                                  "property owner",
                                                  "retired people",
                                                  "retiree",
                                                  "self-employed",
                                                  "senior",
                                                  "small business",
                                                  "small business owner",
                                                  "sme",
                                                  "sole trader",
                                                  "start-up",
                                                  "startup",
                                                  "student",
                                                  "young people"};

constexpr std::array<std::string_view, 24> kGenericService{
    "agency",  "business",  "company",  "consultancy",  "consulting",   "expert",  "firm",     "group",
    "help",    "marketing", "office",   "organisation", "organization", "partner", "practice", "provider",
    "service", "shop",      "solution", "specialist",   "studio",       "support", "team",     "thing"};

constexpr std::array<std::string_view, 45> kDescribing{
    "affordable",    "all",         "ambitious",    "any",
    "award-winning", "best",        "big",          "boutique",
    "busy",          "certified",   "established",  "every",
    "existing",      "experienced", "family-run",   "forward-thinking",
    "freelance",     "friendly",    "future",       "good",
    "great",         "growing",     "holistic",     "ideal",
    "independent",   "innovative",  "large",        "leading",
    "local",         "many",        "medium",       "medium-sized",
    "more",          "new",         "other",        "paying",
    "potential",     "premium",     "professional", "prospective",
    "qualified",     "quality",     "right",        "small",
    "successful"};

constexpr std::array<std::string_view, 17> kPlaceNoise{"",   "across", "all",  "and", "around", "at",
                                                       "by", "for",    "from", "in",  "near",   "of",
                                                       "on", "or",     "the",  "to",  "within"};

constexpr std::array<std::string_view, 10> kPlaceParticles{"and", "by",   "de", "in", "la",
                                                           "le",  "next", "of", "on", "upon"};

// Every list is searched by bisection: keep them sorted (the compiler checks).
static_assert(std::is_sorted(kGeneric.begin(), kGeneric.end()));
static_assert(std::is_sorted(kBroad.begin(), kBroad.end()));
static_assert(std::is_sorted(kGenericService.begin(), kGenericService.end()));
static_assert(std::is_sorted(kDescribing.begin(), kDescribing.end()));
static_assert(std::is_sorted(kPlaceNoise.begin(), kPlaceNoise.end()));
static_assert(std::is_sorted(kPlaceParticles.begin(), kPlaceParticles.end()));

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
         c == '-';
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !word_char(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && word_char(text[i])) ++i;
    if (i > start) out.push_back(lower(text.substr(start, i - start)));
  }
  return out;
}

std::string singular(std::string_view word) {
  std::string w(word);
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) {
    w.pop_back();
  }
  return w;
}

bool generic_role(std::string_view lemma) {
  const std::string folded = lower(lemma);
  if (contains(kGeneric, folded) || contains(kGeneric, singular(folded))) return true;
  // "paying client", "small business", "business owner": nothing in it but generic and describing words.
  const std::vector<std::string> words = words_of(folded);
  return std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return contains(kGeneric, w) || contains(kGeneric, singular(w)) || contains(kDescribing, w) ||
           w == "people";  // "people" is its own plural
  });
}

bool broad_role(std::string_view lemma) {
  const std::string folded = lower(lemma);
  return contains(kBroad, folded) || contains(kBroad, singular(folded));
}

bool generic_service_word(std::string_view word) {
  const std::string folded = lower(word);
  return contains(kGenericService, folded) || contains(kGenericService, singular(folded));
}

bool describing_word(std::string_view word) { return contains(kDescribing, lower(word)); }

std::vector<std::string> place_parts(std::string_view place) {
  std::vector<std::string> out;
  std::string part;
  const auto flush = [&] {
    while (!part.empty() && part.back() == ' ') part.pop_back();
    std::size_t first = part.find_first_not_of(' ');
    std::string trimmed = first == std::string::npos ? std::string() : part.substr(first);
    if (!contains(kPlaceNoise, trimmed) && std::find(out.begin(), out.end(), trimmed) == out.end()) {
      out.push_back(std::move(trimmed));
    }
    part.clear();
  };
  // Split on separators and on the words "and" and "or".
  const std::string folded = lower(place);
  std::size_t i = 0;
  while (i < folded.size()) {
    const char c = folded[i];
    if (c == ',' || c == '&' || c == '/' || c == '+' || c == ';') {
      flush();
      ++i;
      continue;
    }
    bool split = false;
    for (std::string_view w : {std::string_view("and"), std::string_view("or")}) {
      const bool starts_word = i == 0 || folded[i - 1] == ' ';
      const std::size_t end = i + w.size();
      if (starts_word && folded.compare(i, w.size(), w) == 0 && (end == folded.size() || folded[end] == ' ')) {
        flush();
        i = end;
        split = true;
        break;
      }
    }
    if (split) continue;
    part += c;
    ++i;
  }
  flush();
  return out;
}

std::string plural(std::string_view noun) {
  std::string s(noun);
  if (s.empty()) return s;
  const std::size_t space = s.rfind(' ');
  const std::string_view last = std::string_view(s).substr(space == std::string::npos ? 0 : space + 1);
  if (last == "person") return s.substr(0, s.size() - 6) + "people";
  if (last == "staff" || last == "people" || last == "sheep") return s;
  if (last.size() >= 3 && last.ends_with("man") && last != "human") return s.substr(0, s.size() - 2) + "en";
  if (last.size() >= 2 && last.back() == 'y' && !vowel(last[last.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  if (last.ends_with("s") || last.ends_with("x") || last.ends_with("z") || last.ends_with("ch") ||
      last.ends_with("sh")) {
    return s + "es";
  }
  return s + "s";
}

std::string with_article(std::string_view noun) {
  const std::string folded = lower(noun);
  bool an = !folded.empty() && vowel(folded[0]);
  if (folded.starts_with("uni") || folded.starts_with("use") || folded.starts_with("eu") || folded.starts_with("one")) {
    an = false;
  }
  if (folded.starts_with("hour") || folded.starts_with("honest")) an = true;
  return (an ? "an " : "a ") + std::string(noun);
}

std::string place_name(std::string_view folded) {
  std::string out(folded);
  std::size_t i = 0;
  while (i < out.size()) {
    while (i < out.size() && (out[i] == ' ' || out[i] == '-')) ++i;
    std::size_t end = i;
    while (end < out.size() && out[end] != ' ' && out[end] != '-') ++end;
    const std::string_view word = std::string_view(out).substr(i, end - i);
    const bool particle = i > 0 && contains(kPlaceParticles, word);
    if (!particle && i < out.size() && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    i = end;
  }
  return out;
}

std::string join_words(const std::vector<std::string>& items, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string(last) : std::string(", ");
    out += items[i];
  }
  return out;
}

}  // namespace pitchclarity::group
