// tests/bench/corpus.hpp — the standard benchmark corpus, generated deterministically.
//
// Pitches are built from sentence templates that mix niche phrases ("independent dental practices in
// Leeds", "the practice manager at …") with the vague, hedging and jargon phrases the rules look for
// ("anyone who needs a website", "basically", "synergy"), so every dimension and most rule kinds have work.
// The generator uses its own PRNG (splitmix64) and no std::*_distribution, so the same seed gives the same
// bytes with every compiler and standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pitchclarity::bench {

inline constexpr std::uint64_t kCorpusSeed = 20240610;
inline constexpr std::size_t kCorpusPitches = 1000;
inline constexpr std::size_t kMinWords = 100;
inline constexpr std::size_t kMaxWords = 200;

// Pitch `index` of the corpus with `seed`: one paragraph of kMinWords..kMaxWords words (counted as
// whitespace-separated runs), its length drawn uniformly.
std::string pitch(std::uint64_t seed, std::size_t index);

// The first `count` pitches.
std::vector<std::string> corpus(std::uint64_t seed = kCorpusSeed, std::size_t count = kCorpusPitches);

// A typical pitch: the corpus's first pitch of exactly `words` words (kMinWords..kMaxWords).
std::string typical_pitch(std::size_t words = 150, std::uint64_t seed = kCorpusSeed);

// A text of exactly `words` words for the length curve: pitch sentences of every kind (introductions, body,
// asks, gives, closings) drawn independently in the corpus's proportions, a paragraph every eight sentences,
// cut after the words-th word, which gets a full stop. Any prefix has the same mix of sentences, so the cost
// per word does not depend on where the cut falls (a prefix of one pitch would hold no ask). Same seed, same
// text; a longer text starts with the shorter.
std::string text_of_words(std::size_t words, std::uint64_t seed = kCorpusSeed);

// The length curve's inputs at one length: independent texts of `words` words (seeds kCorpusSeed,
// kCorpusSeed + 1, …), length_samples(words) of them. One 100-word text is about seven sentences, and which
// kinds it happened to draw moves its cost per word by a fifth or more (ICU's own segmentation, which is
// linear, measured 12.3x from one 100-word text to one 1,000-word text), so the curve compares the mean
// cost over several texts per length rather than one draw.
std::vector<std::string> length_samples_of(std::size_t words);

// 16 texts up to 1,000 words; one above (a 10,000-word text already holds about 700 sentences).
std::size_t length_samples(std::size_t words);

// Whitespace-separated runs: the word count the generator aims at.
std::size_t count_words(const std::string& text);

}  // namespace pitchclarity::bench
