// The JSON contract of DESIGN.md. ordered_json keeps keys in the documented order, so output is stable
// and diffs of reports stay readable.
#include "report/json_value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace pitchclarity {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Span& s) {
  return json{{"start", s.start}, {"end", s.end}, {"line", s.line}, {"column", s.column}, {"text", s.text}};
}

json spans_json(const std::vector<Span>& spans) {
  json out = json::array();
  for (const Span& s : spans) out.push_back(span_json(s));
  return out;
}

json level_json(const LevelResult& r) { return json{{"level", r.level}, {"evidence", spans_json(r.evidence)}}; }

json strings_json(const std::vector<std::string>& v) {
  json out = json::array();
  for (const std::string& s : v) out.push_back(s);
  return out;
}

}  // namespace

nlohmann::ordered_json report_to_json_value(const Report& r) {
  json industry = json{{"level", r.dimensions.industry.level}, {"sectors", json::array()}};
  for (const Sector& s : r.dimensions.industry.sectors) industry["sectors"].push_back({{"code", s.code}, {"name", s.name}});
  industry["evidence"] = spans_json(r.dimensions.industry.evidence);

  // Seconds to one decimal: enough for a speaking estimate, and stable across platforms' float printing.
  const double seconds = std::round(r.dimensions.length.seconds * 10.0) / 10.0;

  json findings = json::array();
  for (const Finding& f : r.findings) {
    json j{{"rule", f.rule}, {"category", f.category}, {"severity", std::string(to_string(f.severity))}};
    if (f.span) {
      j["start"] = f.span->start;
      j["end"] = f.span->end;
      j["line"] = f.span->line;
      j["column"] = f.span->column;
      j["text"] = f.span->text;
    }
    j["message"] = f.message;
    j["suggestion"] = f.suggestion;
    findings.push_back(std::move(j));
  }

  return json{{"id", r.id},
              {"score", r.score},
              {"band", r.band},
              {"dimensions",
               {{"target_client", level_json(r.dimensions.target_client)},
                {"industry", std::move(industry)},
                {"problem", level_json(r.dimensions.problem)},
                {"ask", level_json(r.dimensions.ask)},
                {"give", level_json(r.dimensions.give)},
                {"offer", level_json(r.dimensions.offer)},
                {"clarity", {{"score", r.dimensions.clarity.score}}},
                {"length",
                 {{"words", r.dimensions.length.words},
                  {"sentences", r.dimensions.length.sentences},
                  {"seconds", seconds}}}}},
              {"findings", std::move(findings)},
              {"suggested_rewrite", r.suggested_rewrite},
              {"target",
               {{"roles", strings_json(r.target.roles)},
                {"places", strings_json(r.target.places)},
                {"sector_codes", strings_json(r.target.sector_codes)},
                {"names", strings_json(r.target.names)}}},
              {"offer_summary", r.offer_summary}};
}

namespace {

// to_json's writer: the same bytes as report_to_json_value(report).dump(indent, ' ', false, replace), written
// straight into one string instead of building a tree of JSON values first (which cost more than a third of
// the analysis itself, in allocations). The layout rules are nlohmann's: compact "a":1,"b":2; pretty with
// `indent` spaces a level, ": " after keys, and empty containers as {} and [].
class Writer {
 public:
  Writer(std::string& out, int indent) : out_(out), pretty_(indent >= 0), step_(indent < 0 ? 0 : indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A key of the object now open; its value follows.
  void key(std::string_view k) {
    element();
    string_body(k);
    out_ += pretty_ ? "\": " : "\":";
    pending_key_ = true;
  }

  void value(std::string_view s) {
    element();
    string_body(s);
    out_ += '"';
  }
  void value(long long n) {
    element();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, r.ptr);
  }
  void value(double x) {
    element();
    if (!std::isfinite(x)) {
      out_ += "null";
      return;
    }
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);  // nlohmann's own Grisu2 formatting
    out_.append(buf, end);
  }

  void field(std::string_view k, std::string_view v) { key(k), value(v); }
  void field(std::string_view k, long long n) { key(k), value(n); }

 private:
  // Before any value or key: the separator and indentation its position needs (none right after a key).
  void element() {
    if (pending_key_) {
      pending_key_ = false;
      return;
    }
    if (depth_.empty()) return;
    if (depth_.back()) out_ += ',';
    depth_.back() = true;
    if (pretty_) {
      out_ += '\n';
      out_.append(step_ * depth_.size(), ' ');
    }
  }
  void open(char bracket) {
    element();
    out_ += bracket;
    depth_.push_back(false);
  }
  void close(char bracket) {
    const bool any = depth_.back();
    depth_.pop_back();
    if (pretty_ && any) {
      out_ += '\n';
      out_.append(step_ * depth_.size(), ' ');
    }
    out_ += bracket;
  }

