// model/model_data.hpp — the model's cue phrases and word lists (lib/model/data/cues.toml) and the score
// weights (lib/model/data/score.toml), compiled once when the Analyzer is built.
#pragma once

#include "model/phrase_list.hpp"

#include <pitchclarity/analyzer.hpp>

#include <map>
#include <string>

namespace pitchclarity::model {

struct ScoreWeights {
  // Weights of each dimension's normalised level (level / max) in the weighted mean.
  double target = 0, industry = 0, problem = 0, ask = 0, give = 0, offer = 0, clarity = 0;
  double vague_penalty = 0;      // points off per vague finding (at most max_vague_findings of them)
  int max_vague_findings = 0;
  double over_slot_penalty = 0;  // points off when the pitch runs over its slot
  // Ceilings by target level: a pitch nobody can picture cannot score well, whatever else it does well.
  double cap_target0 = 100, cap_target1 = 100, cap_vague_ask = 100;
};

struct ModelData {
  CueVocabulary vocabulary;  // the words of every list below
  PhraseList target_cues, weak_target_cues, cue_skippable, ask_cues, ask_non_introduction, ask_back, ask_anaphora,
      ask_room_questions, ask_requests, ask_imperatives, give_cues, give_offering, offer_cues, offer_generic;
  PhraseList clause_stop, fillers, continue_after_comma, product_verbs, negations, relative, clause_openers, not_targets;
  PhraseList answered_questions, client_words, target_pointers, ask_pointers, speaker_predicates;
  PhraseList job_heads, broad_targets, place_prepositions, local_places, size_units, size_words, moment, not_moment,
      number_words;
  PhraseList pain, consequence, benefit, benefit_frames, measure_units, vague_feelings, disclaimers;
  PhraseList price_before, price_after, speaker_subjects, shares, share_units, plural_times;
  PhraseList currency_words, universal_subjects, discounts, verdict_verbs, cost_rises, pain_denials, resignations,
      withdrawals, material_things;
  PhraseList time_references, clause_connectives, cost_nouns, requests, subordinators, cost_verbs, feeling_objects, damage_costs, story_times, durations, cost_objects,
      own_shares, time_determiners, destructions, anaphors, repetitions, abstract_pains, indefinites, not_failures, hypothetical_subjects, hypothetical_openers,
      copular_adjectives, falls;
  ScoreWeights weights;
};

// Builds the cue lists from the tables compiled in at build time (model/cue_tables.hpp) and parses the
// embedded score weights. Errors name the data file (and, for the weights, line and column).
Error load_model_data(ModelData& out);

}  // namespace pitchclarity::model
