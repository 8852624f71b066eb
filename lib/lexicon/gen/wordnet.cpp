// gen/wordnet.cpp — parsers for WordNet 3.0's database files (format: wndb(5WN)). Any line that does not
// have the documented shape stops the generator with file:line.
#include "wordnet.hpp"

#include <charconv>
#include <string_view>

#include "tsv.hpp"

namespace pcgen {
namespace {

const char* const kPosNames[] = {"noun", "verb", "adj", "adv"};

std::string at(const std::string& path, std::size_t line) { return path + ":" + std::to_string(line); }

std::uint32_t number(std::string_view s, int base, const std::string& where, const char* what) {
  std::uint32_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
  if (ec != std::errc() || end != s.data() + s.size())
    fail(where, std::string("bad ") + what + " '" + std::string(s) + "'");
  return value;
}

std::string lemma_text(std::string_view raw) {
  std::string out = lower(raw);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

bool has_capital(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// The license header of every database file is indented by two spaces.
bool is_header(const std::string& line) { return line.size() >= 2 && line[0] == ' ' && line[1] == ' '; }

void read_data(const std::string& path, std::size_t pos, WordNet& wn) {
  const std::vector<std::string> lines = read_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (is_header(lines[n]) || lines[n].empty()) continue;
    const std::string where = at(path, n + 1);
    const std::string_view line = lines[n];
    const std::size_t bar = line.find(" | ");
    const auto f = split_words(line.substr(0, bar));
    if (f.size() < 6) fail(where, "synset line too short");
    const std::uint32_t offset = number(f[0], 10, where, "synset offset");
    const std::uint32_t word_count = number(f[3], 16, where, "word count");
    std::size_t i = 4;
    if (f.size() < i + 2 * word_count + 1) fail(where, "synset line has fewer words than its count");
    Synset s;
    for (std::uint32_t w = 0; w < word_count; ++w, i += 2) {
      std::string_view word = f[i];
      if (pos == kAdjIx) {  // syntactic markers: "galore(ip)"
        if (const std::size_t paren = word.find('('); paren != std::string_view::npos) word = word.substr(0, paren);
      }
      s.words.push_back(lemma_text(word));
      s.proper.push_back(has_capital(word));
      s.relational.push_back(false);
    }
    const std::uint32_t pointer_count = number(f[i++], 10, where, "pointer count");
    if (f.size() < i + 4 * pointer_count) fail(where, "synset line has fewer pointers than its count");
    for (std::uint32_t p = 0; p < pointer_count; ++p, i += 4) {
      const std::string_view symbol = f[i];
      const std::uint32_t target = number(f[i + 1], 10, where, "pointer offset");
      const std::string_view target_pos = f[i + 2];
      const std::uint32_t source_target = number(f[i + 3], 16, where, "pointer source/target");
      if (pos == kNounIx && target_pos == "n") {
        if (symbol == "@")
          s.hypernyms.push_back(target);
        else if (symbol == "@i")
          s.instance_of.push_back(target);
      } else if (pos == kAdjIx && symbol == "\\") {
        const std::uint32_t source = source_target >> 8;
        if (source == 0 || source > word_count) fail(where, "pertainym pointer from a word the synset lacks");
        s.relational[source - 1] = true;
      }
    }
    wn.synsets[pos].emplace(offset, std::move(s));
  }
}

void read_index(const std::string& path, std::size_t pos, WordNet& wn) {
  const std::vector<std::string> lines = read_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    if (is_header(lines[n]) || lines[n].empty()) continue;
    const std::string where = at(path, n + 1);
    const auto f = split_words(lines[n]);
    if (f.size() < 6) fail(where, "index line too short");
    const std::uint32_t synset_count = number(f[2], 10, where, "synset count");
    const std::uint32_t pointer_count = number(f[3], 10, where, "pointer count");
    if (f.size() != 4 + pointer_count + 2 + synset_count) fail(where, "index line does not match its counts");
    std::vector<std::uint32_t> offsets;
    for (std::size_t i = f.size() - synset_count; i < f.size(); ++i)
      offsets.push_back(number(f[i], 10, where, "offset"));
    wn.index[pos].emplace(lemma_text(f[0]), std::move(offsets));
  }
}

void read_exceptions(const std::string& path, std::size_t pos, WordNet& wn) {
  const std::vector<std::string> lines = read_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const auto f = split_words(lines[n]);
    if (f.empty()) continue;
    if (f.size() < 2) fail(at(path, n + 1), "exception line needs a form and at least one base");
    auto& bases = wn.exceptions[pos][lemma_text(f[0])];
    for (std::size_t i = 1; i < f.size(); ++i) bases.push_back(lemma_text(f[i]));
  }
}

// cntlist.rev: "sense_key sense_number tag_count", sense_key = lemma%ss_type:lex_filenum:lex_id:head:head_id.
// The counts say how often each sense and part of speech was seen in text (the semantic concordances).
void read_counts(const std::string& path, WordNet& wn) {
  const std::vector<std::string> lines = read_lines(path);
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const auto f = split_words(lines[n]);
    if (f.empty()) continue;
    const std::string where = at(path, n + 1);
    if (f.size() != 3) fail(where, "expected sense key, sense number and count");
    const std::size_t percent = f[0].find('%');
    if (percent == std::string_view::npos || percent + 1 >= f[0].size()) fail(where, "bad sense key");
    const char type = f[0][percent + 1];
    if (type < '1' || type > '5') fail(where, "bad synset type in sense key");
    const auto sense = static_cast<int>(number(f[1], 10, where, "sense number"));
    const auto count = static_cast<int>(number(f[2], 10, where, "tag count"));
    const std::string lemma = lemma_text(f[0].substr(0, percent));
    const std::size_t pos = type == '5' ? kAdjIx : static_cast<std::size_t>(type - '1');
    wn.pos_counts[lemma][pos] += count;
    if (type == '1') wn.noun_sense_counts[{lemma, sense}] += count;
  }
}

}  // namespace

std::uint32_t WordNet::noun_synset(const std::string& name, const std::string& where) const {
  const std::size_t dot = name.rfind('.');
  const std::size_t pos_dot = dot == std::string::npos ? dot : name.rfind('.', dot - 1);
  if (pos_dot == std::string::npos || name.substr(pos_dot, dot - pos_dot) != ".n")
    fail(where, "expected a noun synset name like person.n.01, got '" + name + "'");
  const std::string lemma = lemma_text(name.substr(0, pos_dot));
  const std::uint32_t sense = number(std::string_view(name).substr(dot + 1), 10, where, "sense number");
  auto it = index[kNounIx].find(lemma);
  if (it == index[kNounIx].end() || sense == 0 || sense > it->second.size())
    fail(where, "WordNet has no synset " + name);
  return it->second[sense - 1];
}

WordNet load_wordnet(const std::string& dir) {
  WordNet wn;
  for (std::size_t pos = 0; pos < 4; ++pos) {
    read_index(dir + "/index." + kPosNames[pos], pos, wn);
    read_exceptions(dir + "/" + kPosNames[pos] + ".exc", pos, wn);
  }
  for (std::size_t pos = 0; pos < 4; ++pos) read_data(dir + "/data." + kPosNames[pos], pos, wn);
  read_counts(dir + "/cntlist.rev", wn);
  return wn;
}

}  // namespace pcgen
