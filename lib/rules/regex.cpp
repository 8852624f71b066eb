// rules/regex.cpp — compiling and running u32regex patterns with a bound on their work.
#include "rules/regex.hpp"

#include <unicode/umachine.h>

#include <boost/regex/icu.hpp>
#include <stdexcept>
#include <type_traits>

namespace pitchclarity::rules {

static_assert(std::is_same_v<UChar32, std::int32_t>, "Utf32Text stores UChar32 as std::int32_t");

struct RegexMatcher::Impl {
  boost::u32regex re;
};

namespace {
constexpr bool is_lead(char16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
constexpr bool is_trail(char16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }
}  // namespace

void Utf32Text::assign(std::u16string_view utf16) {
  // Sized once and written by index: this runs on every analysis, over the whole text.
  text.resize(utf16.size());
  utf16_index.resize(utf16.size() + 1);
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf16.size(); ++n) {
    utf16_index[n] = static_cast<std::uint32_t>(i);
    const char16_t unit = utf16[i];
    if (is_lead(unit) && i + 1 < utf16.size() && is_trail(utf16[i + 1])) {
      text[n] = 0x10000 + ((unit - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      i += 2;
    } else {
      text[n] = is_lead(unit) || is_trail(unit) ? 0xFFFD : static_cast<UChar32>(unit);
      ++i;
    }
  }
  text.resize(n);
  utf16_index[n] = static_cast<std::uint32_t>(utf16.size());
  utf16_index.resize(n + 1);
}

std::pair<std::uint32_t, std::uint32_t> Utf32Text::bytes(const text::Document& doc, std::size_t start,
                                                         std::size_t end) const noexcept {
  const auto first16 = utf16_index[start];
  const auto last16 = utf16_index[end] - 1;  // the last unit of the last code point
  return {doc.original_offset(first16), doc.original_end(last16)};
}

bool RegexMatcher::compile(const std::string& pattern, std::string& problem, std::size_t& offset) {
  try {
    auto impl = std::make_shared<Impl>();
    impl->re = boost::make_u32regex(pattern, boost::regex_constants::perl | boost::regex_constants::icase);
    impl_ = std::move(impl);
    return true;
  } catch (const boost::regex_error& e) {
    problem = e.what();
    // Boost appends "  The error occurred while parsing the regular expression: '…>>>HERE>>>…'."
    if (const auto cut = problem.find("  The error occurred"); cut != std::string::npos) problem.resize(cut);
    while (!problem.empty() && (problem.back() == '.' || problem.back() == ' ')) problem.pop_back();
    offset = e.position() < 0 ? 0 : static_cast<std::size_t>(e.position());
    return false;
  } catch (const std::exception& e) {  // ICU conversion failures and the like
    problem = e.what();
    offset = 0;
    return false;
  }
}

bool RegexMatcher::find(const Utf32Text& text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) const {
  if (!impl_) return true;
  const UChar32* const begin = text.text.data();
  const UChar32* const end = begin + text.text.size();
  boost::match_results<const UChar32*> m;
  const UChar32* position = begin;
  try {
    while (position <= end) {
      auto flags = boost::match_default;
      if (position != begin) flags |= boost::match_prev_avail;
      if (!boost::u32regex_search(position, end, m, impl_->re, flags)) break;
      const auto start = static_cast<std::uint32_t>(m[0].first - begin);
      const auto stop = static_cast<std::uint32_t>(m[0].second - begin);
      if (stop > start) {
        out.emplace_back(start, stop);
        position = m[0].second;
      } else {
        if (m[0].second == end) break;
        position = m[0].second + 1;
      }
    }
  } catch (const std::runtime_error&) {  // boost::regex_error: complexity or memory bound reached
    return false;
  }
  return true;
}

}  // namespace pitchclarity::rules
