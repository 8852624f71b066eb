#include "model/model_data.hpp"

#include "model/cue_tables.hpp"
#include "model/embedded_data.hpp"

#include <toml++/toml.h>

namespace pitchclarity::model {
namespace {

std::string where(std::string_view file, const toml::source_region& r) {
  return std::string(file) + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

// The built-in lists come tokenised from the build (model/cue_tables.hpp): no TOML, ICU or lemmatizer here.
Error read_list(std::string_view file, std::string_view section, std::string_view key, CueVocabulary& vocabulary,
                PhraseList& out) {
  const PrecompiledCueList* list = find_precompiled_cue_list(section, key);
  if (list == nullptr) return {std::string(file), "missing list [" + std::string(section) + "] " + std::string(key)};
  out = PhraseList(list->phrases, vocabulary);
  return {};
}

Error read_number(const toml::table& root, std::string_view file, std::string_view path, double& out) {
  const auto v = root.at_path(path).value<double>();
  if (!v) return {std::string(file), "missing number " + std::string(path)};
  out = *v;
  return {};
}

}  // namespace

Error load_model_data(ModelData& d) {
  toml::table score;
  try {
    score = toml::parse(embedded::score_toml, std::string_view("lib/model/data/score.toml"));
  } catch (const toml::parse_error& e) {
    return {where(*e.source().path, e.source()), std::string(e.description())};
  }
  const std::string_view f = "lib/model/data/cues.toml";
  struct Entry {
    const char* section;
    const char* key;
    PhraseList* list;
  };
  const Entry entries[] = {
      {"target", "cues", &d.target_cues},           {"ask", "cues", &d.ask_cues},
      {"target", "weak", &d.weak_target_cues},      {"target", "skippable", &d.cue_skippable},
      {"ask", "non_introduction", &d.ask_non_introduction}, {"ask", "anaphora", &d.ask_anaphora},
      {"ask", "room_questions", &d.ask_room_questions}, {"ask", "requests", &d.ask_requests},
      {"ask", "imperatives", &d.ask_imperatives},
      {"give", "cues", &d.give_cues},               {"offer", "cues", &d.offer_cues},
      {"offer", "generic", &d.offer_generic},       {"clause", "stop", &d.clause_stop},
      {"clause", "continue_after_comma", &d.continue_after_comma}, {"clause", "product_verbs", &d.product_verbs},
      {"clause", "negations", &d.negations},        {"clause", "relative", &d.relative},
      {"clause", "clause_openers", &d.clause_openers}, {"target", "not_targets", &d.not_targets},
      {"qualifier", "place_prepositions", &d.place_prepositions}, {"target", "job_heads", &d.job_heads},
      {"target", "broad_targets", &d.broad_targets}, {"qualifier", "size_units", &d.size_units},
      {"qualifier", "size_words", &d.size_words},   {"qualifier", "moment", &d.moment},
      {"qualifier", "not_moment", &d.not_moment}, {"qualifier", "local_places", &d.local_places},
      {"give", "offering", &d.give_offering}, {"clause", "fillers", &d.fillers},
      {"ask", "back", &d.ask_back},
      {"target", "answered_questions", &d.answered_questions}, {"target", "client_words", &d.client_words},
      {"target", "pointers", &d.target_pointers},   {"ask", "pointers", &d.ask_pointers},   {"target", "speaker_predicates", &d.speaker_predicates},
      {"qualifier", "number_words", &d.number_words}, {"problem", "pain", &d.pain},
      {"problem", "consequence", &d.consequence},   {"problem", "benefit", &d.benefit},
      {"problem", "benefit_frames", &d.benefit_frames},
      {"problem", "measure_units", &d.measure_units}, {"problem", "vague_feelings", &d.vague_feelings},
      {"problem", "disclaimers", &d.disclaimers},   {"problem", "price_before", &d.price_before},
      {"problem", "price_after", &d.price_after},   {"problem", "speaker_subjects", &d.speaker_subjects},
      {"problem", "shares", &d.shares},             {"problem", "plural_times", &d.plural_times},
      {"problem", "time_references", &d.time_references}, {"problem", "share_units", &d.share_units},
      {"problem", "clause_connectives", &d.clause_connectives}, {"problem", "cost_nouns", &d.cost_nouns},
      {"problem", "requests", &d.requests},         {"problem", "subordinators", &d.subordinators},
      {"problem", "cost_verbs", &d.cost_verbs},     {"problem", "feeling_objects", &d.feeling_objects},
      {"problem", "damage_costs", &d.damage_costs}, {"problem", "story_times", &d.story_times},
      {"problem", "durations", &d.durations},       {"problem", "cost_objects", &d.cost_objects},
      {"problem", "own_shares", &d.own_shares},
      {"problem", "currency_words", &d.currency_words}, {"problem", "universal_subjects", &d.universal_subjects},
      {"problem", "discounts", &d.discounts},       {"problem", "verdict_verbs", &d.verdict_verbs},
      {"problem", "cost_rises", &d.cost_rises},     {"problem", "pain_denials", &d.pain_denials},
      {"problem", "resignations", &d.resignations},  {"problem", "withdrawals", &d.withdrawals},
      {"problem", "material_things", &d.material_things}, {"problem", "time_determiners", &d.time_determiners},
      {"problem", "destructions", &d.destructions},     {"problem", "anaphors", &d.anaphors},
      {"problem", "not_failures", &d.not_failures},
      {"problem", "hypothetical_subjects", &d.hypothetical_subjects}, {"problem", "hypothetical_openers", &d.hypothetical_openers},
      {"problem", "abstract_pains", &d.abstract_pains}, {"problem", "indefinites", &d.indefinites},
      {"problem", "repetitions", &d.repetitions},   {"problem", "copular_adjectives", &d.copular_adjectives},
      {"problem", "falls", &d.falls},
  };
  for (const Entry& e : entries) {
    if (Error err = read_list(f, e.section, e.key, d.vocabulary, *e.list)) return err;
  }
  const std::string_view s = "lib/model/data/score.toml";
  ScoreWeights& w = d.weights;
  double max_vague = 0;
  struct Number {
    const char* path;
    double* value;
  };
  const Number numbers[] = {
      {"weights.target", &w.target},   {"weights.industry", &w.industry}, {"weights.problem", &w.problem},
      {"weights.ask", &w.ask},         {"weights.give", &w.give},         {"weights.offer", &w.offer},
      {"weights.clarity", &w.clarity}, {"penalties.vague_penalty", &w.vague_penalty},
      {"penalties.max_vague_findings", &max_vague}, {"penalties.over_slot_penalty", &w.over_slot_penalty},
      {"caps.target0", &w.cap_target0}, {"caps.target1", &w.cap_target1}, {"caps.vague_ask", &w.cap_vague_ask},
  };
  for (const Number& n : numbers) {
    if (Error err = read_number(score, s, n.path, *n.value)) return err;
  }
  w.max_vague_findings = static_cast<int>(max_vague);
  return {};
}

}  // namespace pitchclarity::model
