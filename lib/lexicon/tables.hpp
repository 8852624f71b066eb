// lexicon/tables.hpp — the layout of the tables that lib/lexicon/gen writes (internal, never installed).
//
// Every table is a sorted set of byte-string keys, front-coded in blocks (see KeyTable), with its values in
// parallel arrays indexed by the key's position. The generator and the lookups share this header so the
// layout has one definition; the data itself lives in the generated lexicon_tables.cpp as constant-initialised
// arrays, so nothing runs before the first lookup.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace pitchclarity::lexicon::detail {

// Keys per block. Larger blocks are smaller on disk but scan longer; 16 keeps a lookup near a microsecond.
inline constexpr std::uint32_t kBlockKeys = 16;
inline constexpr std::uint32_t kNotFound = 0xffffffffU;

// A sorted set of keys (each at most 255 bytes), front-coded: a block's first key is stored whole as
// (length, bytes); each later key as (bytes shared with the previous key, suffix length, suffix bytes).
// A hash index finds a key's position without a binary search: most lookups (the morphology tries many
// candidate forms that do not exist) end at an empty slot or a tag mismatch without touching the keys.
struct KeyTable {
  const char* bytes = nullptr;            // the blocks, read as unsigned bytes
  const std::uint32_t* blocks = nullptr;  // byte offset of each block in `bytes`
  std::uint32_t block_count = 0;
  std::uint32_t size = 0;  // number of keys
  // Open addressing with linear probing, at most half full: slot = tag << 24 | (position + 1), 0 when empty;
  // the tag is the top byte of key_hash(). slot_mask + 1 slots (a power of two).
  const std::uint32_t* slots = nullptr;
  std::uint32_t slot_mask = 0;
};

// The hash the generator indexes keys by and find() looks them up with: FNV-1a, then a Murmur3 finaliser so
// the low bits (the slot) and the top byte (the tag) are both well mixed.
inline constexpr std::uint32_t key_hash(std::string_view key) noexcept {
  std::uint32_t h = 2166136261U;
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619U;
  }
  h ^= h >> 16;
  h *= 0x85EBCA6BU;
  h ^= h >> 13;
  h *= 0xC2B2AE35U;
  h ^= h >> 16;
  return h;
}
inline constexpr std::uint32_t kMaxIndexedKeys = (1U << 24) - 1;

// The position of `key` in the table, or kNotFound. Never allocates.
std::uint32_t find(const KeyTable& table, std::string_view key) noexcept;

// Calls visit(key, position) for every key in order (for tests and tools; lookups use find()).
void for_each_key(const KeyTable& table, void (*visit)(std::string_view key, std::uint32_t position, void* user),
                  void* user);

// match_lemma() without the word-form table: the morphology over the other tables, as it runs for a word the
// form table lacks. Tests check that the two agree on every form in the table.
std::string_view match_lemma_by_rules(std::string_view folded, std::string& scratch);

// A string in a pool, packed as offset << 8 | length.
inline std::string_view pooled(const char* pool, std::uint32_t packed) noexcept {
  return {pool + (packed >> 8), packed & 0xffU};
}

// Word flags (Words::flags): what the morphology needs to know about a single-word key.
inline constexpr std::uint8_t kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8;
inline constexpr std::uint8_t kProperOnly = 16;  // every noun sense is a proper name ("wales", "leeds")
inline constexpr std::uint8_t kRelational = 32;  // an adjective pertaining to a noun ("dental", "legal")

// Noun classes (Words::noun): kind in bits 0-2 (kNoKind when the key is not a noun), head mode in bits 3-4.
inline constexpr std::uint8_t kNoKind = 7;
enum class HeadMode : std::uint8_t {
  self,      // modifiers do not change it ("marine surveyor" is a surveyor)
  role,      // a noun modifier makes it a niche role ("hr director"), a broad one leaves it broad
  business,  // a noun modifier makes it a niche business type ("dental practice", "care home")
  owner,     // only a role or business-type modifier makes it niche ("salon owner", not "dog owner")
};
inline constexpr Kind kind_of(std::uint8_t noun) noexcept { return static_cast<Kind>(noun & 7U); }
inline constexpr bool is_noun(std::uint8_t noun) noexcept { return (noun & 7U) != kNoKind; }
inline constexpr HeadMode head_of(std::uint8_t noun) noexcept { return static_cast<HeadMode>((noun >> 3) & 3U); }
inline constexpr std::uint8_t noun_byte(std::uint8_t kind, HeadMode head) noexcept {
  return static_cast<std::uint8_t>((kind & 7U) | (static_cast<unsigned>(head) << 3));
}

// Place flags (Places::flags).
inline constexpr std::uint8_t kPlaceAlsoCommon = 1;  // also an ordinary word ("reading", "bath", "nice")

// The form place names are stored and looked up in: hyphens as spaces, no full stops, single spaces
// ("stoke-on-trent" and "stoke on trent", "st. albans" and "st albans" meet). Writes at most `cap` bytes to
// `out` and returns the length, or cap + 1 when the name does not fit.
inline std::size_t place_key(std::string_view folded, char* out, std::size_t cap) noexcept {
  std::size_t n = 0;
  bool space = true;  // drops leading spaces and collapses runs
  for (char c : folded) {
    if (c == '.') continue;
    if (c == '-' || c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && n > 0) {
      if (n == cap) return cap + 1;
      out[n++] = ' ';
    }
    space = false;
    if (n == cap) return cap + 1;
    out[n++] = c;
  }
  return n;
}

struct Tables {
  // Words: every single-word WordNet lemma of any part of speech, the curated words, and the lemma phrases
  // that carry a noun class. `flags`, `noun` and `depth` (WordNet hypernym depth) are indexed like the keys.
  KeyTable words;
  const std::uint8_t* flags;
  const std::uint8_t* noun;
  const std::uint8_t* depth;
  // WordNet's exception lists (noun, verb, adjective, adverb) and the curated lemma overrides; values are
  // pooled strings in `pool`.
  KeyTable exceptions[4];
  const std::uint32_t* exception_values[4];
  KeyTable overrides;
  const std::uint32_t* override_values;
  // British spellings of lemmas and their canonical (American, WordNet-preferred) form.
  KeyTable spellings;
  const std::uint32_t* spelling_values;
  // Word forms → match_lemma's answer, computed by the generator with the same morphology (gen/forms.hpp):
  // one probe here instead of the ten-odd probes of the tables above that the morphology makes for a word.
  // A value is a pooled string (length byte non-zero), or n << 8 for "the form without its last n bytes"
  // (0: the form is its own lemma), so the forms whose lemma they begin with need no pooled copy.
  KeyTable forms;
  const std::uint32_t* form_lemmas;
  // Modifiers, as lemmas, that classify() treats specially: nouns that only size or type a generic head
  // ("small", "local", "family") make it broad; neutral ones ("any", "new", "paying") leave it as it is.
  KeyTable broad_modifiers;
  KeyTable neutral_modifiers;
  // Place names, folded and normalised (see places.cpp), with kPlace* flags.
  KeyTable places;
  const std::uint8_t* place_flags;
  // Sector phrases (lemma phrases) → a run in `sector_list`: first << 8 | count.
  KeyTable sector_phrases;
  const std::uint32_t* sector_refs;
  const Sector* sector_list;
  // NAICS codes → their entry in `sector_list`.
  KeyTable sector_codes;
  const std::uint16_t* sector_code_entries;
  const char* pool;
};

extern const Tables kTables;  // defined in the generated lexicon_tables.cpp

}  // namespace pitchclarity::lexicon::detail
