#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsPossessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("\u2019s");
}

}  // namespace sitrep::attribution
