// html_escape.hpp — pitch text into HTML: every piece of user text in the group report goes through here.
#pragma once

#include <string>
#include <string_view>

namespace pitchcheck {

// Text for an element's content or a quoted attribute value: & < > " ' become character references, so a
// pitch holding "<script>" shows as text. The result is always valid UTF-8: an invalid byte becomes U+FFFD,
// as do NUL and the C0 and C1 controls other than tab and line feed. A carriage return becomes "&#13;",
// which (unlike a raw CR) the HTML parser keeps, so the page's text is the pitch's bytes exactly.
std::string html_escape(std::string_view text);

// The length of the UTF-8 sequence starting at text[i] if it is valid, else 0.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace pitchcheck
