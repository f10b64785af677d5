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
#include <unordered_map>
#include <unordered_set>

namespace sitrep {

class Lemmatizer {
 public:
  void AddIrregular(std::string form, std::string lemma);
  void AddVocabulary(std::string lemma);
  bool InVocabulary(std::string_view w) const { return Known(w); }

  // The vocabulary lemma of `word`, or `word` itself. The result views either
  // `word` or storage owned by the lemmatizer (stable while it lives);
  // `scratch` is working space.
  std::string_view Lemma(std::string_view word, std::string* scratch) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  bool Known(std::string_view w) const { return vocab_.find(w) != vocab_.end(); }
  std::string_view Stored(std::string_view w) const { return *vocab_.find(w); }

  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> irregular_;
  std::unordered_set<std::string, Hash, std::equal_to<>> vocab_;
};

}  // namespace sitrep

#endif  // SITREP_LEXICON_LEMMATIZER_H_
