// report/json_value.hpp — the report as a JSON value, for callers inside the library that embed it.
#pragma once

#include <pitchclarity/report.hpp>

#include <nlohmann/json.hpp>

namespace pitchclarity {

nlohmann::ordered_json report_to_json_value(const Report& report);

}  // namespace pitchclarity
