// The specificity model, dimension by dimension, including the hard cases of DESIGN.md.
#include <pitchclarity/analyzer.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

const pitchclarity::Analyzer& analyzer() {
  static const pitchclarity::Analyzer a;
  return a;
}

pitchclarity::Report run(const std::string& text) { return analyzer().analyze(text); }

bool flagged(const pitchclarity::Report& r, const std::string& text) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const auto& f) {
    return f.category == "vague" && f.span && f.span->text.find(text) != std::string::npos;
  });
}

bool any_vague(const pitchclarity::Report& r) {
  return std::any_of(r.findings.begin(), r.findings.end(), [](const auto& f) { return f.category == "vague"; });
}

bool has_rule(const pitchclarity::Report& r, const std::string& id) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const auto& f) { return f.rule == id; });
}

}  // namespace

TEST_CASE("target_client levels") {
  CHECK(run("I want paying clients.").dimensions.target_client.level == 0);
  CHECK(run("We make lovely things.").dimensions.target_client.level == 0);
  CHECK(run("I help small businesses.").dimensions.target_client.level == 1);
  CHECK(run("I work with homeowners.").dimensions.target_client.level == 1);
  CHECK(run("I help dentists.").dimensions.target_client.level == 2);
  CHECK(run("I work with independent coffee shops.").dimensions.target_client.level == 2);
  CHECK(run("My ideal clients are farriers.").dimensions.target_client.level == 2);
  CHECK(run("I help dentists in Leeds.").dimensions.target_client.level == 3);
  CHECK(run("I help wedding planners within ten miles of Bristol.").dimensions.target_client.level == 3);
  CHECK(run("I work with haulage firms with three or more vans.").dimensions.target_client.level == 3);
  CHECK(run("I help restaurants opening a second site this year.").dimensions.target_client.level == 3);
  CHECK(run("I'd love an introduction to Priya Shah at Harrow Logistics.").dimensions.target_client.level == 4);
  CHECK(run("A good referral for me is the practice manager at Bright Smile Dental.").dimensions.target_client.level == 4);
}

TEST_CASE("restrictive clauses, product clauses, negation and quotation") {
  const auto clause = run("I help anyone who runs a dental practice in Leeds.");
  CHECK(clause.dimensions.target_client.level == 3);
  CHECK_FALSE(any_vague(clause));

  const auto product = run("I help anyone who needs a website.");
  CHECK(product.dimensions.target_client.level == 0);
  CHECK(flagged(product, "anyone who needs"));

  const auto negated = run("I don't work for just anyone. I work with farriers in Devon.");
  CHECK(negated.dimensions.target_client.level == 3);
  CHECK_FALSE(flagged(negated, "anyone"));

  const auto quoted = run("People tell me to say \u201cany business\u201d, but I help care homes in Kent.");
  CHECK_FALSE(flagged(quoted, "any business"));
  CHECK(quoted.dimensions.target_client.level == 3);

  const auto paying = run("I want paying clients.");
  CHECK(flagged(paying, "paying clients"));

  const auto room = run("I help vets in York. If anyone here knows Declan Moore at Ouse Vets, I'd love an intro.");
  CHECK_FALSE(flagged(room, "anyone"));
  CHECK(room.dimensions.ask.level == 3);

  const auto greeting = run("Hi everyone. I help vets in York. Everyone on my team is DBS-checked.");
  CHECK_FALSE(any_vague(greeting));
}

TEST_CASE("ask levels") {
  CHECK(run("I help dentists in Leeds.").dimensions.ask.level == 0);
  CHECK(run("I help dentists in Leeds. Any referrals welcome!").dimensions.ask.level == 1);
  CHECK(run("I help dentists in Leeds. Visit my website.").dimensions.ask.level == 1);
  CHECK(run("A good introduction for me is a practice manager at a dental practice.").dimensions.ask.level == 2);
  CHECK(run("I help dentists in Leeds. If you know someone like that, please introduce me.").dimensions.ask.level == 2);
  CHECK(run("Please introduce me to Priya Shah at Harrow Logistics.").dimensions.ask.level == 3);
}

TEST_CASE("problem levels") {
  CHECK(run("I help dentists in Leeds.").dimensions.problem.level == 0);
  CHECK(run("I help dentists grow their business and save time and money.").dimensions.problem.level == 1);
  CHECK(run("I help dentists who are chasing unpaid invoices.").dimensions.problem.level == 2);
  CHECK(run("I help dentists who lose one appointment in five to no-shows.").dimensions.problem.level == 3);
  CHECK(run("I help care homes that were fined after a failed inspection.").dimensions.problem.level == 3);
}

