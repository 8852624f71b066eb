// run.hpp — one run over a source of pitches: analyse them, write them through a sink in input order,
// report the ones that could not be read, and decide the exit code.
#pragma once

#include <pitchclarity/analyzer.hpp>

#include "pitch_source.hpp"
#include "settings.hpp"
#include "sink.hpp"

namespace pitchcheck {

int run(const pitchclarity::Analyzer& analyzer, PitchSource& source, Sink& sink, const Settings& settings,
        bool show_progress);

}  // namespace pitchcheck
