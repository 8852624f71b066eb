// tests/test_lexicon.cpp — the lexical knowledge base (lib/lexicon): lemmas, noun classes for specificity,
// place names and NAICS sectors, all from tables generated at build time.
#include <doctest/doctest.h>

#include <cctype>
#include <chrono>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/tables.hpp"

namespace lx = pitchclarity::lexicon;

namespace {

std::string lemma_of(std::string_view word) {
  std::string scratch;
  return std::string(lx::match_lemma(word, scratch));
}

std::string lemma_of(std::string_view word, lx::Pos pos) {
  std::string scratch;
  return std::string(lx::lemma(word, pos, scratch));
}

// Text as the model sees a noun phrase: each word through match_lemma, joined by single spaces.
std::string lemma_phrase(std::string_view text) {
  std::string out, scratch;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (end > i) {
      if (!out.empty()) out += ' ';
      out += lx::match_lemma(text.substr(i, end - i), scratch);
    }
    i = end + 1;
  }
  return out;
}

// The specificity classify() gives a phrase of text, or -1 when it knows nothing.
int level(std::string_view text) {
  const auto info = lx::classify(lemma_phrase(text));
  return info ? info->specificity : -1;
}

std::string first_code(std::string_view text) {
  const auto found = lx::sectors(lemma_phrase(text));
  return found.empty() ? std::string("(none)") : std::string(found.front().code);
}

// Plurals of roles and business types that appear nowhere in the project's hand-written data or corpus
// (checked when written with grep -rwi over lib/lexicon/data, lib/rules and corpus; the test below keeps
// the curated lexicon files honest). WordNet files them under person or establishment, so they are niche.
const std::string_view kUnlistedNiches[] = {
    "stonemasons",     "sommeliers",    "actuaries",      "chiropodists",   "glaziers",      "thatchers",
    "saddlers",        "taxidermists",  "luthiers",       "cartographers",  "embalmers",     "radiographers",
    "dermatologists",  "phlebotomists", "paramedics",     "beekeepers",     "apiarists",     "falconers",
    "gamekeepers",     "shepherds",     "blacksmiths",    "welders",        "plasterers",    "bricklayers",
    "cabinetmakers",   "carpenters",    "tilers",         "fishmongers",    "greengrocers",  "vintners",
    "distillers",      "bartenders",    "concierges",     "croupiers",      "archivists",    "curators",
    "librarians",      "auctioneers",   "barristers",     "bailiffs",       "magistrates",   "coroners",
    "stockbrokers",    "statisticians", "lexicographers", "typographers",   "illustrators",  "choreographers",
    "puppeteers",      "sculptors",     "glassblowers",   "silversmiths",   "watchmakers",   "horologists",
    "cobblers",        "milliners",     "dressmakers",    "haberdashers",   "seismologists", "toxicologists",
    "epidemiologists", "oncologists",   "cardiologists",  "neurologists",   "urologists",    "manicurists",
    "beauticians",     "engravers",     "bookbinders",    "abattoirs",      "smithies",      "dispensaries",
    "infirmaries",     "sanatoriums",   "brasseries",     "bistros",        "pizzerias",     "patisseries",
    "tearooms",        "launderettes",  "laundromats",    "haberdasheries", "newsagents",    "tobacconists",
    "mortuaries",      "observatories", "racecourses",    "cathedrals",     "mosques",       "polytechnics",
};

}  // namespace

TEST_CASE("lexicon: niche roles and business types nobody listed are recognised") {
  CHECK(std::size(kUnlistedNiches) >= 40);
  for (std::string_view plural : kUnlistedNiches) {
    CAPTURE(plural);
    const auto info = lx::noun(lemma_of(plural));
    REQUIRE(info.has_value());
    CHECK(info->specificity == 2);
    CHECK((info->kind == lx::Kind::role || info->kind == lx::Kind::business_type));
    CHECK(info->depth > 0);  // from WordNet, not a curated list
  }
}

