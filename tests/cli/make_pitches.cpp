// make_pitches N csv|jsonl OUTPUT — writes N varied, made-up pitches, the same bytes on every run and
// platform (a fixed linear congruential generator, no <random> distributions). Some have commas, quotes,
// line breaks and non-ASCII letters, so the CSV quoting and the JSON escaping are exercised too.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

std::uint64_t state = 20240607;

std::size_t pick(std::size_t n) {
  state = state * 6364136223846793005ULL + 1442695040888963407ULL;
  return static_cast<std::size_t>((state >> 33) % n);
}

template <std::size_t N>
std::string_view one_of(const std::string_view (&items)[N]) {
  return items[pick(N)];
}

constexpr std::string_view kNames[] = {"Maya",  "Zoë",  "José",   "Priya", "Declan",
                                       "Søren", "Aiko", "Tomasz", "Chloé", "Bram"};
constexpr std::string_view kOffers[] = {"I run a bookkeeping firm",
                                        "we fit stairlifts",
                                        "I'm a commercial property solicitor",
                                        "I do marketing",
                                        "we provide business solutions",
                                        "I'm a wedding photographer",
                                        "I design websites",
                                        "we're a payroll bureau"};
constexpr std::string_view kTargets[] = {"independent dental practices in Leeds",
                                         "anyone who needs a website",
                                         "care homes with 10–50 staff",
                                         "small businesses",
                                         "paying clients",
                                         "couples getting married in the Cotswolds",
                                         "HR directors",
                                         "any business really",
                                         "first-time buyers",
                                         "the practice manager at Bright Smile Dental"};
constexpr std::string_view kProblems[] = {"who are chasing unpaid invoices",
                                          "who want to grow their business",
                                          "who lose one appointment in five to no-shows",
                                          "that need peace of mind",
                                          "who were fined for late VAT",
                                          "who aren't showing up on Google Maps",
                                          ""};
constexpr std::string_view kAsks[] = {"Any referrals welcome!", "If you know anyone, send them my way.",
                                      "I'd love an introduction to a practice manager in Headingley.",
                                      "Please introduce me to Priya Shah at Harrow Logistics.", ""};
constexpr std::string_view kGives[] = {"I know lots of people.",
                                       "I can introduce you to three commercial landlords in Headingley.",
                                       "Happy to help anyone.", ""};
constexpr std::string_view kFillers[] = {"", "Honestly, we leverage synergy for holistic solutions. ",
                                         "Basically, we're a one-stop shop, \"the best in town\". ", "\n\n", "\t"};

// Each pick is its own statement: the operands of + are not sequenced, and the order must not vary.
std::string pitch() {
  const std::string_view name = one_of(kNames);
  const std::string_view offer = one_of(kOffers);
  const std::string_view target = one_of(kTargets);
  const std::string_view problem = one_of(kProblems);
  const std::string_view filler = one_of(kFillers);
  const bool line_break = pick(4) == 0;
  const std::string_view ask = one_of(kAsks);
  const std::string_view give = one_of(kGives);
  std::string p = "Hi everyone, I'm ";
  p += name;
  p += ". ";
  p += offer;
  p += " and I help ";
  p += target;
  if (!problem.empty()) p.append(" ").append(problem);
  p += ". ";
  p += filler;
  if (line_break) p += "\n";
  p += ask;
  if (!give.empty()) p.append(" ").append(give);
  return p;
}

std::string csv_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string json_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_pitches N csv|jsonl OUTPUT\n";
    return 2;
  }
  const long n = std::strtol(argv[1], nullptr, 10);
  const std::string_view format = argv[2];
  std::ofstream out(argv[3], std::ios::binary);
  if (n <= 0 || (format != "csv" && format != "jsonl") || !out) {
    std::cerr << "make_pitches: bad arguments or cannot write " << argv[3] << '\n';
    return 2;
  }
  if (format == "csv") out << "id,name,text\r\n";
  for (long i = 1; i <= n; ++i) {
    const std::string id = "p" + std::to_string(i);
    const std::string text = pitch();
    if (format == "csv") {
      out << id << ',' << csv_quoted(std::string(one_of(kNames))) << ',' << csv_quoted(text) << "\r\n";
    } else {
      out << "{\"id\": " << json_quoted(id) << ", \"text\": " << json_quoted(text) << "}\n";
    }
  }
  return out.good() ? 0 : 1;
}
