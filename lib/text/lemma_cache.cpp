#include "text/lemma_cache.hpp"

namespace pitchclarity::text {

std::uint32_t LemmaCache::hash(std::string_view s) noexcept {
  std::uint32_t h = 2166136261U;  // FNV-1a
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619U;
  }
  return h ^ (h >> 15);  // the slot comes from the low bits, which FNV-1a mixes least
}

void LemmaCache::place(std::uint32_t index) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = entries_[index].hash & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = index + 1;
}

void LemmaCache::add(std::string_view folded, std::string_view lemma) {
  if (find(folded)) return;
  Entry e;
  e.hash = hash(folded);
  e.folded_at = static_cast<std::uint32_t>(pool_.size());
  e.folded_len = static_cast<std::uint32_t>(folded.size());
  pool_.append(folded);
  e.lemma_at = static_cast<std::uint32_t>(pool_.size());
  e.lemma_len = static_cast<std::uint32_t>(lemma.size());
  pool_.append(lemma);
  entries_.push_back(e);
  if (2 * entries_.size() > slots_.size()) {
    slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    for (std::uint32_t k = 0; k < entries_.size(); ++k) place(k);
  } else {
    place(static_cast<std::uint32_t>(entries_.size() - 1));
  }
}

std::optional<std::string_view> LemmaCache::find(std::string_view folded) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const std::uint32_t h = hash(folded);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = slots_[i];
    if (slot == 0) return std::nullopt;
    const Entry& e = entries_[slot - 1];
    if (e.hash == h && folded_of(e) == folded) return std::string_view(pool_.data() + e.lemma_at, e.lemma_len);
  }
}

}  // namespace pitchclarity::text