TEST_CASE("give, offer and industry levels") {
  CHECK(run("I help dentists in Leeds.").dimensions.give.level == 0);
  CHECK(run("I help dentists. I'm happy to help anyone.").dimensions.give.level == 1);
  CHECK(run("I help dentists. I can introduce you to three commercial landlords in Headingley.").dimensions.give.level == 2);
  // How long the speaker has known people is no count of them; a count is.
  CHECK(run("I help dentists. I know plenty of caterers after nineteen years in the trade.").dimensions.give.level == 1);
  CHECK(run("I help dentists. I know nineteen caterers in Leeds I can introduce you to.").dimensions.give.level == 2);

  CHECK(run("Hello, I help dentists.").dimensions.offer.level == 0);
  CHECK(run("I'm in marketing and I help dentists.").dimensions.offer.level == 1);
  CHECK(run("I'm a commercial property solicitor.").dimensions.offer.level == 2);

  const auto dental = run("I help dental practices in Leeds.");
  CHECK(dental.dimensions.industry.level == 2);
  REQUIRE(!dental.dimensions.industry.sectors.empty());
  CHECK(dental.dimensions.industry.sectors.front().code.rfind("6212", 0) == 0);
  CHECK(run("I help office managers in Leeds.").dimensions.industry.level == 0);
}

TEST_CASE("industry: sub-sectors, broad sectors and the sector of a named client") {
  // Three-digit NAICS subsectors are narrower than the broad sectors DESIGN.md lists.
  CHECK(run("I help trucking companies in Ohio.").dimensions.industry.level == 2);
  CHECK(run("I help retailers in Ohio.").dimensions.industry.level == 1);
  // The third sector is broad (DESIGN), though its NAICS code has three digits; a hospice is narrower.
  CHECK(run("I help charities in Ohio.").dimensions.industry.level == 1);
  CHECK(run("I help nonprofits in Ohio.").dimensions.industry.level == 1);
  CHECK(run("I help hospices in Ohio.").dimensions.industry.level == 2);
  // A named client takes the sector of the appositive that places them…
  const auto chef = run("I'd love an introduction to Tomás Reyes, head chef at Ember & Oak in Manchester.");
  CHECK(chef.dimensions.target_client.level == 4);
  CHECK(chef.dimensions.industry.level == 2);
  CHECK(run("I'd love an introduction to Simon Ashworth, who runs six country-house hotels in Yorkshire.")
            .dimensions.industry.level == 2);
  // …but not of a cross-sector function, nor of what the speaker says after a full stop.
  CHECK(run("I'd love an introduction to Amira Haddad, the finance director at Kestrel Foods Ltd.")
            .dimensions.industry.level != 1);
  CHECK(run("I'd love an introduction to Amira Haddad. We also work with hotels.").dimensions.industry.level == 2);
  CHECK(run("I'd love an introduction to Amira Haddad. She is lovely.").dimensions.industry.level == 0);
}

TEST_CASE("industry: everyday names of a business and an organisation's own name") {
  // The NAICS titles say "Metal Ore Mining" and "Flight Training"; pitches say mines and flying clubs.
  CHECK(run("We train rescue teams at gold mines in Gauteng.").dimensions.industry.level == 2);
  CHECK(run("Our customers are mainly flying clubs in Kent.").dimensions.industry.level == 2);
  CHECK(run("I work with coach operators in the Midlands.").dimensions.industry.level == 2);
  // After "at", the organisation's name says its trade; a person's name is not read for one.
  CHECK(run("I'd love to meet the parks team at Calderdale Council.").dimensions.industry.level == 2);
  CHECK(run("I'd love to meet Sarah Butcher. She is lovely.").dimensions.industry.level == 0);
  // A capitalised word in the firm's name after the person says what the firm is.
  const auto water = run("I'd love to meet Tadhg Byrne, the leakage manager at Fenland Water plc.");
  CHECK(water.dimensions.industry.level == 2);
  REQUIRE(!water.dimensions.industry.sectors.empty());
  CHECK(water.dimensions.industry.sectors.front().code == "221310");
  CHECK(run("I'd love to meet Priya Shah, the audio director at Northwind Games Inc.").dimensions.industry.level == 2);
  CHECK(run("I'd like to meet the discharge team at the Royal Derby Hospital.").dimensions.industry.level == 2);
  // A broad sector before the firm ("information governance") gives way to the narrower one after it.
  CHECK(run("I'd like to meet Carys Bevan, the information governance lead at Powys County Council.")
            .dimensions.industry.level == 2);
  // "that's the kind of business" points back at the niche before it.
  CHECK(run("Glamping sites — that's the kind of business that gets the most out of us.").dimensions.industry.level == 2);
}

TEST_CASE("missing findings, rewrite and score bands") {
  const auto empty = run("We make great things and care about quality.");
  CHECK(has_rule(empty, "missing.target"));
  CHECK(has_rule(empty, "missing.ask"));
  CHECK(empty.suggested_rewrite.find("[who: a role or business type]") != std::string::npos);
  CHECK(empty.band == "vague");

  const auto good = run(
      "I'm a bookkeeper. I help independent dental practices in Leeds that are chasing unpaid invoices; most lose "
      "£4,000 a month to late payers. A good introduction for me is Priya Shah at Bright Smile Dental. In return I "
      "can introduce you to two commercial landlords in Headingley.");
  CHECK(good.dimensions.target_client.level >= 3);
  CHECK(good.score >= 65);
  CHECK(good.suggested_rewrite.find("dental practices in Leeds") != std::string::npos);
  CHECK(good.score > empty.score);
}