#ifdef PC_SOURCE_DIR
bool contains_word(const std::string& text, const std::string& word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const std::size_t after = at + word.size();
    const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    const bool ends = after >= text.size() || !std::isalpha(static_cast<unsigned char>(text[after]));
    if (starts && ends) return true;
  }
  return false;
}

TEST_CASE("lexicon: the unlisted niches are in no curated lexicon file") {
  std::string hits;
  for (const char* file : {"overrides.tsv", "sector_phrases.tsv", "modifiers.tsv", "lemmas.tsv", "spelling.tsv",
                           "classes.tsv", "places_uk.txt", "places_ie.txt", "places_us.txt"}) {
    std::ifstream in(std::string(PC_SOURCE_DIR) + "/lib/lexicon/data/" + file);
    REQUIRE(in);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view plural : kUnlistedNiches)
      for (const std::string& form : {std::string(plural), lemma_of(plural)})
        if (contains_word(text, form)) hits += std::string(file) + ": " + form + "\n";
  }
  CHECK_MESSAGE(hits.empty(), hits);
}
#endif

TEST_CASE("lexicon: multi-word niches are recognised through their head noun") {
  for (std::string_view phrase : {"marine surveyors",
                                  "forklift trainers",
                                  "kitchen fitters",
                                  "boiler engineers",
                                  "drone pilots",
                                  "party planners",
                                  "crane operators",
                                  "dog groomers",
                                  "mobile dog groomers",
                                  "sports physiotherapists",
                                  "independent coffee shops",
                                  "craft breweries",
                                  "boutique hotels",
                                  "hair salons",
                                  "veterinary clinics",
                                  "family-run bakeries",
                                  "dental practices",
                                  "care homes",
                                  "hr directors",
                                  "wedding planners",
                                  "software companies",
                                  "law firms",
                                  "salon owners",
                                  "restaurant owners",
                                  "coffee shop owners"}) {
    CAPTURE(phrase);
    CHECK(level(phrase) == 2);
  }
  // Agent nouns newer than WordNet 3.0 are guessed from their shape.
  for (std::string_view phrase : {"influencers", "podcasters", "reflexologists", "zookeepers"}) {
    CAPTURE(phrase);
    CHECK(level(phrase) == 2);
  }
}

TEST_CASE("lexicon: generic words are level 0 and broad groups level 1") {
  for (std::string_view word : {"clients", "customers", "people", "anyone", "anybody", "everyone", "someone",
                                "businesses", "companies", "organisations", "organizations", "firms"}) {
    CAPTURE(word);
    const auto info = lx::noun(lemma_of(word));
    REQUIRE(info.has_value());
    CHECK(info->kind == lx::Kind::generic);
    CHECK(info->specificity == 0);
  }
  for (std::string_view phrase :
       {"small businesses", "smes", "homeowners", "entrepreneurs", "start-ups", "startups", "business owners",
        "professionals", "families", "charities", "dog owners", "small business owners", "company directors"}) {
    CAPTURE(phrase);
    CHECK(level(phrase) == 1);
  }
  // Modifiers that describe the speaker's wish leave a generic word generic; size words make it broad.
  CHECK(level("paying clients") == 0);
  CHECK(level("new customers") == 0);
  CHECK(level("any business") == 0);
  CHECK(level("local businesses") == 1);
  CHECK(level("busy professionals") == 1);
  // Heads that only a modifier makes niche stay out of the niches on their own.
  CHECK(level("practices") == 1);
  CHECK(level("family home") == 0);
  CHECK(lx::classify("home")->kind == lx::Kind::other);
  CHECK(!lx::noun("zzxqj").has_value());
  CHECK(!lx::classify("zzxqj").has_value());
}

