// lexicon/key_table.cpp — lookups in the front-coded key tables (layout in tables.hpp).
#include <algorithm>
#include <cstddef>

#include "lexicon/tables.hpp"

namespace pitchclarity::lexicon::detail {
namespace {

std::uint8_t byte_at(const char* p) noexcept { return static_cast<std::uint8_t>(*p); }

// The first key of a block, stored whole.
std::string_view head_key(const KeyTable& t, std::uint32_t block) noexcept {
  const char* p = t.bytes + t.blocks[block];
  return {p + 1, byte_at(p)};
}

std::size_t common_prefix(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

}  // namespace

std::uint32_t find(const KeyTable& t, std::string_view key) noexcept {
  if (t.block_count == 0 || key.size() > 255) return kNotFound;
  // The last block whose first key is <= key.
  std::uint32_t lo = 0, hi = t.block_count;
  while (hi - lo > 1) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (head_key(t, mid) <= key)
      lo = mid;
    else
      hi = mid;
  }
  std::string_view current = head_key(t, lo);
  if (current > key) return kNotFound;
  // Scan the block. `matched` is how many leading bytes the current key shares with `key`; since keys only
  // grow, a later key that keeps fewer of the current key's bytes than `matched` has passed `key`.
  std::size_t matched = common_prefix(current, key);
  const std::uint32_t first = lo * kBlockKeys;
  const std::uint32_t last = std::min(first + kBlockKeys, t.size);
  const char* p = t.bytes + t.blocks[lo] + 1 + current.size();
  std::size_t current_size = current.size();
  for (std::uint32_t index = first;; ++index) {
    if (matched == key.size()) return matched == current_size ? index : kNotFound;  // else key is a prefix
    if (index + 1 >= last) return kNotFound;
    const std::size_t shared = byte_at(p);
    const std::size_t suffix_size = byte_at(p + 1);
    const std::string_view suffix{p + 2, suffix_size};
    p += 2 + suffix_size;
    current_size = shared + suffix_size;
    if (shared < matched) return kNotFound;  // differs earlier than the current key did, and is larger
    if (shared > matched) continue;          // agrees with the current key (smaller than `key`) past `matched`
    matched += common_prefix(suffix, key.substr(matched));
    if (matched < key.size() &&
        matched<current_size&& static_cast<unsigned char>(suffix[matched - shared])> static_cast<unsigned char>(
            key[matched]))
      return kNotFound;
  }
}

}  // namespace pitchclarity::lexicon::detail