TEST_CASE("a named ask goes on past a title's full stop") {
  const auto r = run("I build websites. I'd love an intro to Mr. Anil Bhatnagar at Tata Steel.");
  CHECK(r.dimensions.target_client.level == 4);
  CHECK(r.dimensions.ask.level == 3);
  REQUIRE(!r.dimensions.ask.evidence.empty());
  CHECK(r.dimensions.ask.evidence.front().text == "an intro to Mr. Anil Bhatnagar at Tata Steel");
  // An ellipsis is not an abbreviation: the phrase still stops there.
  CHECK(run("I help dentists... mostly.").dimensions.target_client.evidence.front().text == "dentists");
}

TEST_CASE("the rewrite opens with what the speaker does in their own words") {
  const auto opening = [](const std::string& pitch) {
    const std::string rewrite = run(pitch).suggested_rewrite;
    return rewrite.substr(0, rewrite.find(". ") + 1);
  };
  // The verb that introduced the trade stays: not "I'm wedding cakes for couples…".
  CHECK(opening("Hi, I make wedding cakes for couples. If you know a wedding planner in Cheltenham, tell me.") ==
        "I make wedding cakes for couples.");
  // A connective left dangling at the phrase's end is dropped, and the clause starts with a capital.
  CHECK(opening("Hi, I'm a plumber and") == "I'm a plumber.");
  CHECK(opening("we repair boilers.") == "We repair boilers.");
  // A trade named in a self-introduction, with no verb to keep, is introduced by "I'm".
  CHECK(opening("Hello all, Mick Lomas, chimney sweep, HETAS registered.").rfind("I'm ", 0) == 0);
}

TEST_CASE("what people paste: other languages, shouting, transcripts, lists, links") {
  const auto spanish = run("Hola, me llamo Ana y ayudo a las clínicas dentales de Madrid a llenar su agenda todos "
                           "los meses con pacientes nuevos.");
  CHECK(has_rule(spanish, "input.not-english"));
  CHECK(spanish.dimensions.target_client.level == 0);
  CHECK_FALSE(has_rule(spanish, "missing.target"));
  CHECK_FALSE(has_rule(run("I help dentists in Leeds who lose patients to no-shows."), "input.not-english"));

  // All capitals: no word becomes a "name", the niche is still found.
  const auto shouting = run("HI EVERYONE I HELP DENTAL PRACTICES IN LEEDS WHO ARE CHASING UNPAID INVOICES.");
  CHECK(shouting.dimensions.target_client.level == 3);
  CHECK(shouting.dimensions.problem.level >= 2);

  // A speech-to-text transcript: no punctuation, no capitals.
  const auto transcript = run("so yeah um i help independent dental practices in leeds that are chasing unpaid "
                              "invoices and a good introduction for me is a practice manager at a dental practice");
  CHECK(transcript.dimensions.target_client.level == 3);
  CHECK(transcript.dimensions.ask.level == 2);

  // Bullets, a URL, an email, a phone number and a hashtag do not become targets or crash anything.
  const auto listed = run("What I do:\n- payroll for care homes in Kent\n- pensions\nSee https://example.com/pay or "
                          "mail ana@example.com, call 0113 496 0000. #payroll");
  CHECK(listed.dimensions.target_client.level == 3);
  for (const auto& f : listed.findings) CHECK(f.rule.rfind("vague.", 0) != 0);
}

TEST_CASE("lists and appositions of kinds of client") {
  // Every catch-all of a list is vague, not only the first.
  const auto list = run("We work with SMEs — so companies with five to fifty staff.");
  CHECK(list.dimensions.target_client.level == 1);
  CHECK(flagged(list, "SMEs"));
  CHECK(flagged(list, "companies"));
  // A dash that restates the head narrows it ("contractors — IT contractors").
  const auto apposition = run("I specialise in contractors — IT contractors, locum doctors.");
  CHECK(apposition.dimensions.target_client.level == 2);
  CHECK_FALSE(any_vague(apposition));
  // A range of numbers is a size band, not the end of the phrase.
  const auto band = run("We work with companies of 20 to 100 staff.");
  CHECK(band.dimensions.target_client.level == 1);
  CHECK(flagged(band, "companies"));
}

TEST_CASE("broad words that modify something else are not targets") {
  CHECK_FALSE(flagged(run("I help dentists. I know loads of people in the local business scene."), "local business"));
  CHECK_FALSE(flagged(run("We help small businesses. We cover public liability, employers' liability and fleet."),
                      "employers"));
  CHECK_FALSE(flagged(run("We help dentists. It is a single dashboard for your entire organization."), "organization"));
  CHECK(flagged(run("I insure start-ups. If you meet start-ups at other events, think of me."), "start-ups"));
}

TEST_CASE("a second cue or a copula after the cue opens the same phrase") {
  const auto ask = run("Medical billing for physical therapists. My ask: intros to PT clinic owners.");
  CHECK(ask.dimensions.ask.level == 2);
  const auto cleft = run("The person I'd love to meet is anyone ambitious who wants to grow.");
  REQUIRE(!cleft.findings.empty());
  for (const auto& f : cleft.findings) {
    if (f.category == "vague" && f.span) CHECK(f.span->text.rfind("is ", 0) != 0);
  }
}

TEST_CASE("a phrasal verb's particle is no moment") {
  CHECK(run("I do a lot of work for block managers, the firms that look after blocks of flats.")
            .dimensions.target_client.level == 2);
  CHECK(run("I help restaurants opening a second site after Christmas.").dimensions.target_client.level == 3);
}

