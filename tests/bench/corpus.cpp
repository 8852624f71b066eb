// tests/bench/corpus.cpp — sentence templates and word lists for the benchmark corpus.
#include "corpus.hpp"

#include <array>
#include <cctype>
#include <span>
#include <string_view>

namespace pitchclarity::bench {
namespace {

// splitmix64: tiny, fast, and defined bit for bit here (std::mt19937 is too, but the distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) (the modulo bias is irrelevant at these sizes, and stays deterministic).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

using List = std::span<const std::string_view>;

constexpr std::string_view kFirst[] = {"Maya",   "Claire", "Priya", "Tom",    "Aisling", "Dev",   "Sarah", "Marcus",
                                       "Zoë",    "Hamza",  "Megan", "Owen",   "Fatima",  "Liam",  "Grace", "Raj",
                                       "Chloe",  "Ben",    "Niamh", "Sophie", "Kwame",   "Elena", "Jack",  "Ruth"};
constexpr std::string_view kLast[] = {"Shah",    "Whitfield", "Okafor",  "Jones",  "Murphy", "Patel",  "Hughes",
                                      "Kowalski", "Brennan",  "Ahmed",   "Taylor", "Evans",  "O'Neill", "Clarke",
                                      "Nguyen",  "Fraser",    "Lindqvist", "Walsh", "Reid",   "Bennett"};
constexpr std::string_view kCompany[] = {
    "Ledgerlight Bookkeeping", "Northfield Electrical", "Bright Smile Dental", "Tidy Books", "Harbour IT",
    "Greenway Cleaning",       "Bloom & Stem Florists", "Keystone Lettings", "Sparrow Web Design", "Oakwood Legal",
    "Peak Physio",             "Copperfield Print",   "Riverside Payroll", "Clearview Windows", "Brightpath HR",
    "Atlas Commercial Law",    "Fernhill Photography", "Hearth & Home Care", "Summit Mortgages", "Lantern Marketing"};
constexpr std::string_view kTrade[] = {"bookkeeper",       "electrician",   "commercial cleaner", "florist",
                                       "solicitor",        "physiotherapist", "web designer",     "IT support engineer",
                                       "mortgage adviser", "photographer",  "copywriter",         "HR consultant",
                                       "accountant",       "printer",       "payroll specialist", "letting agent"};
constexpr std::string_view kNiche[] = {"independent dental practices",     "care home managers",
                                       "wedding planners",                 "farm shops",
                                       "HR directors at manufacturing firms", "practice managers at GP surgeries",
                                       "boutique hotels",                  "letting agents",
                                       "restaurant owners",                "physiotherapy clinics",
                                       "architects' practices",            "veterinary surgeries",
                                       "primary school business managers", "craft breweries",
                                       "commercial landlords",             "nurseries with more than forty children"};
constexpr std::string_view kNicheOne[] = {"dental practice", "care home",     "farm shop",  "boutique hotel",
                                          "restaurant",      "physio clinic", "brewery",    "veterinary surgery",
                                          "letting agency",  "GP surgery",    "wedding venue", "primary school"};
constexpr std::string_view kVague[] = {"small businesses",
                                       "anyone who needs a website",
                                       "business owners",
                                       "everyone",
                                       "people",
                                       "companies of all sizes",
                                       "paying clients",
                                       "entrepreneurs",
                                       "anyone really",
                                       "SMEs",
                                       "any business",
                                       "individuals and businesses",
                                       "all sorts of clients",
                                       "basically anyone"};
constexpr std::string_view kPlace[] = {"Leeds",     "Harrogate",     "West Yorkshire", "Bristol",  "Manchester",
                                       "Cardiff",   "York",          "Sheffield",      "Dublin",   "Cork",
                                       "Headingley", "North London", "Austin",         "Denver",   "the Midlands",
                                       "Edinburgh", "Bath",          "Stoke-on-Trent", "Norwich",  "Galway"};
constexpr std::string_view kProblem[] = {"chasing unpaid invoices",
                                         "losing patients to no-shows",
                                         "struggling to recruit staff",
                                         "wasting hours on paperwork",
                                         "getting hit with VAT penalties",
                                         "losing bookings to the big online platforms",
                                         "putting up with slow, old IT",
                                         "worrying about GDPR fines",
                                         "missing calls while they are on a job",
                                         "paying too much for energy",
                                         "doing the books on a Sunday night"};
constexpr std::string_view kService[] = {"a website",     "bookkeeping",      "IT support",   "a good cleaner",
                                         "payroll",       "legal advice",     "flowers",      "better photos",
                                         "a mortgage",    "HR support",       "printing",     "marketing help"};
constexpr std::string_view kOffer[] = {"take over credit control",      "build online booking systems",
                                       "run payroll every month",       "design websites that bring in enquiries",
                                       "install EV chargers",           "write the copy for their website",
                                       "clean offices before 7am",      "handle their tenancy agreements",
                                       "set up Xero and train the team", "photograph their rooms and menus",
                                       "review employment contracts",   "look after their servers and laptops"};
constexpr std::string_view kResult[] = {"get invoices paid within 30 days", "cut no-shows by half",
                                        "save around £4,000 a month",       "fill their quiet Tuesdays",
                                        "pass their CQC inspection",        "get their evenings back",
                                        "double their direct bookings",     "stop paying late-filing penalties"};
constexpr std::string_view kRole[] = {"practice manager",   "operations director", "head chef",
                                      "finance director",   "estate manager",      "office manager",
                                      "registered manager", "owner",               "bursar"};
constexpr std::string_view kHedge[] = {"basically", "to be honest", "I think", "kind of", "sort of",
                                       "just",      "really",       "I guess", "literally", "at the end of the day"};
constexpr std::string_view kJargon[] = {"synergy",        "holistic",  "end-to-end",        "best-in-class",
                                        "cutting-edge",   "game-changing", "bespoke",       "innovative",
                                        "world-class",    "next-level", "value-added",      "seamless"};
constexpr std::string_view kAcronym[] = {"SEO", "CRM", "GDPR", "VAT", "HMRC", "KPI", "ROI", "MTD", "SaaS", "EPC"};
constexpr std::string_view kNumber[] = {"three", "five", "twelve", "40", "over 100", "two", "dozens of"};

struct Slot {
  std::string_view name;
  List words;
};
constexpr Slot kSlots[] = {
    {"first", kFirst},   {"last", kLast},       {"company", kCompany}, {"trade", kTrade},   {"niche", kNiche},
    {"one", kNicheOne},  {"vague", kVague},     {"place", kPlace},     {"problem", kProblem}, {"service", kService},
    {"offer", kOffer},   {"result", kResult},   {"role", kRole},       {"hedge", kHedge},   {"jargon", kJargon},
    {"acronym", kAcronym}, {"number", kNumber},
};

constexpr std::string_view kIntro[] = {
    "Hi everyone, I'm {first} from {company}.",
    "Morning all, {first} {last}, {company}.",
    "Good morning, my name is {first} {last} and I run {company}.",
    "Hello, I'm {first}, and I'm a {trade} based in {place}.",
    "Hi, I'm {first} {last}, a {trade} at {company} in {place}.",
};
constexpr std::string_view kBody[] = {
    "I help {niche} in {place} who are {problem}.",
    "We work with {vague}, {hedge} anyone who needs {service}.",
    "I'm a {trade} and I work with {niche} across {place}.",
    "Our clients are mostly {niche}, but {hedge} we can help {vague}.",
    "We provide {jargon} {service} for {vague} and we {hedge} love what we do.",
    "Most of them are {problem}, and it costs them around £{number},000 a year.",
    "The problem I see again and again is {problem}.",
    "A lot of {niche} tell me they are {problem} and they don't know where to start.",
    "We {offer} and {result}.",
    "I {offer}, so they {result}.",
    "Our {jargon} approach means we can {offer} and {hedge} {result}.",
    "Last month we helped a {one} in {place} {result}.",
    "We've worked with {number} clients, including {company} and {company}.",
    "We're {acronym} accredited, fully insured, and we offer a {jargon} {acronym} review for free.",
    "I {hedge} think that {vague} could {hedge} benefit from a {jargon} partner who understands {acronym}.",
    "My background is twelve years as a {trade} in {place}, so I know how {niche} work.",
    "We're a {jargon}, {jargon} team that leverages synergy to move the needle for {vague}.",
    "If your {role} is {problem}, we {offer} within a week.",
};
constexpr std::string_view kAsk[] = {
    "A good introduction for me is the {role} at a {one} in {place}.",
    "If you know {first} {last} at {company}, I'd love an introduction.",
    "So if you know anyone who needs {service}, send them my way.",
    "I'm looking for introductions to {niche} in {place}.",
    "Any referrals are welcome, {hedge}.",
    "Who do you know who runs a {one} in {place}?",
};
constexpr std::string_view kGive[] = {
    "In return, I can introduce you to the {number} {niche} I work with in {place}.",
    "I'm happy to share my list of {role}s in {place} with anyone here.",
};
constexpr std::string_view kClose[] = {
    "Thank you.",
    "Thanks everyone, I'm {first} from {company}.",
    "That's {company}: we {offer}.",
};

std::size_t words_in(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

void expand(std::string_view templ, Rng& rng, std::string& out) {
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] != '{') {
      out += templ[i];
      continue;
    }
    const std::size_t close = templ.find('}', i);
    const std::string_view name = templ.substr(i + 1, close - i - 1);
    for (const Slot& slot : kSlots) {
      if (slot.name == name) {
        out += slot.words[rng.below(slot.words.size())];
        break;
      }
    }
    i = close;
  }
}

