// Group matching (include/pitchclarity/group.hpp), through the public API only: the rules on hand-made
// profiles, the summary figures, offer_profile, and on the fixed group in tests/group/data the pairs a person
// would name, with none matched on a generic word alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <pitchclarity/group.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace pc = pitchclarity;

namespace {

struct Target {
  Target(int level_, std::vector<std::string> roles_ = {}, std::vector<std::string> places_ = {},
         std::vector<std::string> sectors_ = {}, std::vector<std::string> names_ = {})
      : level(level_),
        roles(std::move(roles_)),
        places(std::move(places_)),
        sectors(std::move(sectors_)),
        names(std::move(names_)) {}
  int level;
  std::vector<std::string> roles;
  std::vector<std::string> places;
  std::vector<std::string> sectors;
  std::vector<std::string> names;
};

pc::GroupMember member(std::string id, const Target& t, std::string service = {},
                       std::vector<std::string> offer_roles = {}, int score = 60) {
  pc::Report r;
  r.id = id;
  r.score = score;
  r.band = std::string(pc::band_for(score));
  r.dimensions.target_client.level = t.level;
  r.target = {t.roles, t.places, t.sectors, t.names};
  pc::OfferProfile offer{std::move(service), std::move(offer_roles)};
  return {std::move(id), std::move(r), std::move(offer)};
}

using Pair = std::pair<std::string, std::string>;

Pair unordered(std::string a, std::string b) { return a < b ? Pair{a, b} : Pair{b, a}; }

std::set<Pair> pairs_of(const pc::GroupAnalysis& g) {
  std::set<Pair> out;
  for (const pc::Match& m : g.matches) out.insert(unordered(m.a, m.b));
  return out;
}

const pc::Match* find_match(const pc::GroupAnalysis& g, const std::string& x, const std::string& y) {
  for (const pc::Match& m : g.matches) {
    if (unordered(m.a, m.b) == unordered(x, y)) return &m;
  }
  return nullptr;
}

// Words that alone must never ground a match: DESIGN.md's generics, written out here independently of the
// library's own list.
const std::set<std::string> kGenericWords{"client",        "clients",      "customer", "customers",  "people",
                                          "person",        "anyone",       "anybody",  "everyone",   "someone",
                                          "business",      "businesses",   "company",  "companies",  "organisation",
                                          "organisations", "organization", "firm",     "individual", "owner"};

bool generic_only(const std::string& role) {
  std::istringstream words(role);
  std::string w;
  while (words >> w) {
    if (kGenericWords.count(w) == 0 && w != "small" && w != "paying" && w != "new" && w != "local") return false;
  }
  return true;
}

// What grounds a match, excluding generic words: a niche role, a sector of three digits or more, a name, or
// a role introduced.
bool grounded(const pc::Match& m) {
  const auto any_real = [](const std::vector<std::string>& roles) {
    return std::any_of(roles.begin(), roles.end(), [](const std::string& r) { return !generic_only(r); });
  };
  const bool sector =
      std::any_of(m.sector_codes.begin(), m.sector_codes.end(), [](const std::string& c) { return c.size() >= 3; });
  return any_real(m.roles) || sector || !m.names.empty() || any_real(m.introduces);
}

}  // namespace

TEST_CASE("group: the same niche in the same place is a match, with the reason in words") {
  const auto g = pc::analyze_group({
      member("sarah", {3, {"dental practice", "practice manager"}, {"leeds"}, {"6212"}}, "bookkeeper", {"bookkeeper"}),
      member("raj", {3, {"dental practice"}, {"leeds"}, {"6212"}}, "dental marketing agency", {"agency"}),
  });
  REQUIRE(g.matches.size() == 1);
  const pc::Match& m = g.matches.front();
  CHECK(m.a == "sarah");
  CHECK(m.b == "raj");
  CHECK(m.shared_clients);
  CHECK_FALSE(m.introduction);
  CHECK(m.reason == "both serve dental practices in Leeds (NAICS 6212)");
  CHECK(m.roles == std::vector<std::string>{"dental practice"});
  CHECK(m.places == std::vector<std::string>{"leeds"});
  CHECK(m.note.empty());
  CHECK(g.competitors.empty());
  CHECK(g.unreferrable.empty());
}

