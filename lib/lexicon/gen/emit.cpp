// gen/emit.cpp — the C++ writer for the generated tables (see emit.hpp).
#include "emit.hpp"

#include <cstdio>
#include <fstream>

#include "forms.hpp"
#include <sstream>
#include <type_traits>
#include <vector>

namespace pcgen {
namespace {

namespace d = pitchclarity::lexicon::detail;

struct FrontCoded {
  std::string bytes;
  std::vector<std::uint32_t> blocks;
  std::size_t size = 0;
  std::vector<std::uint32_t> slots;  // the hash index (see KeyTable)
};

// The hash index over keys in order: slot = tag << 24 | (position + 1), linear probing, at most half full.
std::vector<std::uint32_t> hash_slots(const std::vector<std::uint32_t>& hashes, const char* table) {
  if (hashes.size() > d::kMaxIndexedKeys) fail(table, "too many keys for the hash index");
  std::size_t count = 2;
  while (count < 2 * hashes.size()) count *= 2;
  std::vector<std::uint32_t> slots(count, 0);
  const std::size_t mask = count - 1;
  for (std::size_t position = 0; position < hashes.size(); ++position) {
    std::size_t i = hashes[position] & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = (hashes[position] >> 24) << 24 | static_cast<std::uint32_t>(position + 1);
  }
  return slots;
}

// Keys must arrive sorted and unique (they come from std::map/std::set).
template <class Keys>
FrontCoded front_code(const Keys& keys, const char* table) {
  FrontCoded out;
  std::string previous;
  std::vector<std::uint32_t> hashes;
  for (const auto& entry : keys) {
    const std::string& key = [&]() -> const std::string& {
      if constexpr (std::is_same_v<typename Keys::value_type, std::string>)
        return entry;
      else
        return entry.first;
    }();
    if (key.size() > 255) fail(table, "key longer than 255 bytes: " + key.substr(0, 60) + "...");
    if (out.size % d::kBlockKeys == 0) {
      out.blocks.push_back(static_cast<std::uint32_t>(out.bytes.size()));
      out.bytes += static_cast<char>(key.size());
      out.bytes += key;
    } else {
      std::size_t shared = 0;
      while (shared < key.size() && shared < previous.size() && key[shared] == previous[shared]) ++shared;
      out.bytes += static_cast<char>(shared);
      out.bytes += static_cast<char>(key.size() - shared);
      out.bytes += key.substr(shared);
    }
    previous = key;
    hashes.push_back(d::key_hash(key));
    ++out.size;
  }
  out.slots = hash_slots(hashes, table);
  return out;
}

class Writer {
 public:
  void literal(const std::string& type, const std::string& name, const std::string& bytes) {
    out_ << "constexpr " << type << ' ' << name << "[] =\n    \"";
    std::size_t column = 0;
    for (unsigned char c : bytes) {
      if (column > 100) {
        out_ << "\"\n    \"";
        column = 0;
      }
      if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"' && c != '?') {
        out_ << c;
        ++column;
      } else {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out_ << buf;
        column += 4;
      }
    }
    out_ << "\";\n";
    bytes_ += bytes.size();
  }
  template <class T>
  void array(const std::string& type, const std::string& name, const std::vector<T>& values) {
    out_ << "constexpr " << type << ' ' << name << "[] = {";
    for (std::size_t i = 0; i < values.size(); ++i) out_ << (i % 16 == 0 ? "\n    " : " ") << +values[i] << ',';
    if (values.empty()) out_ << "0";  // arrays cannot be empty; an empty table never reads it
    out_ << "};\n";
    bytes_ += values.size() * sizeof(T);
  }
  // A key table named `name`: its blocks, offsets and the KeyTable initialiser text.
  std::string keys(const std::string& name, const FrontCoded& fc) {
    literal("char", name + "Keys", fc.bytes);
    array("std::uint32_t", name + "Blocks", fc.blocks);
    array("std::uint32_t", name + "Slots", fc.slots);
    return "{" + name + "Keys, " + name + "Blocks, " + std::to_string(fc.blocks.size()) + ", " +
           std::to_string(fc.size) + ", " + name + "Slots, " + std::to_string(fc.slots.size() - 1) + "}";
  }
  std::ostringstream& raw() { return out_; }
  std::size_t bytes() const { return bytes_; }

