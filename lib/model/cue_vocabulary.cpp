#include "model/cue_vocabulary.hpp"

#include <stdexcept>

namespace pitchclarity::model {

WordId CueVocabulary::intern(std::string_view word) {
  const auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<WordId>(starts_.size());
  ids_.emplace(std::string(word), id);
  starts_.push_back(0);
  single_.push_back(0);
  return id;
}

ListMask CueVocabulary::new_list_bit() {
  // A programming error, not a data error: the lists are fixed in ModelData.
  if (lists_ >= 64) throw std::logic_error("CueVocabulary: more than 64 cue lists");
  return ListMask{1} << lists_++;
}

WordId CueVocabulary::find(std::string_view word) const {
  const auto it = ids_.find(word);
  return it == ids_.end() ? kNoWord : it->second;
}

void CueVocabulary::look_up(std::span<const text::Token> tokens, std::vector<TokenWords>& out) const {
  out.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    TokenWords& w = out[i];
    w.folded = find(t.folded);
    w.lemma = t.lemma == t.folded ? w.folded : find(t.lemma);
    w.starts = starts_[w.lemma] | starts_[w.folded];
    w.single = single_[w.folded];
  }
}

}  // namespace pitchclarity::model
