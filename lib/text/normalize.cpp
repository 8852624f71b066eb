#include "text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace pitchclarity::text {

void normalize_nfc(std::u16string& units, std::vector<std::uint32_t>& to_original) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;  // ICU data missing: analyse un-normalised rather than fail

  const auto n = static_cast<std::int32_t>(units.size());
  const icu::UnicodeString whole(false, units.data(), n);  // read-only alias, no copy
  const std::int32_t prefix = nfc->spanQuickCheckYes(whole, status);
  if (U_FAILURE(status) || prefix == n) return;

  // Back up to a boundary so the first chunk we normalise starts cleanly.
  std::int32_t start = prefix;
  while (start > 0) {
    UChar32 c = 0;
    U16_GET(units.data(), 0, start, n, c);
    if (nfc->hasBoundaryBefore(c)) break;
    U16_BACK_1(units.data(), 0, start);
  }

  std::u16string out(units.data(), static_cast<std::size_t>(start));
  std::vector<std::uint32_t> map(to_original.begin(), to_original.begin() + start);
  out.reserve(units.size());
  map.reserve(to_original.size());

  std::int32_t i = start;
  while (i < n) {
    // The chunk runs to the next character that has a boundary before it.
    std::int32_t j = i;
    U16_FWD_1(units.data(), j, n);
    while (j < n) {
      UChar32 c = 0;
      U16_GET(units.data(), 0, j, n, c);
      if (nfc->hasBoundaryBefore(c)) break;
      U16_FWD_1(units.data(), j, n);
    }
    const icu::UnicodeString chunk(false, units.data() + i, j - i);
    if (nfc->isNormalized(chunk, status) || U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      out.append(units.data() + i, static_cast<std::size_t>(j - i));
      map.insert(map.end(), to_original.begin() + i, to_original.begin() + j);
    } else {
      icu::UnicodeString composed;
      nfc->normalize(chunk, composed, status);
      if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        composed = chunk;
      }
      out.append(reinterpret_cast<const char16_t*>(composed.getBuffer()), static_cast<std::size_t>(composed.length()));
      map.insert(map.end(), static_cast<std::size_t>(composed.length()), to_original[static_cast<std::size_t>(i)]);
    }
    i = j;
  }
  map.push_back(to_original.back());
  units = std::move(out);
  to_original = std::move(map);
}

}  // namespace pitchclarity::text
