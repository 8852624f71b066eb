#include "run.hpp"

#include <fstream>
#include <iostream>

#include "batch_runner.hpp"
#include "exit_codes.hpp"
#include "group_summary.hpp"
#include "html_file.hpp"
#include "progress.hpp"

namespace pitchcheck {

int run(const pitchclarity::Analyzer& analyzer, PitchSource& source, Sink& sink, const Settings& settings,
        bool show_progress) {
  GroupSummary group;
  // Group matching needs every member at the end: only batch --format json and --html keep them.
  const bool html = settings.command == Command::batch && !settings.html_file.empty();
  if (html) {
    group.keep_members(GroupSummary::Keep::cards);
  } else if (settings.command == Command::batch && settings.format == Format::json) {
    group.keep_members(GroupSummary::Keep::matching);
  }
  std::ofstream html_out;
  if (html) {
    if (const auto error = open_html_file(settings.html_file, html_out)) {
      std::cerr << "pitchcheck: error: " << *error << '\n';
      return kExitUsage;
    }
  }
  ProgressBar progress(show_progress);
  std::uint64_t seen = 0;
  std::uint64_t below = 0;

  RunHooks hooks;
  const bool offers = group.keeps_members();
  hooks.render = [&sink, &analyzer, offers](Outcome& o) {
    o.rendered = sink.render(o.pitch, *o.report);
    if (offers) o.offer = pitchclarity::offer_profile(analyzer, *o.report);  // on the worker thread
  };
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
    if (offers) {
      group.add(*o.report, o.pitch.text, std::move(o.offer));
    } else {
      group.add(*o.report);
    }
    if (settings.min_score && o.report->score < *settings.min_score) ++below;
  };
  hooks.tick = [&] { progress.update(seen, source.progress()); };
  run_pitches(analyzer, source, settings.jobs, hooks);
  group.match(static_cast<std::size_t>(settings.top));
  sink.finish(group);
  progress.clear();
  std::cout.flush();
  if (html) {
    if (const auto error = write_html_file(settings.html_file, html_out, group, settings)) {
      std::cerr << "pitchcheck: error: " << *error << '\n';
      return kExitInput;
    }
  }

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
