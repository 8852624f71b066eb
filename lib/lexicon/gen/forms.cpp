// gen/forms.cpp — the word forms of the lexicon and their lemmas (see forms.hpp).
#include "forms.hpp"

#include <set>
#include <string_view>

namespace pcgen {
namespace {

namespace d = pitchclarity::lexicon::detail;

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool ends_in_sibilant(std::string_view w) {
  return ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh");
}

// The regular forms that WordNet's detachment rules (morphology.hpp) take back to `word`, for each part of
// speech the word has, as English spells them (so "-es" only after a sibilant or, for verbs, an "o", and
// comparatives only of short adjectives: "beautifuler" would only take room). Generating a form that is no
// word costs only room, and missing one only time: every candidate gets match_lemma's own answer.
void inflections(const std::string& word, std::uint8_t flags, std::set<std::string>& out) {
  const auto stem = [&](std::size_t drop) { return word.substr(0, word.size() - drop); };
  const bool noun = flags & d::kNoun, verb = flags & d::kVerb;
  if (noun || verb) {
    out.insert(word + "s");
    if (ends_with(word, "y")) out.insert(stem(1) + "ies");
    if (ends_in_sibilant(word) || (verb && ends_with(word, "o"))) out.insert(word + "es");
  }
  if (noun && ends_with(word, "man")) out.insert(stem(3) + "men");
  if (verb) {
    out.insert(word + "ed");
    out.insert(word + "ing");
    if (ends_with(word, "e")) {
      out.insert(word + "d");
      out.insert(stem(1) + "ing");
    }
  }
  if ((flags & d::kAdjective) && word.size() <= 6) {
    out.insert(word + "er");
    out.insert(word + "est");
    if (ends_with(word, "e")) {
      out.insert(word + "r");
      out.insert(word + "st");
    }
  }
}

}  // namespace

std::map<std::string, std::string, std::less<>> word_forms(const GenLex& lex) {
  std::set<std::string> candidates;
  for (const auto& [word, flags] : lex.word_flags) {
    candidates.insert(word);
    inflections(word, flags, candidates);
  }
  for (const auto& exceptions : lex.exceptions)
    for (const auto& [form, base] : exceptions) candidates.insert(form);
  for (const auto& [form, lemma] : lex.overrides) candidates.insert(form);
  for (const auto& [british, canonical] : lex.spellings) {
    candidates.insert(british);
    inflections(british, lex.flags(british), candidates);
  }

  const Morph morph(lex);
  std::map<std::string, std::string, std::less<>> forms;
  std::string scratch;
  for (const std::string& form : candidates) {
    // Keys are at most 255 bytes and the morphology leaves words of kMaxWord bytes or more as they are.
    if (form.empty() || form.size() >= d::kMaxWord) continue;
    forms.emplace(form, std::string(morph.match_lemma(form, scratch)));
  }
  return forms;
}

}  // namespace pcgen
