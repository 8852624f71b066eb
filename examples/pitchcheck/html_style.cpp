// The report's stylesheet: readable on screen, on a phone, and on paper.
#include "html_escape.hpp"
#include "html_report.hpp"

namespace pitchcheck {
namespace {

constexpr const char* kStyle = R"css(
:root { --ink: #1d2330; --muted: #5b6475; --line: #dde1e8; --paper: #ffffff; --wash: #f5f6f9;
  --vague: #c0392b; --developing: #d68910; --clear: #2e86c1; --specific: #1e8449; --accent: #3949ab; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: var(--wash); }
header.page { background: var(--ink); color: #fff; padding: 1.5rem max(1rem, calc((100% - 1100px) / 2)) 1rem; }
header.page h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
header.page .sub { margin: 0 0 .75rem; color: #c9cfdb; }
header.page nav a { color: #fff; margin-right: 1.25rem; text-decoration: none; border-bottom: 2px solid transparent; }
header.page nav a:hover, header.page nav a:focus { border-bottom-color: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 0 1rem 2rem; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem;
  margin: 1.25rem 0; }
h2 { margin: .25rem 0 .75rem; font-size: 1.3rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
h4 { font-size: .95rem; margin: .9rem 0 .3rem; }
.hint, .legend, figcaption { color: var(--muted); font-size: .9rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #f1c40f; outline-offset: 2px; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1rem; }
.figures div { background: var(--wash); border-radius: 8px; padding: .5rem .9rem; min-width: 8.5rem; }
.figures dt { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.glance { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.faults { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media screen and (max-width: 800px) { .glance, .faults { grid-template-columns: 1fr; } }
.chart { margin: 0; }
.chart svg { width: 100%; height: auto; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font-size: 11px; }
.chart .count { fill: var(--ink); font-size: 12px; font-weight: 600; }
.bar.band-vague { fill: var(--vague); } .bar.band-developing { fill: var(--developing); }
.bar.band-clear { fill: var(--clear); } .bar.band-specific { fill: var(--specific); }
.bands, .phrases, .missing { margin: 0; padding-left: 1.25rem; }
.bands { list-style: none; padding: 0; }
.bands li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; background: var(--muted); }
.band-vague .swatch { background: var(--vague); } .band-developing .swatch { background: var(--developing); }
.band-clear .swatch { background: var(--clear); } .band-specific .swatch { background: var(--specific); }
.pct { color: var(--muted); font-size: .85rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8rem; font-weight: 600; color: #fff;
  background: var(--muted); }
.badge.band-vague { background: var(--vague); } .badge.band-developing { background: var(--developing); }
.badge.band-clear { background: var(--clear); } .badge.band-specific { background: var(--specific); }
.scroll { overflow-x: auto; }
table.ranking { border-collapse: collapse; width: 100%; font-size: .9rem; }
.ranking th, .ranking td { padding: .35rem .45rem; border-bottom: 1px solid var(--line); text-align: left;
  white-space: nowrap; }
.ranking thead th { position: sticky; top: 0; background: var(--paper); white-space: normal; vertical-align: bottom; }
.ranking thead button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer;
  color: var(--ink); }
.ranking thead th[aria-sort="ascending"] button::after { content: " ▲"; font-size: .7em; }
.ranking thead th[aria-sort="descending"] button::after { content: " ▼"; font-size: .7em; }
.ranking tbody tr:hover { background: var(--wash); }
.ranking .score { font-weight: 700; }
.lvl .of { color: var(--muted); font-size: .8em; }
.lvl .word { color: var(--muted); font-size: .8em; }
.q0 b, td.q0 { color: var(--vague); } .q1 b { color: var(--developing); } .q3 b { color: var(--specific); }
.matches, .competitors, .unreferrable, .partners { padding-left: 1.1rem; }
.matches li, .competitors li, .unreferrable li { margin: .35rem 0; }
.pair { font-weight: 600; }
.link { color: var(--muted); }
.reason::before { content: "— "; color: var(--muted); }
.note { display: block; color: var(--developing); font-size: .85rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1.1rem;
  margin: 1rem 0; }
#pitches > .card { margin: 1rem 0; }
.card header { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; }
.card h3 { margin: 0; font-size: 1.1rem; }
.card .score { font-size: 1.2rem; font-weight: 700; }
.card .score.band-vague { color: var(--vague); } .card .score.band-developing { color: var(--developing); }
.card .score.band-clear { color: var(--clear); } .card .score.band-specific { color: var(--specific); }
.card-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1.2fr); gap: 1.25rem; }
@media screen and (max-width: 800px) { .card-body { grid-template-columns: 1fr; } }
.pitch { font-size: 1.02rem; line-height: 1.7; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate;
  background: var(--wash); border-radius: 8px; padding: .6rem .8rem; }
bdi { unicode-bidi: isolate; }
mark.hl { background: none; color: inherit; border-radius: 3px; cursor: help; }
mark.c-vague { background: #fadbd8; box-shadow: inset 0 -2px 0 var(--vague); }
mark.c-missing, mark.c-input { background: #fdebd0; }
mark.c-jargon { background: #e8daef; box-shadow: inset 0 -2px 0 #8e44ad; }
mark.c-acronym { background: #d6eaf8; box-shadow: inset 0 -2px 0 var(--clear); }
mark.c-hedge, mark.c-filler { background: #eaecee; box-shadow: inset 0 -2px 0 #909497; }
mark.c-sentence, mark.c-length { text-decoration: underline wavy #d4ac0d; text-underline-offset: 4px; }
mark.multi { outline: 1px dashed var(--muted); }
mark.hl:hover, mark.hl:focus { outline: 2px solid var(--accent); }
.findings { font-size: .88rem; padding-left: 1.3rem; margin: .6rem 0 0; }
.findings li { margin: .3rem 0; }
.findings .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem;
  color: var(--muted); }
.findings .where { color: var(--muted); font-size: .8rem; }
.findings .sug { display: block; color: var(--specific); }
.findings .sug::before { content: "Instead: "; font-weight: 600; }
.finding.c-vague .rule { color: var(--vague); }
.levels { margin: 0; display: grid; gap: .2rem; font-size: .9rem; }
.levels div { display: grid; grid-template-columns: 6.5rem 1fr; }
.levels dt { color: var(--muted); }
.levels dd { margin: 0; }
.levels .dots { letter-spacing: .1em; }
.levels .q0 .dots { color: var(--vague); } .levels .q1 .dots { color: var(--developing); }
.levels .q2 .dots { color: var(--clear); } .levels .q3 .dots { color: var(--specific); }
.levels .of { color: var(--muted); font-size: .8em; }
.profile { font-size: .85rem; margin: .5rem 0 0; }
.tag { display: inline-block; background: var(--wash); border: 1px solid var(--line); border-radius: 4px;
  padding: 0 .35rem; margin: .1rem 0; }
.unclear { color: var(--developing); }
.rewrite { margin: .3rem 0; padding: .5rem .9rem; border-left: 4px solid var(--specific); background: #eafaf1;
  white-space: pre-wrap; }
.unreferrable-note { color: var(--vague); font-size: .9rem; }
#tip { position: absolute; z-index: 10; max-width: 24rem; background: var(--ink); color: #fff; border-radius: 8px;
  padding: .5rem .7rem; font-size: .85rem; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
#tip[hidden] { display: none; }
#tip .tip-item + .tip-item { border-top: 1px solid #4a5266; margin-top: .4rem; padding-top: .4rem; }
#tip .tip-rule { font-family: ui-monospace, monospace; color: #aab3c5; font-size: .75rem; display: block; }
#tip .tip-sug { display: block; color: #abebc6; }
footer { max-width: 1100px; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  body { background: #fff; font-size: 11pt; }
  header.page { background: none; color: #000; padding: 0 0 .5rem; border-bottom: 2px solid #000; }
  header.page .sub { color: #333; }
  header.page nav, #tip, .hint { display: none; }
  main { max-width: none; padding: 0; }
  section, .card { border: 0; border-radius: 0; padding: 0; margin: 1rem 0; }
  .card { break-inside: avoid; border-top: 1px solid #999; padding-top: .5rem; }
  #pitches { break-before: page; }
  .ranking thead th { position: static; }
  .scroll { overflow: visible; }
  table.ranking { font-size: 8pt; }
  .ranking th, .ranking td { padding: .1rem .2rem; }
  .chart svg { max-height: 6cm; }
  .card-body { grid-template-columns: minmax(0, 3fr) minmax(12rem, 1.2fr); }
  .ranking thead button::after { content: none !important; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

}  // namespace

void write_html_style(std::ostream& out, std::string_view nonce) {
  out << "<style nonce=\"" << html_escape(nonce) << "\">" << kStyle << "</style>\n";
}

}  // namespace pitchcheck