TEST_CASE("group: a generic word alone never makes a match") {
  // Profiles a model should never produce, fed in directly: the matcher guards on its own.
  for (const std::string generic : {"client", "customer", "business", "company", "people", "anyone", "organisation",
                                    "small business", "paying client", "business owner", "Clients"}) {
    CAPTURE(generic);
    const auto g = pc::analyze_group({
        member("a", {3, {generic}, {"leeds"}}, "bookkeeper", {"bookkeeper"}),
        member("b", {3, {generic}, {"leeds"}}, "florist", {"florist"}),
    });
    CHECK(g.matches.empty());
  }
  // Nor a shared place alone, nor a whole industry (a two-digit sector).
  CHECK(pc::analyze_group({member("a", {3, {}, {"leeds"}}, "bookkeeper"), member("b", {3, {}, {"leeds"}}, "florist")})
            .matches.empty());
  CHECK(pc::analyze_group({member("a", {2, {}, {}, {"62"}}, "bookkeeper"), member("b", {2, {}, {}, {"62"}}, "florist")})
            .matches.empty());
  // A generic word next to a real one: the match stands on the real one only.
  const auto g = pc::analyze_group({
      member("a", {3, {"client", "florist"}, {"york"}}, "photographer", {"photographer"}),
      member("b", {3, {"client", "florist"}, {"york"}}, "caterer", {"caterer"}),
  });
  REQUIRE(g.matches.size() == 1);
  CHECK(g.matches.front().roles == std::vector<std::string>{"florist"});
}

TEST_CASE("group: a broad category matches only together with a shared place") {
  const auto in = [](std::vector<std::string> places) { return Target{3, {"landlord"}, std::move(places)}; };
  CHECK(pc::analyze_group({member("a", in({"manchester"}), "electrician"), member("b", in({"manchester"}), "roofer")})
            .matches.size() == 1);
  CHECK(pc::analyze_group({member("a", in({"manchester"}), "electrician"), member("b", in({"leeds"}), "roofer")})
            .matches.empty());
  CHECK(pc::analyze_group({member("a", in({}), "electrician"), member("b", in({}), "roofer")}).matches.empty());
  const auto g =
      pc::analyze_group({member("a", in({"manchester"}), "electrician"), member("b", in({"manchester"}), "roofer")});
  CHECK(g.matches.front().reason == "both serve landlords in Manchester");
}

TEST_CASE("group: places keep niches apart only when both name one") {
  const Target leeds{3, {"dental practice"}, {"leeds"}};
  const Target york{3, {"dental practice"}, {"york"}};
  const Target anywhere{2, {"dental practice"}};
  const Target leeds_and_bradford{3, {"dental practice"}, {"leeds and bradford", "in"}};
  CHECK(pc::analyze_group({member("a", leeds, "bookkeeper"), member("b", york, "engineer")}).matches.empty());
  CHECK(pc::analyze_group({member("a", leeds, "bookkeeper"), member("b", anywhere, "engineer")}).matches.size() == 1);
  const auto g = pc::analyze_group({member("a", leeds, "bookkeeper"), member("b", leeds_and_bradford, "engineer")});
  REQUIRE(g.matches.size() == 1);
  CHECK(g.matches.front().places == std::vector<std::string>{"leeds"});
}

TEST_CASE("group: sector codes match when equal or one a prefix of the other, at three digits or more") {
  const auto pair = [](const char* x, const char* y) {
    return pc::analyze_group({member("a", {2, {}, {}, {x}}, "bookkeeper"), member("b", {2, {}, {}, {y}}, "florist")});
  };
  CHECK(pair("6212", "6212").matches.size() == 1);
  CHECK(pair("6212", "621210").matches.size() == 1);
  CHECK(pair("621", "6212").matches.size() == 1);
  CHECK(pair("6212", "6213").matches.empty());
  CHECK(pair("62", "62").matches.empty());
  CHECK(pair("62", "6212").matches.empty());
  const auto g = pair("6212", "621210");
  CHECK(g.matches.front().sector_codes == std::vector<std::string>{"621210"});
}