template <std::size_t N>
std::string sentence(const std::string_view (&templates)[N], Rng& rng) {
  std::string s;
  expand(templates[rng.below(N)], rng, s);
  return s;
}

}  // namespace

std::size_t count_words(const std::string& text) { return words_in(text); }

std::string pitch(std::uint64_t seed, std::size_t index) {
  Rng rng(seed ^ (0xD1B54A32D192ED03ULL * (index + 1)));
  const std::size_t target = kMinWords + rng.below(kMaxWords - kMinWords + 1);

  std::vector<std::string> tail;  // ask, maybe give, close
  tail.push_back(sentence(kAsk, rng));
  if (rng.chance(40)) tail.push_back(sentence(kGive, rng));
  tail.push_back(sentence(kClose, rng));
  std::size_t tail_words = 0;
  for (const auto& s : tail) tail_words += words_in(s);

  std::string out = sentence(kIntro, rng);
  std::size_t words = words_in(out);
  // Body sentences while they fit; then the tail; then short closers until the minimum is reached.
  for (int attempts = 0; attempts < 200 && words + tail_words < target; ++attempts) {
    const std::string s = sentence(kBody, rng);
    const std::size_t n = words_in(s);
    if (words + n + tail_words > kMaxWords) continue;
    out += ' ';
    out += s;
    words += n;
  }
  for (const auto& s : tail) {
    if (words + words_in(s) > kMaxWords) continue;
    out += ' ';
    out += s;
    words += words_in(s);
  }
  while (words < kMinWords) {
    out += " Thank you.";
    words += 2;
  }
  return out;
}

