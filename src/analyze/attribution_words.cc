#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool IsPossessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("\u2019s");
}

}  // namespace sitrep::attribution
