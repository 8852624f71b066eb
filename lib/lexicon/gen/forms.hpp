// gen/forms.hpp — the word forms of the lexicon with their match_lemma answers, so the library looks a word
// of a text up once instead of running the morphology (about ten probes of the tables) on it.
#pragma once

#include <map>
#include <string>

#include "gen_lex.hpp"

namespace pcgen {

// Every single word the morphology knows, the regular inflections its suffix rules undo (plurals, -s, -ed,
// -ing, -er, -est), the irregular forms of WordNet's exception lists and the curated forms of lemmas.tsv and
// spelling.tsv, each mapped to match_lemma's answer for it, computed here with the very function the library
// runs. A form the list lacks is lemmatised at run time as before, so the list only has to be a memo, never
// complete.
std::map<std::string, std::string, std::less<>> word_forms(const GenLex& lex);

}  // namespace pcgen