TEST_CASE("group: the same service for the same clients is competition, not a match") {
  const Target dental{3, {"dental practice"}, {"leeds"}, {"6212"}};
  auto g = pc::analyze_group(
      {member("sarah", dental, "bookkeeper", {"bookkeeper"}), member("helen", dental, "bookkeeper", {"bookkeeper"})});
  CHECK(g.matches.empty());
  REQUIRE(g.competitors.size() == 1);
  CHECK(g.competitors.front().reason == "both are bookkeepers for dental practices in Leeds (NAICS 6212)");
  // Describing words and extra modifiers of one side do not make a different trade...
  g = pc::analyze_group(
      {member("a", dental, "small marketing agency"), member("b", dental, "dental marketing agency")});
  CHECK(g.matches.empty());
  CHECK(g.competitors.size() == 1);
  // ...but different modifiers do: these engineers do different work.
  g = pc::analyze_group({member("a", dental, "dental equipment engineer"), member("b", dental, "structural engineer")});
  CHECK(g.matches.size() == 1);
  CHECK(g.competitors.empty());
  // Unknown offers cannot be compared: matched, with a note.
  g = pc::analyze_group({member("amy", dental, ""), member("b", dental, "florist")});
  REQUIRE(g.matches.size() == 1);
  CHECK(g.matches.front().note == "amy does not say what they offer: check they are not competitors");
}

TEST_CASE("group: a member whose service another asks for is a direct introduction") {
  const auto g = pc::analyze_group({
      member("chloe", {3, {"landlord"}, {"manchester"}}, "letting agent", {"letting agent"}),
      member("mark", {3, {"letting agent"}, {"manchester"}}, "electrician", {"electrician"}),
      member("raj", {3, {"agency"}, {"leeds"}}, "dental marketing agency", {"agency"}),
      member("tom", {3, {"agency"}, {"york"}}, "office cleaning company", {}),
  });
  REQUIRE(g.matches.size() == 1);  // "agency" names no service: raj and tom are nobody's introduction
  const pc::Match& m = g.matches.front();
  CHECK(m.a == "mark");  // the one who asked comes first
  CHECK(m.b == "chloe");
  CHECK(m.introduction);
  CHECK_FALSE(m.shared_clients);
  CHECK(m.introduces == std::vector<std::string>{"letting agent"});
  CHECK(m.reason == "mark wants to meet letting agents, and chloe is a letting agent");
}

TEST_CASE("group: members with a bare generic or broad target are unreferrable and never matched") {
  const auto g = pc::analyze_group({
      member("zoe", {0, {"dental practice"}, {"leeds"}}, "consultant"),
      member("ben", {1, {"dental practice"}, {"leeds"}}, "web designer"),
      member("sarah", {3, {"dental practice"}, {"leeds"}}, "bookkeeper"),
  });
  CHECK(g.matches.empty());
  REQUIRE(g.unreferrable.size() == 2);
  CHECK(g.unreferrable[0].id == "zoe");
  CHECK(g.unreferrable[0].target_level == 0);
  CHECK(g.unreferrable[0].reason == "the pitch does not say whom the speaker wants to meet");
  CHECK(g.unreferrable[1].id == "ben");
  CHECK(g.unreferrable[1].reason == "the target is a broad category: nobody can picture one person to introduce");
}