TEST_CASE("a noun group the industry index knows is a business type") {
  CHECK(run("I work with food trucks.").dimensions.target_client.level == 2);
  CHECK(run("Corporate gifting for accountancy firms in South Wales.").dimensions.target_client.level == 3);
  CHECK_FALSE(flagged(run("Corporate gifting for accountancy firms in South Wales."), "accountancy firms"));
  CHECK(run("I work with firms.").dimensions.target_client.level == 0);
}

TEST_CASE("plurals WordNet knows only as surnames") {
  CHECK(run("I work with food banks and animal shelters in the Bay Area.").dimensions.target_client.level == 3);
  CHECK(run("I handle sales tax for Shopify and Amazon sellers doing over $1 million a year.")
            .dimensions.target_client.level == 3);
}

TEST_CASE("more cue grammar: specialisms, 'send me', 'if you hear of'") {
  CHECK(run("My specialism is dental practices.").dimensions.target_client.level == 2);
  const auto send = run("Residential roofing. So send me homeowners, anybody with a roof!");
  CHECK(send.dimensions.ask.level == 1);
  CHECK(flagged(send, "homeowners"));
  CHECK(flagged(send, "anybody"));
  // A plural acronym after a copula is a kind of client, not a name.
  CHECK(run("My sweet spot is HOAs in Maricopa County.").dimensions.target_client.level == 3);
}

TEST_CASE("a moment defines a niche unless it restates the speaker's own trade") {
  const auto couples = run("I'm a wedding DJ. I'm all about couples getting married who want a proper party.");
  CHECK(couples.dimensions.target_client.level == 2);
  CHECK_FALSE(any_vague(couples));
  const auto podcast = run("I produce podcasts. If you know any entrepreneurs thinking about starting a podcast, send them my way.");
  CHECK(podcast.dimensions.target_client.level == 1);
  CHECK(flagged(podcast, "entrepreneurs"));
  const auto mortgage = run("I'm Lou, mortgage broker. If you know anyone who's buying or remortgaging, send them over.");
  CHECK(mortgage.dimensions.ask.level == 1);
  CHECK(flagged(mortgage, "anyone who's buying or remortgaging"));
  // A place narrows it: the group is a niche even when it mentions the trade's object.
  const auto yacht = run("I'm a marine surveyor; I survey yachts. If you know anyone who's about to buy a used yacht "
                         "on the Solent, put them in touch.");
  CHECK(yacht.dimensions.ask.level == 2);
  CHECK_FALSE(flagged(yacht, "anyone"));
}

TEST_CASE("a participle before a noun is a verb, and a house is a dwelling") {
  const auto moving = run("We move families. If you hear of anyone moving house, think of us.");
  CHECK(moving.dimensions.ask.level == 1);
  CHECK(flagged(moving, "anyone"));
  CHECK(run("I help auction houses in Leeds.").dimensions.target_client.level == 3);
}

TEST_CASE("a describing clause about 'it' restates the product") {
  const auto wills = run("I write wills. I'd be grateful for introductions to anyone over fifty who hasn't got round to it yet.");
  CHECK(flagged(wills, "anyone over fifty"));
  const auto video = run("I make videos. If you know anyone wanting video, or anyone who's been thinking about it but "
                         "hasn't got round to it, any referrals appreciated.");
  CHECK(flagged(video, "anyone who's been thinking"));
  // A clause that names something stays restrictive.
  CHECK_FALSE(any_vague(run("I help anyone who runs a dental practice in Leeds and finds it hard to recruit.")));
}

TEST_CASE("statements about the speaker and calls to action are not vague targets") {
  const auto fussy = run("I'm looking for more customers really, like, anyone at all, I'm not fussy.");
  CHECK_FALSE(flagged(fussy, "fussy"));
  CHECK(flagged(fussy, "anyone at all"));
  const auto friends = run("Auto, home, life: if it can be insured, we insure it. Tell your friends!");
  CHECK_FALSE(any_vague(friends));
  CHECK(friends.dimensions.ask.level == 1);
  // Waiving the sector leaves a broad category broad; organisations are a bare generic, not a category.
  CHECK(run("I'd love to be introduced to small businesses, doesn't matter what they do.").dimensions.target_client.level == 1);
  CHECK(run("We help forward-thinking organizations harness AI. Any industry.").dimensions.target_client.level == 0);
}

TEST_CASE("any determiner before 'introduction for me is', first-time is a kind, contacts offered are gives") {
  const auto best = run("I'm a conveyancer. The best introduction for me is a mortgage broker who does a lot of "
                        "first-time buyer sales.");
  CHECK(best.dimensions.ask.level == 2);
  CHECK(best.dimensions.target_client.level == 2);
  const auto offered = run("I help first-time buyers. And in return, I work with two independent surveyors in "
                           "Chelmsford, and I'm happy to introduce any of them.");
  CHECK(offered.dimensions.target_client.level == 2);
}

TEST_CASE("a list of catch-alls goes on past spoken fillers") {
  const auto r = run("So I'm looking for customers, obviously, anyone who loves skincare, and people who want to earn "
                     "a bit of extra income from home.");
  CHECK(flagged(r, "customers"));
  CHECK(flagged(r, "anyone who loves skincare"));
  CHECK(flagged(r, "people who want"));
}