  // The opening quote and the escaped text (no closing quote: key() and value() add what follows). Invalid
  // UTF-8 becomes U+FFFD exactly as nlohmann's error_handler_t::replace does: a sequence cut short by a byte
  // that cannot continue it is one U+FFFD and that byte is read again; a byte that cannot start a sequence is
  // one U+FFFD; a sequence cut short by the end of the string is one U+FFFD.
  void string_body(std::string_view s) {
    out_ += '"';
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t plain = i;  // a run that needs no escaping is appended in one go
      while (plain < s.size() && needs_nothing(static_cast<unsigned char>(s[plain]))) ++plain;
      if (plain > i) {
        out_.append(s.data() + i, plain - i);
        i = plain;
        if (i == s.size()) break;
      }
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        escape_ascii(c);
        ++i;
        continue;
      }
      const std::size_t n = sequence_length(s, i);
      if (n == 0) {
        out_ += "\xEF\xBF\xBD";
        i += std::max<std::size_t>(1, valid_prefix(s, i));
        continue;
      }
      out_.append(s.data() + i, n);
      i += n;
    }
  }

  static bool needs_nothing(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

  void escape_ascii(unsigned char c) {
    switch (c) {
      case '\b': out_ += "\\b"; return;
      case '\t': out_ += "\\t"; return;
      case '\n': out_ += "\\n"; return;
      case '\f': out_ += "\\f"; return;
      case '\r': out_ += "\\r"; return;
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      default:
        if (c <= 0x1F) {
          static constexpr char kHex[] = "0123456789abcdef";
          const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out_.append(esc, sizeof esc);
        } else {
          out_ += static_cast<char>(c);
        }
    }
  }

  // The well-formed ranges of Unicode's table 3-7: [lo, hi] of the second byte after each lead byte.
  static bool second_ok(unsigned char lead, unsigned char b) {
    switch (lead) {
      case 0xE0: return b >= 0xA0 && b <= 0xBF;
      case 0xED: return b >= 0x80 && b <= 0x9F;
      case 0xF0: return b >= 0x90 && b <= 0xBF;
      case 0xF4: return b >= 0x80 && b <= 0x8F;
      default: return b >= 0x80 && b <= 0xBF;
    }
  }
  static std::size_t expected_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;  // 80..C1 and F5..FF never start a sequence
  }
  // How many bytes from `i` form the start of a well-formed sequence (the lead counts when it can lead).
  static std::size_t valid_prefix(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t want = expected_length(lead);
    if (want == 0) return 1;
    std::size_t k = 1;
    while (k < want && i + k < s.size()) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if (!(k == 1 ? second_ok(lead, b) : (b >= 0x80 && b <= 0xBF))) break;
      ++k;
    }
    return k;
  }
  // The length of the well-formed sequence at `i`, or 0 when it is not one.
  static std::size_t sequence_length(std::string_view s, std::size_t i) {
    const std::size_t want = expected_length(static_cast<unsigned char>(s[i]));
    return want != 0 && valid_prefix(s, i) == want ? want : 0;
  }

  std::string& out_;
  const bool pretty_;
  const std::size_t step_;
  std::vector<bool> depth_;  // per open container: has it an element yet
  bool pending_key_ = false;
};

void write_span_fields(Writer& w, const Span& s) {
  w.field("start", s.start);
  w.field("end", s.end);
  w.field("line", s.line);
  w.field("column", s.column);
  w.field("text", s.text);
}

void write_spans(Writer& w, const std::vector<Span>& spans) {
  w.begin_array();
  for (const Span& s : spans) {
    w.begin_object();
    write_span_fields(w, s);
    w.end_object();
  }
  w.end_array();
}

void write_level(Writer& w, std::string_view name, const LevelResult& r) {
  w.key(name);
  w.begin_object();
  w.field("level", r.level);
  w.key("evidence");
  write_spans(w, r.evidence);
  w.end_object();
}

void write_strings(Writer& w, std::string_view name, const std::vector<std::string>& v) {
  w.key(name);
  w.begin_array();
  for (const std::string& s : v) w.value(s);
  w.end_array();
}

}  // namespace

std::string to_json(const Report& r, int indent) {
  // A span's text is the caller's bytes, which may be invalid UTF-8 (input.invalid-utf8 points at them).
  // JSON cannot carry those bytes, so they are written as U+FFFD rather than throwing; start/end stay exact.
  // The key order and layout are report_to_json_value's (the documented order).
  std::string out;
  out.reserve(1024 + 512 * r.findings.size());
  Writer w(out, indent);
  w.begin_object();
  w.field("id", r.id);
  w.field("score", r.score);
  w.field("band", r.band);
  w.key("dimensions");
  w.begin_object();
  const Dimensions& d = r.dimensions;
  write_level(w, "target_client", d.target_client);
  w.key("industry");
  w.begin_object();
  w.field("level", d.industry.level);
  w.key("sectors");
  w.begin_array();
  for (const Sector& s : d.industry.sectors) {
    w.begin_object();
    w.field("code", s.code);
    w.field("name", s.name);
    w.end_object();
  }
  w.end_array();
  w.key("evidence");
  write_spans(w, d.industry.evidence);
  w.end_object();
  write_level(w, "problem", d.problem);
  write_level(w, "ask", d.ask);
  write_level(w, "give", d.give);
  write_level(w, "offer", d.offer);
  w.key("clarity");
  w.begin_object();
  w.field("score", d.clarity.score);
  w.end_object();
  w.key("length");
  w.begin_object();
  w.field("words", d.length.words);
  w.field("sentences", d.length.sentences);
  w.key("seconds");
  w.value(std::round(d.length.seconds * 10.0) / 10.0);  // as report_to_json_value rounds it
  w.end_object();
  w.end_object();

  w.key("findings");
  w.begin_array();
  for (const Finding& f : r.findings) {
    w.begin_object();
    w.field("rule", f.rule);
    w.field("category", f.category);
    w.field("severity", to_string(f.severity));
    if (f.span) write_span_fields(w, *f.span);
    w.field("message", f.message);
    w.field("suggestion", f.suggestion);
    w.end_object();
  }
  w.end_array();
  w.field("suggested_rewrite", r.suggested_rewrite);
  w.key("target");
  w.begin_object();
  write_strings(w, "roles", r.target.roles);
  write_strings(w, "places", r.target.places);
  write_strings(w, "sector_codes", r.target.sector_codes);
  write_strings(w, "names", r.target.names);
  w.end_object();
  w.field("offer_summary", r.offer_summary);
  w.end_object();
  return out;
}

}  // namespace pitchclarity
