// lexicon/key_table.cpp — lookups in the front-coded key tables (layout in tables.hpp).
#include <cstring>

#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon::detail {
namespace {

std::uint8_t byte_at(const char* p) noexcept { return static_cast<std::uint8_t>(*p); }

// How many of the first `n` bytes at `p` agree with the start of `key`.
std::size_t common_prefix(const char* p, std::size_t n, std::string_view key) noexcept {
  std::size_t i = 0;
  while (i < n && i < key.size() && p[i] == key[i]) ++i;
  return i;
}

// Is the key at `position` equal to `key`? Walks the position's block from its first key, at most kBlockKeys
// short steps in one or two cache lines, keeping only how long a prefix the current key shares with `key`:
// a key that keeps more of its predecessor than that prefix diverges where the predecessor did, and needs no
// look at its bytes. Rebuilding each key with memcpy instead cost about 6% of an analysis (perf, corpus).
bool key_is(const KeyTable& t, std::uint32_t position, std::string_view key) noexcept {
  const std::uint32_t block = position / kBlockKeys;
  const char* p = t.bytes + t.blocks[block];
  std::size_t size = byte_at(p);
  std::size_t match = common_prefix(p + 1, size, key);
  p += 1 + size;
  for (std::uint32_t i = block * kBlockKeys; i < position; ++i) {
    const std::size_t shared = byte_at(p);
    const std::size_t suffix = byte_at(p + 1);
    if (shared <= match) match = shared + common_prefix(p + 2, suffix, key.substr(shared));
    size = shared + suffix;
    p += 2 + suffix;
  }
  return size == key.size() && match == size;
}

}  // namespace

std::uint32_t find(const KeyTable& t, std::string_view key) noexcept {
  if (t.size == 0 || t.slots == nullptr || key.size() > 255) return kNotFound;
  const std::uint32_t h = key_hash(key);
  const std::uint32_t tag = h >> 24;
  for (std::uint32_t i = h & t.slot_mask;; i = (i + 1) & t.slot_mask) {
    const std::uint32_t slot = t.slots[i];
    if (slot == 0) return kNotFound;  // the table is at most half full, so every probe sequence ends
    if ((slot >> 24) != tag) continue;
    const std::uint32_t position = (slot & 0xFFFFFFU) - 1;
    if (key_is(t, position, key)) return position;
  }
}

void for_each_key(const KeyTable& t, void (*visit)(std::string_view key, std::uint32_t position, void* user),
                  void* user) {
  char current[256];
  std::size_t size = 0;
  for (std::uint32_t block = 0; block < t.block_count; ++block) {
    const char* p = t.bytes + t.blocks[block];
    const std::uint32_t first = block * kBlockKeys;
    for (std::uint32_t i = first; i < t.size && i < first + kBlockKeys; ++i) {
      if (i == first) {
        size = byte_at(p);
        std::memcpy(current, p + 1, size);
        p += 1 + size;
      } else {
        const std::size_t shared = byte_at(p);
        const std::size_t suffix = byte_at(p + 1);
        std::memcpy(current + shared, p + 2, suffix);
        size = shared + suffix;
        p += 2 + suffix;
      }
      visit(std::string_view(current, size), i, user);
    }
  }
}

}  // namespace pitchclarity::lexicon::detail