TEST_CASE("a request whose object comes first, and calls to action") {
  const auto back = run("I'm a counsellor. If you're a vet and you see a farmer who's not coping, please would you "
                        "mention me.");
  CHECK(back.dimensions.ask.level == 2);
  // A statement is no request.
  CHECK(run("I'm a monumental mason. Everyone thinks of me for new headstones.").dimensions.ask.level == 0);
  CHECK(run("I'm a landscape gardener and I sort new-build gardens. If that's you, give me a shout.")
            .dimensions.ask.level == 1);
}

TEST_CASE("an imperative request after an address is a request") {
  CHECK(run("I groom dogs. Dog owners in Stroud, send them my way!").dimensions.ask.level >= 1);
  CHECK(run("I groom dogs. Send them my way!").dimensions.ask.level >= 1);
}

TEST_CASE("targets named without a cue before them") {
  // The answer to a question put to the room.
  const auto answer = run("Who should you send my way? Transport managers at haulage firms in the East Midlands.");
  CHECK(answer.dimensions.target_client.level == 3);
  CHECK(answer.dimensions.ask.level == 2);
  // Only a question about the speaker's clients is answered by the next sentence.
  CHECK(run("Who here has had a burst pipe? Plumbers in Leeds are hard to find.").dimensions.target_client.level == 0);
  // The last clause is the question: "…, so who should you send my way?"
  CHECK(run("We don't take on just anyone, so who should you send my way? Vet clinics in Boise.")
            .dimensions.target_client.level == 3);
  // A question's own object, with or without "do you".
  CHECK(run("Who do you know that runs a care home?").dimensions.target_client.level == 2);
  CHECK(run("Know a farrier in Devon? Introduce me.").dimensions.target_client.level == 3);
  // A phrase pointing back at the target.
  CHECK(run("Fishing boat owners in New Bedford — that's who I work for.").dimensions.target_client.level == 3);
  const auto intro = run("Strata managers, committee members — that's the intro I'm chasing.");
  CHECK(intro.dimensions.target_client.level == 2);
  CHECK(intro.dimensions.ask.level == 2);
  // A plural niche as the subject of the speaker's predicate; a broad one is no target this way.
  CHECK(run("Strata managers are my bread and butter.").dimensions.target_client.level == 2);
  CHECK(run("Prices are my favourite topic.").dimensions.target_client.level == 0);
  // The complement of a subject that is the speaker's clients ("the people I know" are contacts).
  CHECK(run("The people who ring me are usually dentists in Leeds.").dimensions.target_client.level == 3);
  CHECK(run("The people I know are mostly dentists.").dimensions.target_client.level == 0);
  // A bullet field.
  CHECK(run("WHO: block management companies in Greater London.").dimensions.target_client.level == 3);
}

TEST_CASE("broad heads narrowed by examples or a cased qualification") {
  CHECK(run("Mobile tyre fitting for tradespeople — plumbers, roofers.").dimensions.target_client.level == 2);
  // A business after a broad head may be someone else: the charities stay broad.
  CHECK(run("I write funding applications for charities — trusts and foundations.").dimensions.target_client.level == 1);
  CHECK(run("Thesis binding for PhD students at Durham.").dimensions.target_client.level == 3);
  CHECK(run("I help runners.").dimensions.target_client.level == 2);
  CHECK(run("My customers are small machine builders.").dimensions.target_client.level == 2);
}

TEST_CASE("broad categories: one person of them, and only the category the cue named") {
  const auto chef = run("My clients are busy families. The parents work all day. If you know a family who want "
                        "healthy food, tell them about me.");
  CHECK(chef.dimensions.target_client.level == 1);
  CHECK(flagged(chef, "families"));
  CHECK(flagged(chef, "family"));
  CHECK_FALSE(flagged(chef, "parents"));
  // A catch-all after "any" is vague whichever category it names.
  CHECK(flagged(run("Most of my work comes from young families. If you meet any parents of young children, call me."),
                "parents"));
  const auto solar = run("Every homeowner who put solar on the roof is paying too much for power.");
  CHECK(solar.dimensions.target_client.level == 1);
  CHECK(flagged(solar, "homeowner"));
  CHECK_FALSE(any_vague(run("I help dentists in Leeds. We're a family business.")));
}

TEST_CASE("vague: a range of numbers is no range of clients") {
  CHECK_FALSE(any_vague(run("My clients are takeaway owners in Luton who've just been given a 2 on their hygiene rating. "
                            "The delivery apps push you down the listings \xE2\x80\x94 one owner I worked with saw his "
                            "Friday orders drop from ninety to thirty-five.")));
  CHECK(any_vague(run("I work with everyone from start-ups to multinationals.")));
}

TEST_CASE("vague: a predicate that covers everyone, and someone else's want") {
  const auto cards = run("We do card processing. Any business that takes cards is a fit, which is basically every "
                         "business.");
  CHECK(has_rule(cards, "vague.covers-everyone"));
  CHECK(cards.dimensions.target_client.level == 0);
  CHECK_FALSE(has_rule(run("Every business is different. I help care homes in Kent."), "vague.covers-everyone"));
  // The strata manager's need, not the speaker's target.
  CHECK_FALSE(flagged(run("I help strata managers in Sydney. The strata manager needs someone up on the roof."),
                      "someone"));
}