TEST_CASE("lexicon: sector phrases map to NAICS codes") {
  const std::pair<std::string_view, std::string_view> cases[] = {{"dental practice", "6212"},
                                                                 {"dentists", "6212"},
                                                                 {"boutique hotel", "721110"},
                                                                 {"hotels", "721110"},
                                                                 {"care homes", "623110"},
                                                                 {"vets", "541940"},
                                                                 {"veterinary surgeries", "541940"},
                                                                 {"restaurants", "7225"},
                                                                 {"cafes", "722515"},
                                                                 {"coffee shops", "722515"},
                                                                 {"solicitors", "541110"},
                                                                 {"law firms", "541110"},
                                                                 {"accountants", "541211"},
                                                                 {"estate agents", "531210"},
                                                                 {"letting agents", "531210"},
                                                                 {"breweries", "312120"},
                                                                 {"craft breweries", "312120"},
                                                                 {"farms", "111"},
                                                                 {"construction", "23"},
                                                                 {"roofing", "238160"},
                                                                 {"retail", "44"},
                                                                 {"hospitality", "72"},
                                                                 {"healthcare", "62"},
                                                                 {"manufacturing", "31"},
                                                                 {"software", "513210"},
                                                                 {"plumbers", "238220"},
                                                                 {"electricians", "238210"},
                                                                 {"hair salons", "812112"},
                                                                 {"nail salons", "812113"},
                                                                 {"barber shops", "812111"},
                                                                 {"florists", "459310"},
                                                                 {"bakeries", "311811"},
                                                                 {"funeral directors", "812210"},
                                                                 {"architects", "541310"},
                                                                 {"insurance brokers", "524210"},
                                                                 {"mortgage brokers", "522310"},
                                                                 {"gyms", "713940"},
                                                                 {"chiropractors", "621310"},
                                                                 {"optometrists", "621320"},
                                                                 {"podiatrists", "621391"},
                                                                 {"veterinary clinics", "541940"},
                                                                 {"animal hospitals", "541940"},
                                                                 {"janitorial services", "561720"},
                                                                 {"car washes", "811192"},
                                                                 {"landscaping services", "561730"},
                                                                 {"pest control services", "561710"},
                                                                 {"travel agencies", "561510"},
                                                                 {"independent bookshops", "459210"}};
  for (auto [phrase, code] : cases) {
    CAPTURE(phrase);
    CHECK(first_code(phrase) == code);
  }
  // Titles come without the JSON's trailing "T" marker; sector ranges answer to every code they cover.
  CHECK(lx::sector_title("6212") == "Offices of Dentists");
  CHECK(lx::sector_title("11") == "Agriculture, Forestry, Fishing and Hunting");
  CHECK(lx::sector_title("31") == "Manufacturing");
  CHECK(lx::sector_title("33") == "Manufacturing");
  CHECK(lx::sector_title("45") == "Retail Trade");
  CHECK(lx::sector_title("999999").empty());
  // Industries the 2022 revision renumbered report their 2022 id; the 2017 id still finds them.
  CHECK(lx::sector_title("513210") == "Software Publishers");
  CHECK(lx::sector_title("511210") == "Software Publishers");
  CHECK(lx::sector_title("456110") == "Pharmacies and Drug Retailers");
  CHECK(first_code("pharmacies") == "456110");
  CHECK(lx::top_sector("459310").code == "44");
  CHECK(lx::top_sector("621210").code == "62");
  CHECK(lx::top_sector("445110").code == "44");
  CHECK(lx::top_sector("332710").title == "Manufacturing");
  // Every phrase reports its own title with the code, most specific first.
  const auto care = lx::sectors("care home");
  REQUIRE(care.size() == 2);
  CHECK(care[0].title == lx::sector_title(care[0].code));
  CHECK(lx::sectors("zzxqj").empty());
  // A word found under several sectors in the descriptions is no evidence for any of them.
  CHECK(lx::sectors("service").empty());
}

