// Options are declared once per command; options both commands take are added by add_shared_options so
// `pitchcheck --help` and `pitchcheck batch --help` each list everything that command accepts.
#include "cli_options.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <pitchclarity/version.hpp>
#include <string>
#include <thread>
#include <vector>

#include "exit_codes.hpp"
#include "suggest.hpp"

namespace pitchcheck {
namespace {

constexpr const char* kCheckExamples = R"(Examples:
  pitchcheck pitch.txt                       check one pitch; warnings point at the words to change
  pitchcheck -                               check a pitch typed or pasted on standard input (end with Ctrl-D)
  pitchcheck --slot 45 --wpm 160 pitch.txt   a 45-second slot and a fast speaker
  pitchcheck --min-score 65 pitches/*.txt    exit 1 if any pitch scores below 65 ("clear")
  pitchcheck --format json pitch.txt         the full report, as JSON
  pitchcheck --rules our-club.toml --disable jargon.synergy pitch.txt
  pitchcheck --list-rules                    every rule, one a line
  pitchcheck --explain vague.paying-clients  what a rule looks for, with examples
  pitchcheck batch pitches.csv               score a whole group (see pitchcheck batch --help)

Exit status:
  0  every input was read and every pitch met --min-score
  1  at least one pitch scored below --min-score
  2  usage error: unknown option, bad value, unknown rule id, missing input
  3  some input could not be read or parsed (the others were still checked)
  4  a --rules file could not be read or is not a valid rule pack

Colour is used when standard output is a terminal; NO_COLOR=1 turns it off unless --color=always.)";

constexpr const char* kBatchExamples = R"(INPUT is one of:
  a folder        every .txt and .md file in it, by name; the id is the file name
  a CSV file      RFC 4180 with a header row; the id column is "id" or "name" (else the row number),
                  the text column "text" or "pitch"; change them with --id-column and --text-column
  a JSONL file    one JSON object a line with "id" and "text" (or "name" and "pitch")
  -               standard input, with --input-format csv or jsonl

Examples:
  pitchcheck batch pitches.csv                          a line per pitch, then a summary of the group
  pitchcheck batch --format csv pitches.csv > scores.csv   a row per pitch for a spreadsheet
  pitchcheck batch --format jsonl -j 4 pitches.jsonl    a full report per line, on four threads
  pitchcheck batch --format json pitches/               {"pitches": [...], "group": {...}} with who could refer whom
  pitchcheck batch --html report.html pitches.csv       also write the group report as one HTML page
  pitchcheck batch --text-column "Your pitch" --id-column Name form-responses.csv

A row that cannot be used (empty text, broken quoting, a malformed JSON line, an unreadable file) is
reported on stderr with its file and line; the batch goes on and exits with status 3 at the end.
Output is in input order and the same whatever -j is.

Exit status: 0 ok, 1 a pitch below --min-score, 2 usage error, 3 some input unreadable, 4 bad --rules file.)";

// Choices and ranges with messages a newcomer can read ("--format: 'yaml' is not one of text, json, …"),
// in place of CLI11's generic ones.
template <class T>
CLI::Validator one_of(const std::map<std::string, T>& choices) {
  return CLI::Validator(
      [&choices](std::string& value) -> std::string {
        std::string lower = value;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (choices.count(lower) != 0) {
          value = lower;
          return {};
        }
        std::string names;
        for (const auto& [name, _] : choices) names += (names.empty() ? "" : ", ") + name;
        return "'" + value + "' is not one of " + names;
      },
      "");
}

CLI::Validator between(double low, double high) {
  return CLI::Validator(
      [low, high](std::string& value) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(value.c_str(), &end);
        if (end != value.c_str() && *end == '\0' && x >= low && x <= high) return {};
        char range[64];
        std::snprintf(range, sizeof range, "%g to %g", low, high);
        return "'" + value + "' is not a number from " + range;
      },
      "");
}

struct Choices {
  std::string format = "text";
  std::string color = "auto";
  std::string input_format = "auto";
};

const std::map<std::string, Format> kFormats{
    {"csv", Format::csv}, {"json", Format::json}, {"jsonl", Format::jsonl}, {"text", Format::text}};
const std::map<std::string, ColorMode> kColors{
    {"always", ColorMode::always}, {"auto", ColorMode::automatic}, {"never", ColorMode::never}};
const std::map<std::string, InputFormat> kInputFormats{{"auto", InputFormat::automatic},
                                                       {"csv", InputFormat::csv},
                                                       {"folder", InputFormat::folder},
                                                       {"jsonl", InputFormat::jsonl}};

void add_shared_options(CLI::App& app, Settings& s, Choices& c) {
  app.add_option("--format", c.format, "Output format: text, json, jsonl or csv (default text)")
      ->transform(one_of(kFormats))
      ->option_text("FORMAT");
  app.add_option("--color", c.color, "Colour the text output: auto, always or never (default auto)")
      ->transform(one_of(kColors))
      ->option_text("WHEN");
  app.add_option("--min-score", s.min_score.emplace(), "Exit with status 1 if any pitch scores below N (0-100)")
      ->check(between(0, 100))
      ->option_text("N");
  app.add_option("--wpm", s.words_per_minute.emplace(), "Speaking rate for the time estimate (default 150)")
      ->check(between(1, 1000))
      ->option_text("WORDS");
  app.add_option("--slot", s.slot_seconds.emplace(), "The speaking slot in seconds (default 60)")
      ->check(between(1, 3600))
      ->option_text("SECONDS");
  app.add_option("--rules", s.rule_files, "Load a rule pack (TOML) after the built-in rules; repeatable")
      ->expected(1)
      ->allow_extra_args(false)  // --rules a.toml pitch.txt: the pitch is not a second pack
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->option_text("FILE");
  app.add_option("--disable", s.disabled_rules, "Switch a rule off by id; repeatable")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->option_text("ID");
}

// CLI11 leaves an optional's value in place whether or not the option was given; keep only given ones.
template <class T>
void keep_if_given(const CLI::App& app, const CLI::App& sub, const std::string& name, std::optional<T>& value) {
  if (app.count(name) == 0 && sub.count(name) == 0) value.reset();
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names{"--help", "--version"};
  for (const CLI::Option* opt : app.get_options()) {
    for (const std::string& n : opt->get_lnames()) names.push_back("--" + n);
  }
  return names;
}

int report_extras(const CLI::App& app, const std::vector<std::string>& extras) {
  for (const std::string& arg : extras) {
    if (arg.size() > 1 && arg[0] == '-') {
      const std::string name = arg.substr(0, arg.find('='));
      std::cerr << "pitchcheck: error: unknown option '" << name << "'";
      const std::string near = nearest(name, option_names(app));
      if (!near.empty()) std::cerr << "; did you mean '" << near << "'?";
      std::cerr << '\n';
    } else {
      std::cerr << "pitchcheck: error: unexpected argument '" << arg << "'\n";
    }
  }
  std::cerr << "Run 'pitchcheck --help' for the options.\n";
  return kExitUsage;
}

}  // namespace

ParseOutcome parse_command_line(int argc, const char* const* argv) {
  ParseOutcome out;
  Settings& s = out.settings;

  CLI::App app{
      "pitchcheck checks an elevator pitch the way a compiler checks code: it points at every vague\n"
      "phrase, says what to write instead, and scores whether a listener could refer you.",
      "pitchcheck"};
  app.set_version_flag("--version", std::string("pitchcheck ") + PITCHCLARITY_VERSION_STRING + " (pitchclarity " +
                                        pitchclarity::version() + ")");
  app.allow_extras();
  app.add_option("FILE", s.files, "Pitch files to check; - reads standard input");
  Choices choices;
  add_shared_options(app, s, choices);
  bool list_rules = false;
  app.add_flag("--list-rules", list_rules, "List every rule (with --format json, jsonl or csv for data) and exit");
  app.add_option("--explain", s.explain_id, "Explain one rule: what it looks for, why, examples")->option_text("ID");
  app.footer(kCheckExamples);

  CLI::App* batch = app.add_subcommand("batch", "Score many pitches at once: a folder, a CSV or a JSONL file");
  batch->allow_extras();
  batch->add_option("INPUT", s.batch_input, "A folder of .txt/.md files, a .csv or .jsonl file, or -");
  add_shared_options(*batch, s, choices);
  batch
      ->add_option("--input-format", choices.input_format,
                   "How to read INPUT: auto, folder, csv or jsonl (default auto)")
      ->transform(one_of(kInputFormats))
      ->option_text("KIND");
  batch->add_option("--id-column", s.id_column, "CSV column or JSONL key holding the id (default id, then name)")
      ->option_text("NAME");
  batch
      ->add_option("--text-column", s.text_column,
                   "CSV column or JSONL key holding the pitch (default text, then pitch)")
      ->option_text("NAME");
  batch->add_option("-j,--jobs", s.jobs, "Analyse on N threads (default: one per core)")
      ->check(between(1, 1024))
      ->option_text("N");
  batch->add_option("--top", s.top, "How many common phrases the group summary lists (default 10)")
      ->check(between(1, 1000))
      ->option_text("N");
  batch
      ->add_option("--html", s.html_file,
                   "Also write the group report (scores, highlighted pitches, who could refer whom) as one "
                   "self-contained HTML file")
      ->option_text("FILE");
  bool no_progress = false;
  batch->add_flag("--no-progress", no_progress, "Never draw the progress bar on stderr");
  batch->footer(kBatchExamples);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out.exit_now = true;
    out.code = app.exit(e);
    return out;
  } catch (const CLI::CallForVersion& e) {
    out.exit_now = true;
    out.code = app.exit(e);
    return out;
  } catch (const CLI::ParseError& e) {
    std::cerr << "pitchcheck: error: " << e.what() << "\nRun 'pitchcheck --help' for the options.\n";
    out.exit_now = true;
    out.code = kExitUsage;
    return out;
  }

  std::vector<std::string> extras = app.remaining();
  for (const std::string& x : batch->remaining()) extras.push_back(x);
  if (!extras.empty()) {
    out.exit_now = true;
    out.code = report_extras(batch->parsed() ? *batch : app, extras);
    return out;
  }

  keep_if_given(app, *batch, "--min-score", s.min_score);
  keep_if_given(app, *batch, "--wpm", s.words_per_minute);
  keep_if_given(app, *batch, "--slot", s.slot_seconds);
  s.progress = !no_progress;
  s.format = kFormats.at(choices.format);
  s.color = kColors.at(choices.color);
  s.input_format = kInputFormats.at(choices.input_format);
  if (s.jobs == 0) s.jobs = std::max(1u, std::thread::hardware_concurrency());

  if (batch->parsed()) {
    s.command = Command::batch;
    if (s.batch_input.empty()) {
      std::cerr << "pitchcheck: error: batch needs an INPUT: a folder of .txt/.md files, a .csv or a .jsonl file\n"
                   "Run 'pitchcheck batch --help' for the details and examples.\n";
      out.exit_now = true;
      out.code = kExitUsage;
    }
  } else if (list_rules) {
    s.command = Command::list_rules;
  } else if (app.count("--explain") > 0) {
    s.command = Command::explain;
  } else if (s.files.empty()) {
    std::cerr << "pitchcheck: error: no pitch to check: give a file, or - to read standard input\n"
                 "Run 'pitchcheck --help' for the options and examples.\n";
    out.exit_now = true;
    out.code = kExitUsage;
  }
  return out;
}

}  // namespace pitchcheck