TEST_CASE("shouted text and run-on speech do not invent a niche") {
  // In capitals no word is a brand or an acronym: "AND" does not make "EVERYONE" a trade.
  CHECK(run("WE DO EVENTS FOR ANYONE AND EVERYONE!!! SO SEND ME ANYONE WHO WANTS A PARTY!!!")
            .dimensions.target_client.level == 0);
  // "who might be interested" restates the product: the moments after it qualify nothing.
  CHECK(run("so if you know anyone who might be interested just pass my details on and the first session is half "
            "price this month thank you")
            .dimensions.target_client.level == 0);
}

TEST_CASE("an ask that names one of the niche is not the broad category") {
  const auto boats = run("Commercial fishing boat owners in New Bedford — that's who I work for. Know a boat owner on "
                         "the waterfront? Introduce me.");
  CHECK(boats.dimensions.target_client.level == 3);
  CHECK_FALSE(flagged(boats, "boat owner"));
  CHECK(flagged(run("I help dentists in Leeds. If you know a homeowner, introduce me."), "homeowner"));
}

TEST_CASE("a pot plant is no works, and a weak cue's broad group is not vague beside a cued one") {
  const auto plants = run("Our best clients are offices with 10 to 30 people, where nobody has time for the plants "
                          "and in March they are dead, very depressing for the staff.");
  CHECK(plants.dimensions.target_client.level == 1);
  CHECK(flagged(plants, "offices"));
  CHECK_FALSE(flagged(plants, "staff"));
  CHECK(run("I help chemical plants in Teesside.").dimensions.target_client.level == 3);
}

TEST_CASE("past clients after a weak cue are proof, not the target") {
  CHECK(run("Over the years we've done work for a dental group and a funeral home.").dimensions.target_client.level == 0);
  CHECK(run("We make explainer videos for dental groups.").dimensions.target_client.level == 2);
}

TEST_CASE("a quantifier noun is no group of its own") {
  const auto couple = run("I help small business owners. So if you could introduce me to a couple of small business "
                          "owners, I'd be thrilled.");
  CHECK(flagged(couple, "owners"));
  CHECK_FALSE(flagged(couple, "couple"));
  CHECK(run("I photograph couples getting married in Bath.").dimensions.target_client.level == 3);
}

TEST_CASE("a share of the work named with 'it'") {
  CHECK(run("I service boilers, and most of it is care homes in Kent.").dimensions.target_client.level == 3);
  CHECK(run("I do accounts. The rest of it is paperwork.").dimensions.target_client.level == 0);
}

TEST_CASE("'any <kind> at all' throws the kind open, offers of help to the room do not") {
  CHECK(has_rule(run("I help hospices. Honestly, any charity at all."), "vague.any-at-all"));
  CHECK(flagged(run("I help research offices. If you've any contacts in academia at all, I'm all ears."),
                "any contacts in academia at all"));
  CHECK_FALSE(any_vague(run("I help hospices in Leeds. If you have any questions at all, grab me afterwards.")));
}

TEST_CASE("a generic with its own clause before a request to the room is the ask") {
  CHECK(flagged(run("Small-batch gin from Kendal. Anyone who enjoys a G&T, send them our way."), "Anyone"));
  CHECK_FALSE(flagged(run("I train vets. Anyone who runs a dental practice in Leeds, send them my way."), "Anyone"));
}

TEST_CASE("the answer to a question about whom carries what they have") {
  CHECK(flagged(run("Who needs their gutters cleaned? Everybody with a roof!"), "Everybody"));
  CHECK_FALSE(flagged(run("Who is it for? Anyone who does agility or flyball with their dog."), "Anyone"));
  CHECK_FALSE(flagged(run("Does it rain? Everybody with a roof knows it does."), "Everybody"));
}

TEST_CASE("a list of generics closed by a catch-all with a clause, a list of niches keeps its clause") {
  CHECK(flagged(run("We plough for pretty much anybody: houses, condos, businesses, whoever's got snow, eh?"),
                "whoever"));
  CHECK_FALSE(flagged(run("Mobile tyre fitting for tradespeople: plumbers, sparkies, roofers, anyone whose van is "
                          "their living."),
                      "anyone"));
}

TEST_CASE("a possessive generic and the listener's want are not the speaker's target") {
  CHECK_FALSE(flagged(run("I'm an energy broker. When I open someone's bill, they're paying too much."), "someone"));
  CHECK(flagged(run("I'm an energy broker. I'll help someone this week."), "someone"));
  CHECK_FALSE(flagged(run("I help dentists. If you want to meet anyone in that community, please ask me."), "anyone"));
  CHECK(flagged(run("I'm a printer. I want to meet anyone this week."), "anyone"));
}

TEST_CASE("new accounts are more clients") {
  CHECK(flagged(run("Send them my way: I'm always hungry for new accounts."), "new accounts"));
  CHECK_FALSE(flagged(run("I help breweries open new accounts with pubs in Leeds."), "new accounts"));
}

