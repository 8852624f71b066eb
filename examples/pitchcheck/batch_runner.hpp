// batch_runner.hpp — analysing pitches on N threads while keeping input order and bounded memory.
//
// The main thread reads pitches into a window of at most a few hundred, worker threads analyse them, and
// the main thread hands each result to `deliver` strictly in input order as soon as it and everything
// before it are done. At most the window is held at once, whatever the size of the input, and the
// sequence of deliveries is the same for any number of threads.
#pragma once

#include <functional>
#include <optional>
#include <pitchclarity/analyzer.hpp>
#include <pitchclarity/group.hpp>
#include <string>

#include "pitch_source.hpp"

namespace pitchcheck {

struct Outcome {
  Pitch pitch;
  std::optional<pitchclarity::Report> report;  // absent when pitch.error says why it could not be analysed
  std::string rendered;                        // what `render` made of it
  pitchclarity::OfferProfile offer;            // filled by `render` when the group keeps its members
};

struct RunHooks {
  std::function<void(Outcome&)> render;   // on a worker thread, after analysis, for analysed pitches only
  std::function<void(Outcome&)> deliver;  // in input order, on the calling thread
  std::function<void()> tick;             // now and then (at least every 100 ms) on the calling thread
};

void run_pitches(const pitchclarity::Analyzer& analyzer, PitchSource& source, unsigned threads, const RunHooks& hooks);

}  // namespace pitchcheck