TEST_CASE("group: a large cluster keeps each member's strongest partners, within the limits") {
  std::vector<pc::GroupMember> members;
  for (int i = 0; i < 30; ++i) {
    const std::string service = "trade" + std::to_string(i);  // all different: partners, not rivals
    members.push_back(member("m" + std::to_string(i), {3, {"dental practice"}, {"leeds"}, {"6212"}}, service));
  }
  // A named organisation in common makes one pair stronger than the rest.
  members[3].report.target.names = {"Bright Smile Dental"};
  members[20].report.target.names = {"Bright Smile Dental"};
  pc::GroupOptions all;
  all.max_partners = 0;
  all.max_candidates = 0;
  CHECK(pc::analyze_group(members, all).matches.size() == 30 * 29 / 2);
  const pc::GroupAnalysis g = pc::analyze_group(members);  // ten partners each by default
  std::map<std::string, int> partners;
  for (const pc::Match& m : g.matches) {
    ++partners[m.a];
    ++partners[m.b];
  }
  CHECK(g.matches.size() <= 30 * 10);
  CHECK(g.matches.size() >= 30 * 10 / 2);
  for (const auto& [id, n] : partners) CHECK(n >= 10);  // its own ten, and any who kept it
  CHECK(find_match(g, "m3", "m20") != nullptr);         // far apart in the input, but the strongest for both
  CHECK(find_match(g, "m3", "m20")->reason ==
        "both serve dental practices in Leeds (NAICS 6212); both want to meet Bright Smile Dental");
  // The same answer every time, in input order of the pairs.
  CHECK(pc::analyze_group(members) == g);
  CHECK(std::is_sorted(g.matches.begin(), g.matches.end(), [](const pc::Match& x, const pc::Match& y) {
    const auto index = [](const std::string& id) { return std::stoi(id.substr(1)); };
    return std::pair(std::min(index(x.a), index(x.b)), std::max(index(x.a), index(x.b))) <
           std::pair(std::min(index(y.a), index(y.b)), std::max(index(y.a), index(y.b)));
  }));
}

TEST_CASE("group: summary figures") {
  std::vector<pc::GroupMember> members;
  for (int score : {5, 20, 38, 55, 64, 65, 79, 85, 100}) {
    members.push_back(member("m" + std::to_string(score), {2}, "x", {}, score));
  }
  const auto vague = [](const char* text) {
    pc::Finding f;
    f.rule = "vague.x";
    f.category = "vague";
    f.span = pc::Span{0, 1, 1, 1, text};
    return f;
  };
  members[0].report.findings = {vague("Paying clients"), vague("paying clients"), vague("anyone")};
  members[1].report.findings = {vague("PAYING CLIENTS")};
  members[0].report.dimensions.offer.level = 2;
  const pc::GroupSummary s = pc::summarize_group(members, pc::GroupOptions{1});
  CHECK(s.count == 9);
  CHECK(s.min == 5);
  CHECK(s.max == 100);
  CHECK(s.median == 64);
  CHECK(s.mean == doctest::Approx(56.8));
  REQUIRE(s.histogram.size() == 10);
  CHECK(s.histogram[0].count == 1);
  CHECK(s.histogram[6].count == 2);  // 64 and 65
  CHECK(s.histogram[9].from == 90);
  CHECK(s.histogram[9].to == 100);
  CHECK(s.histogram[9].count == 1);
  REQUIRE(s.bands.size() == 4);
  CHECK(s.bands[0].name == "vague");
  CHECK(s.bands[0].pitches == 3);
  CHECK(s.bands[1].pitches == 2);
  CHECK(s.bands[2].pitches == 2);
  CHECK(s.bands[3].pitches == 2);
  REQUIRE(s.vague_phrases.size() == 1);  // top 1
  CHECK(s.vague_phrases[0].name == "Paying clients");
  CHECK(s.vague_phrases[0].pitches == 2);  // once per pitch, whatever the case
  REQUIRE_FALSE(s.missing_parts.empty());
  CHECK(s.missing_parts.back().name == "offer");
  CHECK(s.missing_parts.back().pitches == 8);
  CHECK(pc::summarize_group({}).histogram.size() == 10);
}

