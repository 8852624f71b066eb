#include "evaluate.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace pitchclarity::eval {
namespace {

struct Range {
  std::size_t start, end;
};

std::vector<Range> occurrences(const std::string& text, const std::string& phrase) {
  std::vector<Range> out;
  for (std::size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    out.push_back({at, at + phrase.size()});
  }
  return out;
}

bool overlaps(Range a, std::size_t start, std::size_t end) { return a.start < end && start < a.end; }

std::string pct(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.1f%%", 100.0 * v);
  return buf;
}

}  // namespace

const Agreement& SplitResult::dimension(const std::string& name) const {
  for (const Agreement& a : dimensions) {
    if (a.dimension == name) return a;
  }
  static const Agreement none;
  return none;
}

SplitResult evaluate_split(const Analyzer& analyzer, const std::vector<const Pitch*>& pitches, const std::string& split) {
  SplitResult r;
  r.split = split;
  r.dimensions = {Agreement("target_client", 4), Agreement("industry", 2), Agreement("problem", 3),
                  Agreement("ask", 3),           Agreement("give", 2),     Agreement("offer", 2)};
  for (const Pitch* p : pitches) {
    const Report report = analyzer.analyze(p->text, p->path);
    const Labels& l = p->labels;
    const Dimensions& d = report.dimensions;
    r.dimensions[0].add(l.target_client, d.target_client.level);
    r.dimensions[1].add(l.industry, d.industry.level);
    r.dimensions[2].add(l.problem, d.problem.level);
    r.dimensions[3].add(l.ask, d.ask.level);
    r.dimensions[4].add(l.give, d.give.level);
    r.dimensions[5].add(l.offer, d.offer.level);
    r.scores.push_back(report.score);
    r.holistic.push_back(l.holistic);
    ++r.pitches;

    // Vague phrases: every occurrence of a labelled phrase must be overlapped by a vague finding; every
    // vague finding must overlap some labelled occurrence.
    std::vector<Range> wanted, unwanted;
    for (const auto& v : l.vague) {
      for (Range o : occurrences(p->text, v)) wanted.push_back(o);
    }
    for (const auto& v : l.not_vague) {
      for (Range o : occurrences(p->text, v)) unwanted.push_back(o);
    }
    std::vector<const Finding*> vague;
    for (const Finding& f : report.findings) {
      if (f.category == "vague" && f.span) vague.push_back(&f);
    }
    for (Range w : wanted) {
      ++r.vague_labels;
      const bool found = std::any_of(vague.begin(), vague.end(),
                                     [&](const Finding* f) { return overlaps(w, f->span->start, f->span->end); });
      if (found) {
        ++r.vague_found;
      } else {
        r.vague_misses.push_back({p->path, p->text.substr(w.start, w.end - w.start), false, false});
      }
    }
    for (const Finding* f : vague) {
      ++r.vague_findings;
      const bool right = std::any_of(wanted.begin(), wanted.end(),
                                     [&](Range w) { return overlaps(w, f->span->start, f->span->end); });
      if (right) {
        ++r.vague_findings_right;
      } else {
        const bool bad = std::any_of(unwanted.begin(), unwanted.end(),
                                     [&](Range w) { return overlaps(w, f->span->start, f->span->end); });
        r.vague_misses.push_back({p->path, f->span->text + "  [" + f->rule + "]", true, bad});
      }
    }

    if (!l.naics.empty()) {
      ++r.sector_labelled;
      bool nested = false, same2 = false;
      for (const Sector& s : d.industry.sectors) {
        for (const std::string& code : l.naics) {
          if (s.code.rfind(code, 0) == 0 || code.rfind(s.code, 0) == 0) nested = true;
          if (s.code.substr(0, 2) == code.substr(0, 2)) same2 = true;
        }
      }
      r.sector_nested += nested;
      r.sector_same_2digit += same2;
    }
    r.reports.push_back(report);
  }
  r.spearman = spearman(r.scores, r.holistic);
  return r;
}

