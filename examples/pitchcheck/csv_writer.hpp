// csv_writer.hpp — writing RFC 4180 CSV: CRLF after every record, and a field in double quotes (with its
// quotes doubled) exactly when it holds a comma, a quote, a line break or leading or trailing spaces.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace pitchcheck {

std::string csv_field(std::string_view value);
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace pitchcheck