TEST_CASE("lexicon: lemmas") {
  // Plurals, possessives, irregular forms.
  CHECK(lemma_of("clients") == "client");
  CHECK(lemma_of("businesses") == "business");
  CHECK(lemma_of("companies") == "company");
  CHECK(lemma_of("dentists'") == "dentist");
  CHECK(lemma_of("dentist's") == "dentist");
  CHECK(lemma_of("dentist\xE2\x80\x99s") == "dentist");
  CHECK(lemma_of("children") == "child");
  CHECK(lemma_of("dive") == "dive");  // a noun itself, though noun.exc lists it as the plural of "diva"
  CHECK(lemma_of("women") == "woman");
  CHECK(lemma_of("people") == "people");  // kept: "people" is its own (generic) noun
  CHECK(lemma_of("analyses", lx::Pos::noun) == "analysis");
  CHECK(lemma_of("boss") == "boss");    // not "bos" + s
  CHECK(lemma_of("wales") == "wales");  // a name, not the plural of "wale"
  // Common plurals that WordNet knows only as surnames (Banks, Parks, Sellers) are plurals all the same.
  CHECK(lemma_of("banks") == "bank");
  CHECK(lemma_of("parks") == "park");
  CHECK(lemma_of("sellers") == "seller");
  CHECK(lemma_of("states") == "state");
  // Verbs and adjectives: noun first, so "paying" (no noun) is "pay" and "meeting" stays a noun.
  CHECK(lemma_of("paying") == "pay");
  CHECK(lemma_of("worked") == "work");
  CHECK(lemma_of("works") == "work");
  CHECK(lemma_of("meeting") == "meeting");
  CHECK(lemma_of("running", lx::Pos::verb) == "run");
  CHECK(lemma_of("was") == "be");
  CHECK(lemma_of("are") == "be");   // not the unit of area
  CHECK(lemma_of("our") == "our");  // not "or" by a British -our respelling
  CHECK(lemma_of("went") == "go");
  CHECK(lemma_of("does") == "do");
  CHECK(lemma_of("has") == "have");
  CHECK(lemma_of("bigger") == "big");
  CHECK(lemma_of("better", lx::Pos::adjective) == "good");
  // British spellings map to one canonical (WordNet's preferred, American) spelling.
  CHECK(lemma_of("organisations") == "organization");
  CHECK(lemma_of("organisation") == "organization");
  CHECK(lemma_of("colours") == "color");
  CHECK(lemma_of("centres") == "center");
  CHECK(lemma_of("practise", lx::Pos::verb) == "practice");
  CHECK(lemma_of("practising") == "practice");
  CHECK(lemma_of("licence") == "license");
  CHECK(lemma_of("catalogue") == "catalog");
  CHECK(lemma_of("programmes") == "program");
  CHECK(lemma_of("travelled") == "travel");
  CHECK(lemma_of("analysed") == "analyze");
  CHECK(lemma_of("paediatricians") == "pediatrician");
  CHECK(lemma_of("jewellery") == "jewelry");
  // Words WordNet lacks: hyphenated compounds and new plurals still agree with their singulars.
  CHECK(lemma_of("start-ups") == "start-up");
  CHECK(lemma_of("smes") == "sme");
  CHECK(lemma_of("influencers") == "influencer");
  CHECK(lemma_of("zzxqj") == "zzxqj");
  CHECK(lemma_of("") == "");
  CHECK(lemma_of("it's") == "it's");
  // A pattern and the text it should match lemmatise alike.
  CHECK(lemma_phrase("paying clients") == lemma_phrase("paying client"));
  CHECK(lemma_phrase("dental practices") == "dental practice");
}

