#include "lexicon/lemmatizer.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep {

size_t Lemmatizer::Hash::operator()(std::string_view s) const {
  return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
}

void Lemmatizer::AddIrregular(std::string form, std::string lemma) {
  Entry& e = words_[std::move(form)];
  e.irregular_lemma = std::move(lemma);
  e.irregular = true;
}

void Lemmatizer::AddVocabulary(std::string lemma) { words_[std::move(lemma)].vocabulary = true; }

std::string_view Lemmatizer::Lemma(std::string_view w, std::string* scratch) const {
  if (auto it = words_.find(w); it != words_.end()) {
    if (it->second.irregular) return it->second.irregular_lemma;
    if (it->second.vocabulary) return w;
  }
  if (w.size() < 4) return w;
  const std::string* found = nullptr;
  auto ends = [&](std::string_view suffix) { return w.ends_with(suffix); };
  auto stem = [&](size_t drop, std::string_view add) -> bool {
    scratch->assign(w.substr(0, w.size() - drop));
    scratch->append(add);
    found = Known(*scratch);
    return found != nullptr;
  };
  // Doubled final consonant: "stopped" -> "stopp" -> "stop".
  auto undouble = [&](size_t drop) -> bool {
    if (w.size() < drop + 3) return false;
    const char a = w[w.size() - drop - 1], b = w[w.size() - drop - 2];
    if (a != b) return false;
    scratch->assign(w.substr(0, w.size() - drop - 1));
    found = Known(*scratch);
    return found != nullptr;
  };
  if (ends("ies") && stem(3, "y")) return *found;
  if (ends("ied") && stem(3, "y")) return *found;
  if (ends("es") && stem(2, "")) return *found;
  if (ends("s") && !ends("ss") && stem(1, "")) return *found;
  if (ends("ed")) {
    if (stem(2, "") || stem(1, "") || undouble(2)) return *found;
  }
  if (ends("ing")) {
    if (stem(3, "") || stem(3, "e") || undouble(3)) return *found;
  }
  return w;
}

}  // namespace sitrep
