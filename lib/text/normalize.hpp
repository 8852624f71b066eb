// text/normalize.hpp — NFC that keeps the map to original bytes exact.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pitchclarity::text {

// Puts `units` in NFC in place and rewrites `to_original` to match. Text is split at normalisation
// boundaries; a chunk that NFC changes maps every output unit to the chunk's first input byte, so a span
// over composed characters still covers all the bytes they came from. Already-NFC text (the usual case)
// is detected by a quick check and left untouched.
void normalize_nfc(std::u16string& units, std::vector<std::uint32_t>& to_original);

}  // namespace pitchclarity::text
