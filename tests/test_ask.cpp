// The ask on phrasings beyond "a good introduction for me is": questions to the room, requests whose whom
// comes before them, imperatives, labelled lines, and what must stay vague or absent.
#include <pitchclarity/analyzer.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

int ask(const std::string& text) {
  static const pitchclarity::Analyzer analyzer;
  return analyzer.analyze(text).dimensions.ask.level;
}

std::string ask_evidence(const std::string& text) {
  static const pitchclarity::Analyzer analyzer;
  const auto r = analyzer.analyze(text);
  return r.dimensions.ask.evidence.empty() ? std::string() : r.dimensions.ask.evidence.front().text;
}

}  // namespace

TEST_CASE("ask: a question to the room names whom") {
  CHECK(ask("I service lifts. Who do you know that runs a care home? That's my intro.") == 2);
  CHECK(ask("I service lifts. Who do you know who manages a hotel in York?") == 2);
  CHECK(ask("I fit saddles. Know a riding instructor in Kent? Introduce me.") == 2);
  CHECK(ask("I fit saddles. So, know a riding instructor? Send them over.") == 2);
  CHECK(ask("I fit saddles. Anyone here know a riding instructor in Kent?") == 2);
  // "know a" in the middle of a sentence is the speaker's claim, not a question.
  CHECK(ask("I fit saddles for riding schools. I know a few good farriers too.") == 0);
  // "You know a …" opening a statement is a filler, not a question.
  CHECK(ask("I fit saddles. You know a lot of riding schools struggle with fit.") == 0);
  // A question about no one asks for no one in particular.
  CHECK(ask("I fit saddles. Know someone? Introduce me.") == 1);
}

TEST_CASE("ask: a pointer with no phrase before it is resolved as a request") {
  // The pointer names the phrase before it when there is one…
  CHECK(ask("I fit saddles. Riding instructors in Kent, that's the referral.") == 2);
  // …and otherwise refers back like any request: to the target named in the sentence before.
  CHECK(ask("I fit saddles for riding schools in Kent. That's the referral.") == 2);
  CHECK(ask("I fit saddles for anyone with a horse. That's the referral.") == 1);
}

TEST_CASE("ask: a question to the room is read once, at its sentence or its last clause") {
  // The question's last clause, after an aside ("…, so who do you know…?").
  CHECK(ask("I fit saddles. We don't take just anyone, so who do you know that runs a riding school in Kent?") == 2);
  CHECK(ask("I fit saddles. Honestly, um, know a riding instructor in Kent?") == 2);
  // The object is read once: one piece of evidence for its sector, not one per reading.
  static const pitchclarity::Analyzer analyzer;
  const auto r = analyzer.analyze("I service lifts. Who do you know that runs an early learning centre?");
  CHECK(r.dimensions.industry.evidence.size() == 1);
  // Not a question: a clause before the question mark is not its last one, and a statement is no question.
  CHECK(ask("I fit saddles. I know a riding instructor in Kent, do you?") == 0);
  CHECK(ask("I fit saddles, and I know a riding instructor in Kent.") == 0);
  // "Know someone?" asks for no one, and says so: "someone" is the vague target.
  const auto vague = analyzer.analyze("I fit saddles. Know someone? Give us a bell.");
  bool flagged = false;
  for (const auto& f : vague.findings)
    flagged = flagged || (f.category == "vague" && f.span && f.span->text == "someone");
  CHECK(flagged);
}

