// model/input_findings.hpp — findings about the input itself: invalid UTF-8, truncation, emptiness.
#pragma once

#include "text/document.hpp"

#include <pitchclarity/report.hpp>

#include <vector>

namespace pitchclarity {

Span make_span(const text::Document& doc, std::uint32_t start, std::uint32_t end);

void add_input_findings(const text::Document& doc, std::size_t full_size, std::size_t max_bytes,
                        std::vector<Finding>& out);

}  // namespace pitchclarity
