// Lemmatizer: English verb and noun inflections back to a lemma, for matching
// event patterns ("met" -> meet, "imposing" -> impose, "sanctions" ->
// sanction).
//
// Hand-written rather than a library: the only lemmas that matter are the
// pattern vocabulary, so the rules need not be right for every English word,
// only never wrong onto that vocabulary. A word's candidate stems (irregular
// table, then -ies/-ied -> y, -es, -s, -ed, -d, -ing, -ing + e, doubled final
// consonant) are tried in order and the first one in the vocabulary wins;
// a word with no candidate in the vocabulary is its own lemma.
//
// Words are lowercase ASCII (callers fold); Lemma() does no allocation when
// the word is its own lemma or an irregular form.
#ifndef SITREP_LEXICON_LEMMATIZER_H_
#define SITREP_LEXICON_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/word_index.h"

namespace sitrep {

class Lemmatizer {
 public:
  void AddIrregular(std::string form, std::string lemma);
  void AddVocabulary(std::string lemma);
  bool InVocabulary(std::string_view w) const { return !Known(w).empty(); }

  // The vocabulary lemma of `word`, or `word` itself. The result views either
  // `word` or storage owned by the lemmatizer (stable while it lives);
  // `scratch` is working space.
  std::string_view Lemma(std::string_view word, std::string* scratch) const;

 private:
  // Irregular forms and vocabulary share one index, so that the first probe
  // of a word answers both questions (the hot path runs once per token).
  struct Entry {
    uint32_t irregular_lemma = WordIndex::kNone;  // id of the lemma
    bool vocabulary = false;
  };
  // The stored vocabulary copy of `w`, or an empty view.
  std::string_view Known(std::string_view w) const {
    const uint32_t id = words_.Find(w);
    return id != WordIndex::kNone && entries_[id].vocabulary ? words_.word(id) : std::string_view();
  }
  Entry& EntryFor(std::string_view w);

  WordIndex words_;
  std::vector<Entry> entries_;  // by id in words_
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_LEMMATIZER_H_