std::string to_text(const SplitResult& r, int show_misses) {
  std::ostringstream out;
  out << "== split " << r.split << ": " << r.pitches << " pitches ==\n";
  out << "dimension        exact   within-one\n";
  for (const Agreement& a : r.dimensions) {
    char line[96];
    std::snprintf(line, sizeof line, "%-14s %s   %s\n", a.dimension.c_str(), pct(a.exact_rate()).c_str(),
                  pct(a.within_one_rate()).c_str());
    out << line;
  }
  for (const Agreement& a : r.dimensions) {
    out << "\nconfusion " << a.dimension << " (rows: label, columns: predicted)\n      ";
    for (int p = 0; p <= a.max_level; ++p) out << "  p" << p << ' ';
    out << '\n';
    for (int l = 0; l <= a.max_level; ++l) {
      char head[16];
      std::snprintf(head, sizeof head, "  l%d  ", l);
      out << head;
      for (int p = 0; p <= a.max_level; ++p) {
        char cell[16];
        std::snprintf(cell, sizeof cell, "%4d ", a.confusion[static_cast<std::size_t>(l)][static_cast<std::size_t>(p)]);
        out << cell;
      }
      out << '\n';
    }
  }
  out << "\nvague phrases: recall " << pct(r.vague_recall()) << " (" << r.vague_found << "/" << r.vague_labels
      << "), precision " << pct(r.vague_precision()) << " (" << r.vague_findings_right << "/" << r.vague_findings << ")\n";
  out << "sectors: " << r.sector_labelled << " labelled; nested code match " << r.sector_nested << ", same 2-digit sector "
      << r.sector_same_2digit << "\n";
  out << "Spearman(score, holistic) = " << r.spearman << "\n";
  int shown = 0;
  for (const VagueMiss& m : r.vague_misses) {
    if (shown++ >= show_misses) {
      out << "  … " << (r.vague_misses.size() - static_cast<std::size_t>(show_misses)) << " more\n";
      break;
    }
    out << "  " << (m.false_positive ? (m.hits_not_vague ? "FP(not_vague) " : "FP ") : "MISS ") << m.path << ": "
        << m.text << '\n';
  }
  return out.str();
}

std::string dump_line(const Pitch& p, const Report& r) {
  const Labels& l = p.labels;
  const Dimensions& d = r.dimensions;
  const auto ev = [](const LevelResult& lr) { return lr.evidence.empty() ? std::string("-") : lr.evidence.front().text; };
  std::ostringstream out;
  out << p.path << "\tT " << l.target_client << "/" << d.target_client.level << "\tI " << l.industry << "/"
      << d.industry.level << "\tP " << l.problem << "/" << d.problem.level << "\tA " << l.ask << "/" << d.ask.level
      << "\tG " << l.give << "/" << d.give.level << "\tO " << l.offer << "/" << d.offer.level << "\tH " << l.holistic
      << " score " << r.score << "\tT: " << ev(d.target_client) << "\tP: " << ev(d.problem) << "\tA: " << ev(d.ask)
      << "\tO: " << ev(d.offer);
  std::string s = out.str();
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

nlohmann::ordered_json to_json(const SplitResult& r) {
  nlohmann::ordered_json j;
  j["split"] = r.split;
  j["pitches"] = r.pitches;
  for (const Agreement& a : r.dimensions) {
    j["dimensions"][a.dimension] = {{"exact", a.exact_rate()}, {"within_one", a.within_one_rate()},
                                    {"confusion", a.confusion}};
  }
  j["vague"] = {{"recall", r.vague_recall()}, {"precision", r.vague_precision()}, {"labelled", r.vague_labels},
                {"found", r.vague_found}, {"findings", r.vague_findings}, {"findings_right", r.vague_findings_right}};
  nlohmann::ordered_json misses = nlohmann::ordered_json::array();
  for (const VagueMiss& m : r.vague_misses) {
    misses.push_back({{"path", m.path}, {"text", m.text}, {"kind", m.false_positive ? "false_positive" : "missed"},
                      {"on_not_vague", m.hits_not_vague}});
  }
  j["vague"]["misses"] = misses;
  j["sectors"] = {{"labelled", r.sector_labelled}, {"nested_match", r.sector_nested}, {"same_2digit", r.sector_same_2digit}};
  j["spearman"] = r.spearman;
  return j;
}

}  // namespace pitchclarity::eval