TEST_CASE("group: offer_profile finds the service in the offer summary") {
  const pc::Analyzer analyzer;
  REQUIRE(analyzer.ok());
  const auto offer_of = [&](const char* summary) {
    pc::Report r;
    r.offer_summary = summary;
    return pc::offer_profile(analyzer, r);
  };
  CHECK(offer_of("bookkeeper").service == "bookkeeper");
  CHECK(offer_of("bookkeeper").roles == std::vector<std::string>{"bookkeeper"});
  CHECK(offer_of("Chloe and I'm a letting agent in Manchester").service == "letting agent");
  CHECK(offer_of("Chloe and I\xE2\x80\x99m a letting agent in Manchester").roles ==
        std::vector<std::string>{"letting agent"});
  CHECK(offer_of("bookkeeper for dental practices, and my name is Helen").service == "bookkeeper");
  CHECK(offer_of("converted barn wedding venue near York, and I'm Priya").service == "converted barn wedding venue");
  CHECK(offer_of("wedding caterer: \"Smith & Daughters\" <script>alert").service == "wedding caterer");
  CHECK(offer_of("an office cleaning company in Salford").service == "office cleaning company");
  CHECK(offer_of("Amy, a wedding photographer.").service == "wedding photographer");  // after an apposition
  CHECK(offer_of("electrician, Mark Hughes.").service == "electrician");
  CHECK(offer_of("Ben and I build websites.").service == "build websites");  // a service verb
  CHECK_FALSE(offer_of("Zo\xC3\xAB from Zo\xC3\xAB\xE2\x80\x99s Consulting \xE2\x80\x94 we provide holistic business "
                       "solutions that leverage synergy.")
                  .known());
  CHECK_FALSE(offer_of("").known());
  CHECK_FALSE(offer_of("Sarah Okafor and").known());  // a name is not a service
  CHECK_FALSE(offer_of("Ben").known());
  CHECK_FALSE(offer_of("marketing").known());  // nor is a word that names no service by itself
  CHECK_FALSE(offer_of("business solutions").known());
}

// ---- The fixed group -------------------------------------------------------------------------------------

namespace {

struct Fixture {
  std::vector<pc::GroupMember> members;
  pc::GroupAnalysis group;
};

const Fixture& fixed_group() {
  static const Fixture fixture = [] {
    Fixture f;
    const pc::Analyzer analyzer;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(PC_GROUP_DATA)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      const std::string id = path.stem().string();
      pc::Report report = analyzer.analyze(text, id);
      pc::OfferProfile offer = pc::offer_profile(analyzer, report);
      f.members.push_back({id, std::move(report), std::move(offer)});
    }
    f.group = pc::analyze_group(f.members);
    return f;
  }();
  return fixture;
}

// Who serves whom in tests/group/data, as a person reading the pitches would group them.
const std::map<std::string, std::string> kCluster{{"bookkeeper-dental", "dental"},
                                                  {"bookkeeper-dental-rival", "dental"},
                                                  {"dental-marketing", "dental"},
                                                  {"dental-engineer", "dental"},
                                                  {"wedding-photographer", "wedding"},
                                                  {"wedding-florist", "wedding"},
                                                  {"wedding-venue", "wedding"},
                                                  {"caterer-injection", "wedding"},
                                                  {"electrician", "landlords"},
                                                  {"letting-agent", "landlords"},
                                                  {"commercial-cleaner", "landlords"},
                                                  {"commercial-roofer", "landlords"},
                                                  {"vague-consultant", "vague"},
                                                  {"vague-web", "vague"},
                                                  {"vague-coach", "vague"}};

// The pairs a person would name: each serves the people the other wants, and they do different things.
const std::vector<Pair> kExpectedPartners{
    {"bookkeeper-dental", "dental-marketing"},  // bookkeeper and marketing agency, dental practices in Leeds
    {"bookkeeper-dental", "dental-engineer"},   // bookkeeper and equipment engineer, the same practices
    {"dental-engineer", "dental-marketing"},    // engineer and marketing agency
    {"bookkeeper-dental-rival", "dental-engineer"},
    {"bookkeeper-dental-rival", "dental-marketing"},
    {"wedding-florist", "wedding-photographer"},  // couples marrying in York, wedding planners
    {"wedding-florist", "wedding-venue"},
    {"wedding-photographer", "wedding-venue"},
    {"caterer-injection", "wedding-florist"},
    {"caterer-injection", "wedding-venue"},
    {"commercial-cleaner", "commercial-roofer"},  // commercial landlords and facilities managers in Manchester
    {"electrician", "letting-agent"},             // the electrician wants letting agents: one is in the room
    {"commercial-roofer", "electrician"},         // both serve landlords in Manchester
};

}  // namespace