std::vector<std::string> corpus(std::uint64_t seed, std::size_t count) {
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.push_back(pitch(seed, i));
  return out;
}

std::string typical_pitch(std::size_t words, std::uint64_t seed) {
  for (std::size_t i = 0;; ++i) {
    std::string p = pitch(seed, i);
    if (words_in(p) == words || words < kMinWords || words > kMaxWords) return p;
  }
}

std::string text_of_words(std::size_t words, std::uint64_t seed) {
  Rng rng(seed ^ 0x5851F42D4C957F2DULL);
  std::string out;
  std::size_t have = 0;
  for (std::size_t n = 0; have < words; ++n) {
    if (n > 0) out += n % 8 == 0 ? "\n\n" : " ";
    // A pitch of about ten sentences has one introduction, one ask, one closing and half a give.
    const std::size_t kind = rng.below(20);
    const std::string s = kind < 2    ? sentence(kIntro, rng)
                          : kind < 4  ? sentence(kAsk, rng)
                          : kind < 5  ? sentence(kGive, rng)
                          : kind < 7  ? sentence(kClose, rng)
                                      : sentence(kBody, rng);
    out += s;
    have += words_in(s);
  }
  // Cut after the words-th word.
  std::size_t n = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word && ++n > words) {
      out.resize(i);
      break;
    }
    in_word = !space;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') {
    const bool word_before = out.size() >= 2 && out[out.size() - 2] != ' ' && out[out.size() - 2] != '\n';
    if (word_before && std::ispunct(static_cast<unsigned char>(out.back())) && out.back() != '\'') out.pop_back();
    out += '.';
  }
  return out;
}

std::size_t length_samples(std::size_t words) { return words <= 1000 ? 16 : 1; }

std::vector<std::string> length_samples_of(std::size_t words) {
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < length_samples(words); ++i) texts.push_back(text_of_words(words, kCorpusSeed + i));
  return texts;
}

}  // namespace pitchclarity::bench