TEST_CASE("ask: a request takes the level of what it refers to") {
  // The words before it in its sentence.
  CHECK(ask("I audit kitchens. Head chefs at hotel groups in Leeds — that's the intro I'm after.") == 2);
  // A target in the sentence before.
  CHECK(ask("I audit kitchens for school caterers in Leeds. Please introduce me.") == 2);
  CHECK(ask("I audit kitchens. If you cater for a care home, I'd love an introduction.") == 2);
  // Pointed back at with "one": the pitch's target.
  CHECK(ask("I audit kitchens for school caterers. Supply one? Then you know an owner, and I'd like an "
            "introduction.") == 2);
  // A cue in its own sentence already said whom, broadly: the request means them, not the pitch's target.
  CHECK(ask("I audit kitchens for school caterers. Every single one needs it. If you know homeowners, that's who "
            "I'd love to meet.") == 1);
  // Its own sentence speaks first: a phrase in the sentence before is only a fallback.
  CHECK(ask_evidence("They paid for storage and lost the customer. If someone here has contact to engineering firms "
                     "opening a UK office, please introduce me.")
            .find("If someone here") == 0);
  // An imperative in a statement asks for nothing: "my clients recommend me".
  CHECK(ask("I audit kitchens for school caterers in Leeds. My clients recommend me to their friends.") == 0);
  CHECK(ask("I audit kitchens for school caterers in Leeds. If you like what you hear, recommend me.") == 2);
  // With nothing to refer to, a request is vague.
  CHECK(ask("I audit kitchens. Please introduce me.") == 1);
  // Negated or quoted requests ask nothing.
  CHECK(ask("I audit kitchens. I never end with \"introduce me\" because it says nothing.") == 0);
  CHECK(ask("I audit kitchens. Don't introduce me to anyone yet.") == 0);
  CHECK(ask_evidence("I audit kitchens. Head chefs at hotel groups in Leeds — that's the intro I'm after.")
            .find("Head chefs") == 0);
}

TEST_CASE("ask: a who-question's moment defines the group") {
  CHECK(ask("I survey houses. Who do you know that's just bought a plot in Cork? I'd love an introduction.") == 2);
  CHECK(ask("I fit kitchens. Who do you know who's opening a second restaurant?") == 2);
  // A clause that restates the product defines no one, moment or not.
  CHECK(ask("I build websites. Who do you know that needs a new website?") == 1);
  CHECK(ask("I build websites. Who do you know that might want a new website?") == 1);
}

TEST_CASE("ask: who-questions answered in the next sentence") {
  CHECK(ask("I do payroll. Who should you send my way? Practice managers at dental surgeries in Bath.") == 2);
  CHECK(ask("I do payroll. Who am I looking for? The finance director at Harrow Logistics.") == 3);
  // Not a who-question: the next sentence is not its answer.
  CHECK(ask("I do payroll. Do you know? Practice managers hate it.") == 0);
}

TEST_CASE("ask: imperatives and labelled lines") {
  CHECK(ask("I transcribe. Put me in front of a litigator at a small firm in Chicago.") == 2);
  CHECK(ask("I transcribe. I'd love to get in front of whoever runs the legal team at Halden Freight Ltd.") == 3);
  CHECK(ask("I treat horses. The best introduction you could give me is a livery yard owner.") == 2);
  CHECK(ask("Fire door checks for blocks of flats.\n• INTRO WANTED: property managers at block management firms in "
            "Leeds.") == 2);
  CHECK(ask("I hope to meet the admissions officer at a boarding school. Please introduce me.") == 2);
  CHECK(ask("My ask: intros to physiotherapy clinic owners.") == 2);
  CHECK(ask("I do R&D claims. If you come across any software companies, I'd be happy to have a chat.") == 2);
  CHECK(ask("I plan barns. So what I'm after is land agents in Shropshire.") == 2);
  CHECK(ask("I counsel farmers. If you're a vet and you see a dairy farmer who isn't coping, please mention me.") == 2);
  // "get in front of" as a description of what the service does is not an ask.
  CHECK(ask("I help bakeries get in front of more customers.") == 0);
}

TEST_CASE("ask: invitations that are not introductions are level 1") {
  CHECK(ask("I teach yoga to new mums. Come and try a class!") == 1);
  CHECK(ask("I lay patios for new-build owners. If that's you, give me a shout.") == 1);
  CHECK(ask("I restore windows in churches. Do have a look at the website.") == 1);
  CHECK(ask("I restore windows in churches. So have a look at our website.") == 1);
  CHECK(ask("I restore windows in churches. I had a look at the website of a church once.") == 0);
}

TEST_CASE("ask: a vague request stays vague") {
  // "who might be interested" restates the product: no niche however long the sentence runs on.
  CHECK(ask("i do hypnotherapy so if you know anyone who might be interested just pass my details on and the first "
            "session is half price") == 1);
}