 private:
  std::ostringstream out_;
  std::size_t bytes_ = 0;
};

class Pool {
 public:
  std::uint32_t add(const std::string& s, const char* what) {
    if (s.size() > 255) fail(what, "string longer than 255 bytes: " + s.substr(0, 60));
    auto [it, added] = offsets_.emplace(s, static_cast<std::uint32_t>(text_.size()));
    if (added) text_ += s;
    if (text_.size() >= (1U << 24)) fail(what, "string pool over 16 MiB");
    return it->second << 8 | static_cast<std::uint32_t>(s.size());
  }
  const std::string& text() const { return text_; }

 private:
  std::map<std::string, std::uint32_t> offsets_;
  std::string text_;
};

template <class Map>
std::vector<std::uint32_t> pooled_values(const Map& map, Pool& pool, const char* what) {
  std::vector<std::uint32_t> out;
  for (const auto& [key, value] : map) out.push_back(pool.add(value, what));
  return out;
}

}  // namespace

EmitStats write_tables(const Inputs& in, const std::string& path) {
  const Morph morph(in.lex);
  // Words: the single words the morphology knows and the noun lemma phrases.
  std::map<std::string, NounClass const*> words;
  for (const auto& [w, flags] : in.lex.word_flags) words.emplace(w, nullptr);
  for (const auto& [w, c] : in.nouns.nouns) words[w] = &c;
  std::vector<std::uint8_t> flags, noun, depth;
  for (auto& [w, c] : words) {
    if (!c && (in.lex.flags(w) & d::kNoun)) {  // "works", "organisation": the class of their lemma
      auto it = in.nouns.nouns.find(lemma_phrase(morph, w));
      if (it != in.nouns.nouns.end()) c = &it->second;
    }
    flags.push_back(in.lex.flags(w));
    noun.push_back(c ? d::noun_byte(static_cast<std::uint8_t>(c->kind), c->head) : d::noun_byte(d::kNoKind, {}));
    depth.push_back(c ? c->depth : 0);
  }

  Writer w;
  Pool pool;
  auto& o = w.raw();
  o << "// Generated by pc_lexicon_gen from WordNet 3.0, NAICS 2017 and lib/lexicon/data. Do not edit.\n"
       "#include \"lexicon/tables.hpp\"\n\n"
       "#if defined(__GNUC__)\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n\n"
       "namespace pitchclarity::lexicon::detail {\nnamespace {\n\n";
  const std::string word_keys = w.keys("kWord", front_code(words, "words"));
  w.literal("std::uint8_t", "kWordFlags", std::string(flags.begin(), flags.end()));
  w.literal("std::uint8_t", "kWordNoun", std::string(noun.begin(), noun.end()));
  w.literal("std::uint8_t", "kWordDepth", std::string(depth.begin(), depth.end()));

  std::string exception_keys[4];
  const char* names[] = {"Noun", "Verb", "Adj", "Adv"};
  for (std::size_t p = 0; p < 4; ++p) {
    const std::string name = std::string("kExc") + names[p];
    exception_keys[p] = w.keys(name, front_code(in.lex.exceptions[p], "exceptions"));
    w.array("std::uint32_t", name + "Values", pooled_values(in.lex.exceptions[p], pool, "exceptions"));
  }
  const std::string override_keys = w.keys("kOverride", front_code(in.lex.overrides, "lemmas"));
  w.array("std::uint32_t", "kOverrideValues", pooled_values(in.lex.overrides, pool, "lemmas"));
  const std::string spelling_keys = w.keys("kSpelling", front_code(in.lex.spellings, "spellings"));
  w.array("std::uint32_t", "kSpellingValues", pooled_values(in.lex.spellings, pool, "spellings"));
  // Word forms: a form whose lemma it begins with stores how many bytes to drop, others a pooled lemma.
  const auto forms = word_forms(in.lex);
  std::vector<std::uint32_t> form_lemmas;
  for (const auto& [form, lemma] : forms) {
    if (form.starts_with(lemma)) {
      form_lemmas.push_back(static_cast<std::uint32_t>(form.size() - lemma.size()) << 8);
    } else {
      form_lemmas.push_back(pool.add(lemma, "forms"));
    }
  }
  const std::string form_keys = w.keys("kForm", front_code(forms, "forms"));
  w.array("std::uint32_t", "kFormLemmas", form_lemmas);
  const std::string broad_keys = w.keys("kBroadModifier", front_code(in.broad_modifiers, "modifiers"));
  const std::string neutral_keys = w.keys("kNeutralModifier", front_code(in.neutral_modifiers, "modifiers"));
  const std::string place_keys = w.keys("kPlace", front_code(in.nouns.places, "places"));
  std::string place_flags;
  for (const auto& [name, f] : in.nouns.places) place_flags += static_cast<char>(f);
  w.literal("std::uint8_t", "kPlaceFlags", place_flags);

  const std::string phrase_keys = w.keys("kSectorPhrase", front_code(in.sectors.phrases, "sector phrases"));
  std::vector<std::uint32_t> refs;
  for (const auto& [phrase, ref] : in.sectors.phrases) refs.push_back(ref);
  w.array("std::uint32_t", "kSectorRefs", refs);
  const std::string code_keys = w.keys("kSectorCode", front_code(in.sectors.codes, "sector codes"));
  std::vector<std::uint16_t> code_entries;
  for (const auto& [code, entry] : in.sectors.codes) code_entries.push_back(entry);
  w.array("std::uint16_t", "kSectorCodeEntries", code_entries);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sector_strings;
  for (const auto& [code, title] : in.sectors.list)
    sector_strings.emplace_back(pool.add(code, "sectors"), pool.add(title, "sectors"));
  w.literal("char", "kPool", pool.text());
  o << "constexpr Sector kSectorList[] = {";
  for (std::size_t i = 0; i < sector_strings.size(); ++i) {
    auto [code, title] = sector_strings[i];
    o << (i % 4 == 0 ? "\n    " : " ") << "{{kPool + " << (code >> 8) << ", " << (code & 0xff) << "}, {kPool + "
      << (title >> 8) << ", " << (title & 0xff) << "}},";
  }
  o << "};\n";

  o << "\n}  // namespace\n\nconstinit const Tables kTables = {\n"
    << "    " << word_keys << ", kWordFlags, kWordNoun, kWordDepth,\n"
    << "    {" << exception_keys[0] << ", " << exception_keys[1] << ",\n     " << exception_keys[2] << ", "
    << exception_keys[3] << "},\n"
    << "    {kExcNounValues, kExcVerbValues, kExcAdjValues, kExcAdvValues},\n"
    << "    " << override_keys << ", kOverrideValues,\n"
    << "    " << spelling_keys << ", kSpellingValues,\n"
    << "    " << form_keys << ", kFormLemmas,\n"
    << "    " << broad_keys << ",\n    " << neutral_keys << ",\n"
    << "    " << place_keys << ", kPlaceFlags,\n"
    << "    " << phrase_keys << ", kSectorRefs, kSectorList,\n"
    << "    " << code_keys << ", kSectorCodeEntries,\n"
    << "    kPool,\n};\n\n}  // namespace pitchclarity::lexicon::detail\n";

  const std::string temp = path + ".tmp";
  {
    std::ofstream file(temp, std::ios::binary);
    if (!file) fail(temp, "cannot write");
    file << o.str();
    if (!file) fail(temp, "write failed");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) fail(path, "cannot replace");
  return EmitStats{words.size(), w.bytes() + sector_strings.size() * sizeof(pitchclarity::lexicon::Sector)};
}

}  // namespace pcgen