TEST_CASE("'whoever' carries its own clause: a role is not vague, a restated need is") {
  CHECK_FALSE(any_vague(run("I train minibus drivers. I'd really like to meet whoever coordinates the volunteer drivers "
                            "at a community transport scheme.")));
  CHECK_FALSE(flagged(run("I'd love an introduction to Harrow Logistics, to whoever runs their fleet."), "whoever"));
  CHECK(flagged(run("I'd like to meet whoever needs a website."), "whoever"));
  CHECK(flagged(run("I help whoever."), "whoever"));
}

TEST_CASE("targets named from the work's side: brought in by, our best work, I need to meet") {
  CHECK(run("We're mostly brought in by research offices at universities.").dimensions.target_client.level == 2);
  CHECK(run("I need to meet dispatch managers at drayage companies around Port Newark.").dimensions.target_client.level ==
        3);
  CHECK(run("Where we do our best work is companies with 25 to 150 employees.").dimensions.target_client.level == 1);
  CHECK(run("We were brought in by a friend, and we make furniture.").dimensions.target_client.level == 0);
}

TEST_CASE("a price after a weak cue is what is charged for, not the target") {
  CHECK_FALSE(any_vague(run("Gutters cleaned. A hundred and forty-nine bucks for most single-family homes.")));
  CHECK(flagged(run("We do bookkeeping for small businesses."), "small businesses"));
}

TEST_CASE("the verb after 'to' in a relative clause keeps the target phrase going") {
  const auto r = run("I look for German machine-tool companies which start to sell in the UK this year.");
  CHECK(r.dimensions.target_client.level == 3);
  CHECK(run("I help dentists to sell more implants.").dimensions.target_client.level == 2);
}

TEST_CASE("'big or small' after a client word widens the target, after the work it does not") {
  CHECK(has_rule(run("We do security. We look after whoever needs looking after, big or small."), "vague.big-or-small"));
  CHECK_FALSE(has_rule(run("I groom dogs for show kennels in Kent, all breeds, big and small."), "vague.big-or-small"));
}

TEST_CASE("a generic alone in its clause and hedged is the speaker's guess at whom") {
  CHECK(flagged(run("I run candle workshops. I don't really know who my customer is yet — anyone, I suppose?"),
                "anyone"));
  CHECK_FALSE(any_vague(run("I help dentists in Leeds. Everyone's DBS-checked, I suppose.")));
}

TEST_CASE("taking on whatever comes is the speaker's own catch-all") {
  CHECK(has_rule(run("Our regulars are gundog owners. But to be honest, we'll take any dog."), "vague.catch-all"));
  CHECK_FALSE(any_vague(run("We board gundogs. We won't take any dog that hasn't had its kennel cough jab.")));
}

TEST_CASE("a place after a dash narrows the target before it") {
  CHECK(run("I'd love an introduction to anyone responsible for parks at a council — in Kent or Sussex especially.")
            .dimensions.target_client.level == 3);
  CHECK(run("I help dentists — in the end, everyone needs teeth.").dimensions.target_client.level == 2);
}

TEST_CASE("the speaker's own word for clients before a copula names the target, from the clients' side") {
  // Words the cue list does not spell out: "our regulars", "my guests", "our members".
  CHECK(
      run("We run a boarding kennels. Our regulars are mostly gamekeepers in Powys.").dimensions.target_client.level ==
      3);
  CHECK(run("I run a B&B. My guests are usually wedding planners.").dimensions.target_client.level == 2);
  // Someone else's clients, or no copula after them, name no target of the speaker's.
  CHECK(run("I run a B&B. Their guests are usually wedding planners.").dimensions.target_client.level == 0);
  CHECK(run("I run a B&B. Our guests love wedding planners.").dimensions.target_client.level == 0);
  // Read like a weak cue: a generic after it is no vague finding ("Our regulars are folk from round here").
  CHECK_FALSE(any_vague(run("I run a pub. Our regulars are folk from round here.")));
}

TEST_CASE("a request whose object stands before it takes the nearest group named, not the sentence's subject") {
  const auto r = run("I broker energy. Everybody uses power, so honestly, any business really — send them to me.");
  CHECK_FALSE(flagged(r, "Everybody"));
  CHECK(flagged(r, "any business"));
  CHECK(run("I fit saddles. Riding instructors in Stroud, send them my way.").dimensions.ask.level == 2);
  // A range from one kind to another covers everyone: it is no object to send.
  CHECK(run("We print menus, from cafés to councils — send them our way.").dimensions.ask.level == 1);
}

TEST_CASE("a target phrase that opens with a catch-all names no one, whatever its list illustrates") {
  CHECK(run("We do branded merch. We do it for any business, club or charity, big or small.")
            .dimensions.target_client.level == 0);
  CHECK(run("I'm a consultant. My clients range from one-man bands to companies turning over fifty million.")
            .dimensions.target_client.level == 0);
  // A niche named first and then widened keeps its level; so does "any" before a niche.
  CHECK(
      run("We do branded merch for rugby clubs in Galway, and honestly any business.").dimensions.target_client.level ==
      3);
  CHECK(run("I'd love an introduction to the transport manager at any coach firm.").dimensions.target_client.level >=
        2);
}