TEST_CASE("lexicon: the word-form table gives the morphology's answer for every form it holds") {
  // The generator fills the table by running the morphology over its in-memory word lists; this runs the
  // library's morphology over the generated tables, so a drift between the two or in the encoding shows here.
  struct Tally {
    std::size_t forms = 0, wrong = 0;
    std::string first_wrong;
  } tally;
  lx::detail::for_each_key(
      lx::detail::kTables.forms,
      [](std::string_view form, std::uint32_t, void* user) {
        auto& t = *static_cast<Tally*>(user);
        std::string scratch_table, scratch_rules;
        const std::string by_table(lx::match_lemma(form, scratch_table));
        const std::string by_rules(lx::detail::match_lemma_by_rules(form, scratch_rules));
        ++t.forms;
        if (by_table != by_rules && t.wrong++ == 0) t.first_wrong = std::string(form) + " -> " + by_table + ", not " + by_rules;
      },
      &tally);
  MESSAGE(tally.forms << " word forms");
  CHECK(tally.forms > 100000);
  CHECK(tally.wrong == 0);
  CHECK(tally.first_wrong == "");
  // Words the table lacks still go through the morphology.
  CHECK(lemma_of("podcasters") == "podcaster");
  CHECK(lemma_of("start-ups") == "start-up");
}

TEST_CASE("lexicon: lemma results are views into the input, the tables or the scratch") {
  std::string scratch = "untouched";
  const std::string input = "leeds";
  const std::string_view same = lx::match_lemma(input, scratch);  // already a lemma: the input itself
  CHECK(same == "leeds");
  CHECK(same.data() == input.data());
  CHECK(scratch == "untouched");
  CHECK(lx::match_lemma("organisations", scratch) == "organization");  // from the spelling table
  CHECK(scratch == "untouched");
  // Assembled from pieces: a compound the word-form table lacks ("start-ups" is in it, as a view of the input).
  const std::string_view built = lx::match_lemma("pet-sitters", scratch);
  CHECK(built == "pet-sitter");
  CHECK(built.data() == scratch.data());
  const std::string long_word(200, 'a');
  CHECK(lx::match_lemma(long_word, scratch) == long_word);
}

TEST_CASE("lexicon: places") {
  for (std::string_view place :
       {"leeds", "bristol", "manchester", "new york", "texas", "west yorkshire", "harrogate", "dublin", "headingley",
        "abergavenny", "county cork", "wales", "stoke-on-trent", "stoke on trent", "st. albans", "st albans"}) {
    CAPTURE(place);
    CHECK(lx::is_place(place));
  }
  for (std::string_view word : {"table", "dentist", "business", "client", "coffee", "plumber", "anyone", ""}) {
    CAPTURE(word);
    CHECK(!lx::is_place(word));
  }
  // Places that are also ordinary words need a capital in the text.
  CHECK(lx::place_name("leeds") == lx::PlaceName::place);
  CHECK(lx::place_name("reading") == lx::PlaceName::also_common);
  CHECK(lx::place_name("bath") == lx::PlaceName::also_common);
  CHECK(lx::place_name("bury") == lx::PlaceName::also_common);
  CHECK(lx::place_name("nice") == lx::PlaceName::also_common);
  // As nouns, places are specific (3); a common word stays what it usually is.
  CHECK(lx::noun("leeds")->kind == lx::Kind::place);
  CHECK(lx::noun("leeds")->specificity == 3);
  CHECK(lx::noun("harrogate")->kind == lx::Kind::place);
  CHECK(lx::noun("reading")->kind == lx::Kind::other);
}

TEST_CASE("lexicon: lookups are static data, ready at once and fast") {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  std::string scratch;
  std::size_t total = 0;
  const std::string_view words[] = {"the",       "clients", "organisations", "paying", "farriers", "of",   "dental",
                                    "practices", "in",      "leeds",         "zzxqj",  "we",       "help", "start-ups"};
  for (int round = 0; round < 20000; ++round)
    for (std::string_view w : words) total += lx::match_lemma(w, scratch).size();
  const double seconds = std::chrono::duration<double>(clock::now() - start).count();
  MESSAGE("280000 match_lemma calls: " << seconds << " s");
  CHECK(total > 0);
  CHECK(seconds < 10.0);  // about a microsecond a call in a release build; generous for sanitizers
}
