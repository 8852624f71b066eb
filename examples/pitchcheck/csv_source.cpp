// A CSV of pitches (RFC 4180), parsed by libcsv in strict mode and fed one physical line at a time, so
// every record knows the line it starts on and a broken one can be skipped without losing the rest:
// on a parse error, the lines after the broken record's first line are parsed again as fresh records.
// An unterminated quote therefore costs one row, not the rest of the file.
#include <csv.h>

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "columns.hpp"
#include "exit_codes.hpp"
#include "line_reader.hpp"
#include "sources.hpp"

namespace pitchcheck {
namespace {

constexpr unsigned char kParserOptions = CSV_STRICT | CSV_STRICT_FINI;
// A record (a pitch is a page) that grows past this is taken for an unterminated quote.
constexpr std::size_t kMaxRecordBytes = 16u << 20;

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class CsvSource final : public PitchSource {
 public:
  CsvSource(const std::string& path, std::string id_column, std::string text_column)
      : reader_(path),
        name_(display_name(path)),
        id_column_(std::move(id_column)),
        text_column_(std::move(text_column)) {
    csv_init(&parser_, kParserOptions);
  }
  ~CsvSource() override { csv_free(&parser_); }
  CsvSource(const CsvSource&) = delete;
  CsvSource& operator=(const CsvSource&) = delete;

  // Reads the header and picks the columns.
  bool open(OpenedSource& result) {
    if (!reader_.ok()) return fail(result, kExitInput, name_ + ": " + reader_.error());
    Record header;
    switch (read_record(header)) {
      case Step::end:
        return fail(result, kExitInput,
                    name_ + ": " +
                        (reader_.ok() ? "the file is empty; expected a header row such as id,text" : reader_.error()));
      case Step::broken:
        return fail(result, kExitInput,
                    name_ + ':' + std::to_string(header.line) + ": cannot read the header row: " + header.problem);
      case Step::record:
        break;
    }
    header_ = std::move(header.fields);
    if (!header_.empty() && header_[0].starts_with("\xEF\xBB\xBF")) header_[0].erase(0, 3);  // Excel's BOM
    const std::string at = name_ + ':' + std::to_string(header.line) + ": ";
    text_index_ = find_column(header_, text_column_, kTextNames);
    if (!text_index_) {
      const std::string what =
          "no column named " + describe_column(text_column_, kTextNames) + " (the columns are " + column_list() + ")";
      if (!text_column_.empty()) return fail(result, kExitUsage, at + what + "; check --text-column");
      return fail(result, kExitInput, at + what + "; name the pitch column with --text-column");
    }
    id_index_ = find_column(header_, id_column_, kIdNames);
    if (!id_index_ && !id_column_.empty()) {
      return fail(result, kExitUsage,
                  at + "no column named " + describe_column(id_column_, kIdNames) + " (the columns are " +
                      column_list() + "); check --id-column");
    }
    row_ = 1;
    return true;
  }

  bool next(Pitch& out) override {
    for (;;) {
      Record record;
      const Step step = read_record(record);
      if (step == Step::end) {
        if (reader_.ok() || read_error_reported_) return false;
        read_error_reported_ = true;
        out = Pitch{};
        out.id = out.where = name_;
        out.error = reader_.error();
        return true;
      }
      ++row_;
      out = Pitch{};
      out.where = name_ + ':' + std::to_string(record.line);
      out.id = "row " + std::to_string(row_);
      if (step == Step::broken) {
        out.error = record.problem;
        return true;
      }
      bool all_blank = true;
      for (const std::string& f : record.fields) all_blank = all_blank && blank(f);
      if (all_blank) continue;
      if (record.fields.size() != header_.size()) {
        out.error = std::to_string(record.fields.size()) + (record.fields.size() == 1 ? " field" : " fields") +
                    " where the header has " + std::to_string(header_.size()) +
                    "; a text containing commas must be in double quotes";
        return true;
      }
      if (id_index_ && !blank(record.fields[*id_index_])) out.id = std::move(record.fields[*id_index_]);
      out.text = std::move(record.fields[*text_index_]);
      return true;
    }
  }

  SourceProgress progress() const override { return {reader_.bytes_read(), reader_.size()}; }

 private:
  enum class Step { record, broken, end };
  struct Record {
    std::vector<std::string> fields;
    std::uint64_t line = 0;  // where it starts
    std::string problem;
  };

  static bool fail(OpenedSource& result, int code, std::string message) {
    result.code = code;
    result.error = std::move(message);
    return false;
  }

  std::string column_list() const {
    std::string out;
    for (const std::string& h : header_) out += (out.empty() ? "" : ", ") + h;
    return out.empty() ? "none" : out;
  }

  static void on_field(void* data, std::size_t size, void* self) {
    static_cast<CsvSource*>(self)->fields_.emplace_back(static_cast<const char*>(data), size);
  }
  static void on_record(int, void* self) { static_cast<CsvSource*>(self)->record_ended_ = true; }

  bool next_line(Line& line) {
    if (replay_.empty()) return reader_.next(line);
    line = std::move(replay_.front());
    replay_.pop_front();
    return true;
  }

  // Gives up on the current record: the lines after its first are parsed again from a fresh parser.
  Step broken(Record& out, std::string problem) {
    out.line = lines_.front().number;
    out.problem = std::move(problem);
    for (std::size_t i = lines_.size(); i-- > 1;) replay_.push_front(std::move(lines_[i]));
    lines_.clear();
    fields_.clear();
    csv_free(&parser_);
    csv_init(&parser_, kParserOptions);
    return Step::broken;
  }

  Step read_record(Record& out) {
    fields_.clear();
    record_ended_ = false;
    lines_.clear();
    std::size_t bytes = 0;
    for (;;) {
      Line line;
      if (!next_line(line)) {
        if (lines_.empty()) return Step::end;
        csv_fini(&parser_, on_field, on_record, this);
        if (csv_error(&parser_) == CSV_EPARSE) {
          return broken(out, "unterminated quoted field: the quote that opens on this line is never closed");
        }
        break;
      }
      if (lines_.empty() && blank(line.bytes)) continue;
      bytes += line.bytes.size();
      lines_.push_back(std::move(line));
      const Line& fed = lines_.back();
      if (csv_parse(&parser_, fed.bytes.data(), fed.bytes.size(), on_field, on_record, this) != fed.bytes.size()) {
        if (csv_error(&parser_) != CSV_EPARSE) return broken(out, csv_strerror(csv_error(&parser_)));
        if (lines_.size() > 1) {
          return broken(out, "unterminated quoted field: the quote that opens on this line is not closed before line " +
                                 std::to_string(fed.number));
        }
        return broken(out,
                      "stray quote: a quoted field must be quoted from its first character to its last, "
                      "with any quote inside it doubled (\"\")");
      }
      if (record_ended_) break;
      if (bytes > kMaxRecordBytes) {
        return broken(out, "unterminated quoted field: the record passes 16 MiB without a closing quote");
      }
    }
    out.line = lines_.front().number;
    out.fields = std::move(fields_);
    fields_.clear();
    return Step::record;
  }

  LineReader reader_;
  std::string name_;
  std::string id_column_;
  std::string text_column_;
  csv_parser parser_{};
  std::deque<Line> replay_;
  std::vector<Line> lines_;  // the physical lines of the record being parsed
  std::vector<std::string> fields_;
  bool record_ended_ = false;
  bool read_error_reported_ = false;
  std::vector<std::string> header_;
  std::optional<std::size_t> text_index_;
  std::optional<std::size_t> id_index_;
  std::uint64_t row_ = 0;  // as a spreadsheet numbers them: the header is row 1
};

}  // namespace

OpenedSource open_csv_source(const std::string& path, const std::string& id_column, const std::string& text_column) {
  return open_source<CsvSource>(path, id_column, text_column);
}

}  // namespace pitchcheck