TEST_CASE("'just' is a moment before what has just happened, not before a verb it softens") {
  CHECK(flagged(run("I'm a hypnotherapist. Anyone who wants to change a habit or just feel calmer can benefit."),
                "nyone who wants"));
  CHECK(run("I'm a social media manager. I help anyone who's just a bit overwhelmed by it all.")
            .dimensions.target_client.level == 0);
  // The moment still makes the group.
  CHECK(run("I'm a surveyor. I help anyone who has just bought a rental flat.").dimensions.target_client.level >= 2);
  CHECK_FALSE(flagged(run("I'm a surveyor. I help anyone who has just bought a rental flat."), "anyone"));
}

TEST_CASE("a place named by pointing ('round here') qualifies a niche, but places no contact offered") {
  CHECK(run("I shear sheep. If you know a smallholder with sheep round here, give them my number.")
            .dimensions.target_client.level == 3);
  CHECK(run("I hire wedding cars. If you know a wedding planner round here, I'd love an intro.")
            .dimensions.target_client.level == 3);
  CHECK(run("I hire wedding cars. If you know a wedding planner, I'd love an intro.").dimensions.target_client.level ==
        2);
  // A generic stays generic, and knowing people in town is a general give (DESIGN: "I know everybody" is 1).
  CHECK(run("I hire wedding cars to anyone round here.").dimensions.target_client.level == 0);
  CHECK(run("I hire wedding cars. I know a lot of people in this town, so just shout.").dimensions.give.level <= 1);
}

TEST_CASE("a partner is a job title: a practice area before it makes a role") {
  const auto r = run("I'm a forensic accountant. I'd love an introduction to a family law partner in Bristol or Bath.");
  CHECK(r.dimensions.target_client.level == 3);
  CHECK_FALSE(flagged(r, "family"));
  CHECK(run("I help audit partners.").dimensions.target_client.level == 2);
}

TEST_CASE("an ask for a group 'in this situation' points back at the target described") {
  const auto r =
      run("We find live-in carers for stroke survivors in Reading whose children live far away. "
          "I help care homes in Kent too. So if you know families in this situation, please give them my number.");
  CHECK(r.dimensions.ask.level == 2);
  CHECK_FALSE(flagged(r, "families"));
  // With no target described before it, the broad group is still the vague ask.
  CHECK(flagged(run("So if you know families, please give them my number."), "families"));
}

TEST_CASE("a spoken filler set off by commas does not open the target phrase") {
  CHECK(run("The people I'm really after, you know, are dental practices in Leeds.").dimensions.target_client.level == 3);
  CHECK(run("I work with, you know, dentists in Leeds.").dimensions.target_client.level == 3);
  // Unmarked, the same word may open the phrase: nothing is skipped and no target is invented.
  CHECK(run("I work with you know who.").dimensions.target_client.level == 0);
}

TEST_CASE("'our bread and butter is' names the speaker's main clients") {
  const auto r = run("Our bread and butter is fertility clinics in the Greater Toronto Area.");
  CHECK(r.dimensions.target_client.level == 3);
  CHECK(r.dimensions.industry.level == 2);
  CHECK(run("My bread and butter's care homes.").dimensions.target_client.level == 2);
  CHECK(run("Bread and butter is what I have for lunch.").dimensions.target_client.level == 0);
}

TEST_CASE("everyday names of kinds of business carry their sector") {
  CHECK(run("I work with hostels in London.").dimensions.industry.level == 2);
  CHECK(run("I work with steel erectors.").dimensions.industry.level == 2);
  CHECK(run("I work with container terminals.").dimensions.target_client.level == 2);
  const auto named = run("I'd love to meet Fatima Al-Rashid, the operations director at Humbergate Container Terminal Ltd.");
  CHECK(named.dimensions.industry.level == 2);
  const auto bio = run("I work with biotech companies in Cambridge.");
  CHECK(bio.dimensions.target_client.level == 3);
  REQUIRE(!bio.dimensions.industry.sectors.empty());
  CHECK(bio.dimensions.industry.sectors.front().code == "541714");
  // A plain "terminal" stays what it was: no sector from a computer terminal.
  CHECK(run("I work with terminals.").dimensions.industry.level == 0);
}

TEST_CASE("Scots 'ye ken' asks like 'you know'") {
  const auto r = run("I splice conveyor belts. So if ye ken a quarry manager, I'd be glad of the name.");
  CHECK(r.dimensions.ask.level == 2);
  // A man called Ken is still a name, not a cue.
  CHECK(run("I'm Ken Smith, a plumber, and I work with care homes.").dimensions.ask.level == 0);
}

TEST_CASE("'young professionals' is an age group on a broad category") {
  CHECK(run("My customers are young professionals who work a lot.").dimensions.target_client.level == 1);
  CHECK(run("My customers are young doctors in Leeds.").dimensions.target_client.level == 3);
}

TEST_CASE("a request's resolved object counts for the target: the best mention, the ask included") {
  const auto r = run("We make crates. My request: Mr. Anil Bhatnagar at the Export Promotion Council — if anybody knows him, kindly introduce me.");
  CHECK(r.dimensions.ask.level == 3);
  CHECK(r.dimensions.target_client.level == 4);
  // A vague request names no target.
  CHECK(run("We make crates. If you know anyone, please introduce me.").dimensions.target_client.level == 0);
}
