// model/phrase_words.hpp — word-level tests shared by phrase_end() and analyze_phrase(): numbers, spoken
// fillers, nouns that are kinds of client, and nouns that a word before them modifies.
#pragma once

#include "model/context.hpp"

#include <cstdint>

namespace pitchclarity::model {

// A number at `i` (digits or number words: "twenty", "a few"); `length` gets its token count.
bool is_number_at(const Context& ctx, std::uint32_t i, std::uint32_t& length);

// True when token `next` is the noun of a thing that the words before it modify ("business" in "local
// business scene"); short function words WordNet also lists as nouns ("at", "in") do not count.
bool modifies_next_noun(const Context& ctx, std::uint32_t next);

// How many tokens of spoken filler start at `i` (cues.toml [clause] fillers: "basically", "you know").
std::uint32_t filler_at(const Context& ctx, std::uint32_t i);
bool is_spoken_filler(const Context& ctx, std::uint32_t i);

// A role, business type, generic or broad noun: a kind of client.
bool is_client_noun(const Context& ctx, std::uint32_t i);

}  // namespace pitchclarity::model