TEST_CASE("ask: connect, listen out, need to meet, and what points back at a niche") {
  CHECK(ask("I sell hops. Could anyone connect us with a head brewer at a brewery in Kent?") == 2);
  CHECK(ask("We hire out bunting. Keep an ear out for anyone running wedding venues, please.") == 2);
  CHECK(ask("We track trailers. I need to meet dispatch managers at haulage firms in Essex.") == 2);
  CHECK(ask("WE RECOVER COACHES. THE INTRO I WANT IS THE TRANSPORT MANAGER AT A COACH FIRM.") == 2);
  CHECK(ask("I tune pianos. If you know a music teacher in Hull, kindly connect us.") == 2);
  // The object before "send them our way" says whom; a catch-all there stays vague.
  CHECK(ask("We bake sourdough. Head chefs at hotels in Bath, send them our way.") == 2);
  CHECK(ask("We bake sourdough. Anyone who likes bread, send them our way.") == 1);
  // "I need to" about the speaker's own work asks for no one.
  CHECK(ask("I bake sourdough. I need to get more ovens.") == 0);
}

TEST_CASE("ask: a call or a conversation with the speaker is not an introduction") {
  CHECK(ask("I rebuild field walls for hill farmers. Wall down? Ring me on 07700 900418.") == 1);
  CHECK(ask("We advise boards. I'd welcome a conversation with any leaders thinking about change.") == 1);
  // A brand after "a" is a kind of thing, not a named organisation: no named ask.
  CHECK(ask("We distil gin. Anyone who enjoys a G&T, send them our way.") == 1);
}

TEST_CASE("ask: a pseudo-cleft of wanting with an aside, and Scots forms") {
  CHECK(ask("I train schools. So, what I'm after, really, is an introduction to the bursar at boarding schools "
            "in Norfolk.") == 2);
  // A cleft on the speaker's work is no request.
  CHECK(ask("We bake sourdough. What we focus on is hotels in Bath.") == 0);
  CHECK(ask("We fit kitchens. If ye hear of anybody needing a kitchen, gie them my number.") == 1);
  CHECK(ask("We play ceilidhs. Any do at all, gie us a shout.") == 1);
}

TEST_CASE("ask: a request whose object stands before it spans both, and accented loanwords are read") {
  CHECK(ask_evidence("We bake bread. Cafés in Bath, send them our way.") == "Cafés in Bath, send them our way");
  CHECK(ask("We bake bread. Cafés in Bath, send them our way.") == 2);
}

TEST_CASE("ask: an existential names the object of a request that points back") {
  CHECK(ask("I help people. So if there's a dentist in your life, do mention me.") == 2);
  CHECK(ask("I help people. If there is a care home manager in your family, mention me.") == 2);
  // "in your life" places nobody: a broad group stays a vague ask.
  CHECK(ask("I style people. So if there's a woman over fifty in your life, do mention me.") == 1);
}

TEST_CASE("ask: an invitation to the speaker's stand is a call to action") {
  CHECK(ask("I import mezcal for cocktail bars in London. Please, visit our stand at Imbibe in July.") == 1);
  // The speaker visiting clients is no request.
  CHECK(ask("I import mezcal for cocktail bars in London and I visit them monthly.") == 0);
}

TEST_CASE("ask: a firm named after 'get in front of' is named, not a place") {
  CHECK(ask("We subtitle films. I'd love to get in front of Harrow Logistics.") == 3);
  CHECK(ask("We subtitle films. The one company I'd love to get in front of is Brightwater Films Ltd in Bristol.") == 3);
  CHECK(ask("We fit kitchens. If you come across Harrow Logistics, tell me.") == 3);
  // A place after "of" inside the phrase is still a place.
  CHECK(ask("We fit kitchens. I'd love to meet dentists within ten miles of Bristol.") == 2);
}

TEST_CASE("ask: an 'Ask:' label opens its line, and only there") {
  CHECK(ask("SkyTherm Surveys\n• Who: asset managers of solar farms.\n• Ask: the asset manager at Fenfield Solar "
            "Partners LLP.") == 3);
  CHECK(ask("We fit kitchens. I ask: what do you need?") == 0);
}

TEST_CASE("ask: a coffee or a chat with someone asked for is a request to meet them") {
  CHECK(ask("I fly planes. So what I'd like from this room is a coffee with any broker who sells from Oxford.") == 2);
  CHECK(ask("I fly planes. I'd love a chat with anyone.") == 1);
  // Coffee the speaker had is a story, not a request.
  CHECK(ask("I fly planes. Last week I had a coffee with a broker in Oxford.") == 0);
}
