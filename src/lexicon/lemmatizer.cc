#include "lexicon/lemmatizer.h"

namespace sitrep {

void Lemmatizer::AddIrregular(std::string form, std::string lemma) {
  irregular_[std::move(form)] = std::move(lemma);
}

void Lemmatizer::AddVocabulary(std::string lemma) { vocab_.insert(std::move(lemma)); }

std::string_view Lemmatizer::Lemma(std::string_view w, std::string* scratch) const {
  if (auto it = irregular_.find(w); it != irregular_.end()) return it->second;
  if (w.size() < 4 || Known(w)) return w;
  auto ends = [&](std::string_view suffix) { return w.ends_with(suffix); };
  auto stem = [&](size_t drop, std::string_view add) -> bool {
    scratch->assign(w.substr(0, w.size() - drop));
    scratch->append(add);
    return Known(*scratch);
  };
  // Doubled final consonant: "stopped" -> "stopp" -> "stop".
  auto undouble = [&](size_t drop) -> bool {
    if (w.size() < drop + 3) return false;
    const char a = w[w.size() - drop - 1], b = w[w.size() - drop - 2];
    if (a != b) return false;
    scratch->assign(w.substr(0, w.size() - drop - 1));
    return Known(*scratch);
  };
  if (ends("ies") && stem(3, "y")) return Stored(*scratch);
  if (ends("ied") && stem(3, "y")) return Stored(*scratch);
  if (ends("es") && stem(2, "")) return Stored(*scratch);
  if (ends("s") && !ends("ss") && stem(1, "")) return Stored(*scratch);
  if (ends("ed")) {
    if (stem(2, "") || stem(1, "") || undouble(2)) return Stored(*scratch);
  }
  if (ends("ing")) {
    if (stem(3, "") || stem(3, "e") || undouble(3)) return Stored(*scratch);
  }
  return w;
}

}  // namespace sitrep
