#include "analyze/attribution_subject.h"

#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

constexpr std::array<std::string_view, 8> kAuxiliaries = {"has", "had", "have", "is",
                                                          "was", "are", "were", "will"};

bool FiniteVerb(const AttributionText& t, uint32_t v) {
  if (!t.IsWordLike(v) || t.Capitalized(v)) return false;
  std::string_view w = t.W(v);
  if (InSet(w, kAuxiliaries)) return true;
  if (InSet(w, kStops) || InSet(w, kDeterminers)) return false;
  return w.size() > 3 && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")));
}

}  // namespace

SourceSite SentenceSubject(const AttributionText& t, uint32_t b, uint32_t limit) {
  SourceSite s;
  if (b + 1 >= limit || !t.IsWordLike(b)) return s;
  uint32_t v = b + 1;
  if (!InSet(t.W(b), kPronouns)) {
    // A phrase of words that are not function words, up to the verb.
    while (v < limit && v - b < kMaxNp && t.IsWordLike(v) && !FiniteVerb(t, v)) {
      std::string_view w = t.W(v);
      if (InSet(w, kStops) || InSet(w, kPronouns) || InSet(w, kDeterminers)) return s;
      ++v;
    }
    if (!t.Capitalized(v - 1)) return s;
  }
  if (v >= limit || !FiniteVerb(t, v)) return s;
  s.first = b;
  s.last = v - 1;
  s.chained = true;
  return s;
}

}  // namespace sitrep::attribution
