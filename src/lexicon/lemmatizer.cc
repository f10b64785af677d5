#include "lexicon/lemmatizer.h"

namespace sitrep {

Lemmatizer::Entry& Lemmatizer::EntryFor(std::string_view w) {
  const uint32_t id = words_.Insert(w);
  if (id >= entries_.size()) entries_.resize(id + 1);
  return entries_[id];
}

void Lemmatizer::AddIrregular(std::string form, std::string lemma) {
  const uint32_t lemma_id = words_.Insert(lemma);
  EntryFor(form).irregular_lemma = lemma_id;
}

void Lemmatizer::AddVocabulary(std::string lemma) { EntryFor(lemma).vocabulary = true; }

std::string_view Lemmatizer::Lemma(std::string_view w, std::string* scratch) const {
  if (const uint32_t id = words_.Find(w); id != WordIndex::kNone) {
    const Entry& e = entries_[id];
    if (e.irregular_lemma != WordIndex::kNone) return words_.word(e.irregular_lemma);
    if (e.vocabulary) return w;
  }
  // Every candidate stem is at least w.size() - 4 bytes long ("stopping" ->
  // "stop"): a longer word than that cannot reach the vocabulary.
  if (w.size() < 4 || w.size() - 4 > words_.max_size()) return w;
  std::string_view found;
  auto ends = [&](std::string_view suffix) { return w.ends_with(suffix); };
  auto stem = [&](size_t drop, std::string_view add) -> bool {
    scratch->assign(w.substr(0, w.size() - drop));
    scratch->append(add);
    found = Known(*scratch);
    return !found.empty();
  };
  // Doubled final consonant: "stopped" -> "stopp" -> "stop".
  auto undouble = [&](size_t drop) -> bool {
    if (w.size() < drop + 3) return false;
    const char a = w[w.size() - drop - 1], b = w[w.size() - drop - 2];
    if (a != b) return false;
    found = Known(w.substr(0, w.size() - drop - 1));
    return !found.empty();
  };
  if (ends("ies") && stem(3, "y")) return found;
  if (ends("ied") && stem(3, "y")) return found;
  if (ends("es") && stem(2, "")) return found;
  if (ends("s") && !ends("ss") && stem(1, "")) return found;
  if (ends("ed")) {
    if (stem(2, "") || stem(1, "") || undouble(2)) return found;
  }
  if (ends("ing")) {
    if (stem(3, "") || stem(3, "e") || undouble(3)) return found;
  }
  return w;
}

}  // namespace sitrep
