// offer_profile: the speaker's service as a short noun phrase, and its roles as lemmas.
//
// Report::offer_summary is the phrase after an offer cue, in the speaker's words: "bookkeeper for dental
// practices, and my name is Helen", "Chloe and I'm a letting agent in Manchester", "wedding caterer: …".
// The service is its noun phrase: after the last self-introduction in it, before the first word that starts
// a complement (for, in, who, …) or any punctuation. Its roles come from reading it back through the
// analyzer as a target, so they are lemmas spelled exactly as other members' TargetProfile::roles.
#include <algorithm>
#include <array>
#include <cctype>
#include <pitchclarity/group.hpp>

#include "group/words.hpp"

namespace pitchclarity {
namespace {

constexpr std::size_t kMaxServiceWords = 6;

// Words after which the speaker names what they are: the service is the noun phrase that follows.
constexpr std::array<std::string_view, 11> kSelfIntroductions{"i'm",
                                                              "i am",
                                                              "we're",
                                                              "we are",
                                                              "i run",
                                                              "we run",
                                                              "i own",
                                                              "we own",
                                                              "my business is",
                                                              "my company is",
                                                              "i'm the founder of"};

// Verbs with which the speaker says what they do ("I build websites", "we fit stairlifts"): after "I" or
// "we", the service is the verb and what follows it.
constexpr std::array<std::string_view, 24> kServiceVerbs{
    "build",  "clean", "design",  "fit",     "fix",       "handle", "install",    "make",
    "manage", "offer", "prepare", "provide", "repair",    "sell",   "service",    "source",
    "supply", "take",  "teach",   "train",   "translate", "write",  "photograph", "deliver"};

// Words that end the service's noun phrase: what follows is whom it is for, where, or a new clause.
constexpr std::array<std::string_view, 30> kEndWords{
    "across", "and",     "around", "as",    "at",    "based", "because", "but",     "by",    "for",
    "from",   "helping", "in",     "near",  "of",    "on",    "or",      "serving", "since", "so",
    "that",   "to",      "where",  "which", "while", "who",   "who's",   "whose",   "with",  "within"};

constexpr std::array<std::string_view, 9> kDeterminers{"a",   "an",    "another", "my",  "our",
                                                       "the", "their", "this",    "your"};

bool one_of(std::string_view word, auto const& list) { return std::find(list.begin(), list.end(), word) != list.end(); }

// Curly apostrophes become straight ones so "I’m" is found like "I'm".
std::string straighten(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string folded;
  bool capitalised = false;
};

// Words up to the first punctuation mark: ASCII letters, digits, apostrophes, hyphens and any non-ASCII
// letter; dashes and curly quotes (which are non-ASCII) end the phrase too.
std::vector<Word> leading_words(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size()) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) break;  // – — “ ” …
      const bool letter = c >= 0x80 || std::isalnum(c) != 0 || c == '\'' || c == '-';
      if (!letter) break;
      i += 1;
    }
    if (i == start) break;
    const char first = text[start];
    words.push_back({start, i, group::lower(text.substr(start, i - start)), first >= 'A' && first <= 'Z'});
    if (i < text.size() && text[i] != ' ') break;
  }
  return words;
}

// The service phrase starting at `from`, or empty when the words there name no service. `verb`: the phrase
// starts with a service verb ("build websites"), which names no service by itself.
std::string service_at(std::string_view text, std::size_t from, bool verb) {
  const std::vector<Word> words = leading_words(text.substr(from));
  std::size_t first = 0;
  while (first < words.size() && one_of(words[first].folded, kDeterminers)) ++first;
  std::size_t last = first;
  while (last < words.size() && last - first < kMaxServiceWords && !one_of(words[last].folded, kEndWords)) ++last;
  if (last == first) return {};

  // Only capitalised words ("Sarah Okafor", "Ben"): a name, not a service. Only words that name no service
  // by themselves ("marketing", "business solutions"): no service either.
  bool all_capitalised = true;
  bool all_generic = true;
  for (std::size_t k = verb ? first + 1 : first; k < last; ++k) {
    all_capitalised = all_capitalised && words[k].capitalised;
    all_generic = all_generic && (group::generic_service_word(words[k].folded) ||
                                  group::describing_word(words[k].folded) || group::generic_role(words[k].folded));
  }
  if (all_capitalised || all_generic) return {};
  const std::string_view rest = text.substr(from);
  return std::string(rest.substr(words[first].start, words[last - 1].end - words[first].start));
}

bool whole_word_at(std::string_view folded, std::size_t at, std::size_t size) {
  const std::size_t end = at + size;
  return (at == 0 || folded[at - 1] == ' ') && end <= folded.size() &&
         (end == folded.size() || folded[end] == ' ' || folded[end] == ',' || folded[end] == '.');
}

// Where a service phrase may start in an offer summary, first to last: its start; after each
// self-introduction ("Chloe and I'm a letting agent" → "a letting agent"); at a service verb after "I" or
// "we" ("Ben and I build websites" → "build websites"); after an apposition's comma ("Amy, a wedding
// photographer" → "a wedding photographer").
struct Start {
  std::size_t at;
  bool verb;
  friend auto operator<=>(const Start&, const Start&) = default;
};

std::vector<Start> service_starts(std::string_view folded) {
  std::vector<Start> starts{{0, false}};
  for (std::string_view intro : kSelfIntroductions) {
    for (std::size_t at = folded.find(intro); at != std::string_view::npos; at = folded.find(intro, at + 1)) {
      if (whole_word_at(folded, at, intro.size())) starts.push_back({at + intro.size(), false});
    }
  }
  for (std::string_view subject : {std::string_view("i "), std::string_view("we ")}) {
    for (std::size_t at = folded.find(subject); at != std::string_view::npos; at = folded.find(subject, at + 1)) {
      if (at > 0 && folded[at - 1] != ' ') continue;
      const std::size_t verb = at + subject.size();
      for (std::string_view v : kServiceVerbs) {
        if (folded.compare(verb, v.size(), v) == 0 && whole_word_at(folded, verb, v.size())) {
          starts.push_back({verb, true});
        }
      }
    }
  }
  for (std::size_t at = folded.find(", "); at != std::string_view::npos; at = folded.find(", ", at + 1)) {
    for (std::string_view article : {std::string_view("a "), std::string_view("an "), std::string_view("the ")}) {
      if (folded.compare(at + 2, article.size(), article) == 0) starts.push_back({at + 2, false});
    }
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

// The service phrase inside an offer summary: the first candidate start with one; empty when none has.
std::string service_phrase(std::string_view summary) {
  const std::string text = straighten(summary);
  for (const Start& start : service_starts(group::lower(text))) {
    std::string service = service_at(text, start.at, start.verb);
    if (!service.empty()) return service;
  }
  return {};
}

}  // namespace

OfferProfile offer_profile(const Analyzer& analyzer, const Report& report) {
  OfferProfile offer;
  offer.service = service_phrase(report.offer_summary);
  if (offer.service.empty()) return offer;
  const Report read_back = analyzer.analyze("I work with " + group::with_article(offer.service) + ".");
  for (const std::string& role : read_back.target.roles) {
    if (!group::generic_role(role)) offer.roles.push_back(role);
  }
  return offer;
}

}  // namespace pitchclarity