TEST_CASE("group: fixed group: the pairs a person would name are matched") {
  const Fixture& f = fixed_group();
  REQUIRE(f.members.size() >= 12);
  REQUIRE(f.members.size() == kCluster.size());
  const std::set<Pair> found = pairs_of(f.group);
  for (const pc::Match& m : f.group.matches) MESSAGE(m.a << " + " << m.b << ": " << m.reason);
  for (const auto& [a, b] : kExpectedPartners) {
    CAPTURE(a);
    CAPTURE(b);
    CHECK(found.count(unordered(a, b)) == 1);
  }
  // The letting agent is what the electrician asks for: a direct introduction, read from the electrician.
  const pc::Match* intro = find_match(f.group, "electrician", "letting-agent");
  REQUIRE(intro != nullptr);
  CHECK(intro->introduction);
  CHECK(intro->a == "electrician");
  CHECK(intro->reason.find("electrician wants to meet letting agents, and letting-agent is a letting agent") !=
        std::string::npos);
  // The dental pairs say what they share.
  const pc::Match* dental = find_match(f.group, "bookkeeper-dental", "dental-marketing");
  REQUIRE(dental != nullptr);
  CHECK(dental->reason == "both serve dental practices in Leeds (NAICS 6212)");
}

TEST_CASE("group: fixed group: nothing matched across kinds of client, on a generic word, or between rivals") {
  const Fixture& f = fixed_group();
  for (const pc::Match& m : f.group.matches) {
    CAPTURE(m.a);
    CAPTURE(m.b);
    CAPTURE(m.reason);
    REQUIRE(kCluster.count(m.a) == 1);
    REQUIRE(kCluster.count(m.b) == 1);
    CHECK(kCluster.at(m.a) == kCluster.at(m.b));  // dental with dental, wedding with wedding, …
    CHECK(kCluster.at(m.a) != "vague");           // nobody is matched to a pitch nobody can picture
    CHECK(grounded(m));                           // never on a generic word alone
    CHECK_FALSE(m.reason.empty());
  }
  // Two bookkeepers for the same dental practices compete for them.
  CHECK(pairs_of(f.group).count(unordered("bookkeeper-dental", "bookkeeper-dental-rival")) == 0);
  bool rivals = false;
  for (const pc::Competition& c : f.group.competitors) {
    rivals = rivals || unordered(c.a, c.b) == unordered("bookkeeper-dental", "bookkeeper-dental-rival");
  }
  CHECK(rivals);
}

TEST_CASE("group: fixed group: the vague members are the ones nobody can refer") {
  const Fixture& f = fixed_group();
  std::set<std::string> ids;
  for (const pc::Unreferrable& u : f.group.unreferrable) {
    ids.insert(u.id);
    CHECK(u.target_level <= 1);
    CHECK_FALSE(u.reason.empty());
  }
  CHECK(ids == std::set<std::string>{"vague-coach", "vague-consultant", "vague-web"});
  CHECK(f.group.summary.count == f.members.size());
}

TEST_CASE("group: analysis is a pure function, safe from many threads at once") {
  const Fixture& f = fixed_group();
  const pc::Analyzer analyzer;
  std::vector<pc::GroupAnalysis> results(4);
  std::vector<std::vector<pc::OfferProfile>> offers(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
      threads.emplace_back([&, t] {
        for (const pc::GroupMember& m : f.members) offers[t].push_back(pc::offer_profile(analyzer, m.report));
        results[t] = pc::analyze_group(f.members);
      });
    }
  }
  for (std::size_t t = 0; t < results.size(); ++t) {
    CHECK(results[t] == f.group);
    for (std::size_t i = 0; i < f.members.size(); ++i) CHECK(offers[t][i] == f.members[i].offer);
  }
}

TEST_CASE("group: phrase_key folds case the way summaries count phrases") {
  CHECK(pitchclarity::phrase_key("Paying Clients") == pitchclarity::phrase_key("PAYING CLIENTS"));
  CHECK(pitchclarity::phrase_key("Paying Clients") == "paying clients");
  CHECK(pitchclarity::phrase_key("Ærø ÉCOLE") == "ærø école");
  CHECK(pitchclarity::phrase_key("STRASSE") == "strasse");
  CHECK(pitchclarity::phrase_key("any referrals") != pitchclarity::phrase_key("any referral"));
}
