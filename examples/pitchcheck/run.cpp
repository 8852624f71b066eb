#include "run.hpp"

#include <iostream>

#include "batch_runner.hpp"
#include "exit_codes.hpp"
#include "group_summary.hpp"
#include "progress.hpp"

namespace pitchcheck {

int run(const pitchclarity::Analyzer& analyzer, PitchSource& source, Sink& sink, const Settings& settings,
        bool show_progress) {
  GroupSummary group;
  ProgressBar progress(show_progress);
  std::uint64_t seen = 0;
  std::uint64_t below = 0;

  RunHooks hooks;
  hooks.render = [&sink](Outcome& o) { o.rendered = sink.render(o.pitch, *o.report); };
  hooks.deliver = [&](Outcome& o) {
    ++seen;
    if (!o.report) {
      progress.clear();
      std::cout.flush();  // keep stdout and stderr in order when both go to one terminal
      std::cerr << "pitchcheck: error: " << o.pitch.where << ": " << o.pitch.error << '\n';
      group.add_unreadable();
      return;
    }
    sink.write(o.rendered);
    group.add(*o.report);
    if (settings.min_score && o.report->score < *settings.min_score) ++below;
  };
  hooks.tick = [&] { progress.update(seen, source.progress()); };
  run_pitches(analyzer, source, settings.jobs, hooks);
  sink.finish(group);
  progress.clear();
  std::cout.flush();

  if (below > 0) {
    std::cerr << "pitchcheck: " << below << (below == 1 ? " pitch scores" : " pitches score") << " below --min-score "
              << *settings.min_score << '\n';
  }
  if (group.unreadable() > 0) {
    std::cerr << "pitchcheck: " << group.unreadable() << " of " << seen << (seen == 1 ? " input" : " inputs")
              << " could not be read; the errors above say where\n";
    return kExitInput;
  }
  return below > 0 ? kExitBelowMin : kExitOk;
}

}  // namespace pitchcheck
