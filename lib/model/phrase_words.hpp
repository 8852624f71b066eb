// model/phrase_words.hpp — word-level tests shared by phrase_end() and analyze_phrase(): numbers, spoken
// fillers, nouns that are kinds of client, nouns that a word before them modifies, and lemma phrases.
#pragma once

#include "model/context.hpp"

#include <cstdint>
#include <string>

namespace pitchclarity::model {

// A number at `i` (digits or number words: "twenty", "a few"); `length` gets its token count.
bool is_number_at(const Context& ctx, std::uint32_t i, std::uint32_t& length);

// True when token `next` is the noun of a thing that the words before it modify ("business" in "local
// business scene"); short function words WordNet also lists as nouns ("at", "in") do not count.
bool modifies_next_noun(const Context& ctx, std::uint32_t next);

// How many tokens of spoken filler start at `i` (cues.toml [clause] fillers: "basically", "you know").
std::uint32_t filler_at(const Context& ctx, std::uint32_t i);
bool is_spoken_filler(const Context& ctx, std::uint32_t i);

// The lemmas of the words in tokens [first, last), joined by single spaces: the form the lexicon's phrase
// tables are keyed by ("country house hotel").
std::string join_lemmas(const Context& ctx, std::uint32_t first, std::uint32_t last);

// A role, business type, generic or broad noun: a kind of client.
bool is_client_noun(const Context& ctx, std::uint32_t i);

}  // namespace pitchclarity::model
