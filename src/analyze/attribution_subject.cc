#include "analyze/attribution_subject.h"

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

constexpr std::array<std::string_view, 8> kAuxiliaries = {"has", "had", "have", "is",
                                                          "was", "are", "were", "will"};

// Common irregular past forms of the verbs that precede a participle cue
// ("X took a swipe at Y, saying ...", "X shot back, saying ...").
constexpr std::array<std::string_view, 24> kIrregularPast = {
    "began", "took",  "sought", "threw", "hit",     "put",    "drew", "shot",
    "went",  "made",  "gave",   "came",  "held",    "kept",   "led",  "met",
    "ran",   "stood", "struck", "won",   "brought", "fought", "rose", "sent"};

bool FiniteVerb(const AttributionText& t, uint32_t v) {
  if (!t.IsWordLike(v) || t.Capitalized(v)) return false;
  std::string_view w = t.W(v);
  if (InSet(w, kAuxiliaries) || InSet(w, kIrregularPast)) return true;
  if (InSet(w, kStops) || InSet(w, kDeterminers)) return false;
  return w.size() > 3 && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")));
}

// An adverb between a subject and its verb: "Roe later took ...".
bool AdverbBeforeVerb(const AttributionText& t, uint32_t v) {
  static constexpr std::array<std::string_view, 5> kWords = {"also", "then", "later", "earlier",
                                                             "again"};
  return IsAdverb(t, v) || InSet(t.W(v), kWords);
}

}  // namespace

SourceSite SentenceSubject(const AttributionText& t, uint32_t b, uint32_t limit) {
  SourceSite s;
  if (b + 1 >= limit || !t.IsWordLike(b)) return s;
  // A short opener before the subject: "However, he ...", "On Thursday,
  // she ...".
  if (OpensAdverbial(t.W(b))) {
    for (uint32_t k = b + 1; k < limit && k - b <= 6; ++k) {
      if (t.IsPunct(k, ",")) {
        if (k + 2 < limit) b = k + 1;
        break;
      }
      if (!t.IsWordLike(k)) break;
    }
  }
  if (!t.IsWordLike(b)) return s;
  // A personal pronoun before a lowercase word is the subject whatever the
  // verb's form ("He went on to ...", "She also compared ...").
  if (InSet(t.W(b), kSubjectPronouns) && t.IsWordLike(b + 1) && !t.Capitalized(b + 1) &&
      !InSet(t.W(b + 1), kStops)) {
    s.first = s.last = b;
    s.chained = true;
    return s;
  }
  uint32_t v = b + 1;
  if (!InSet(t.W(b), kPronouns)) {
    // A phrase of words that are not function words, up to the verb.
    while (v < limit && v - b < kMaxNp && t.IsWordLike(v) && !FiniteVerb(t, v) &&
           !AdverbBeforeVerb(t, v)) {
      std::string_view w = t.W(v);
      if (InSet(w, kStops) || InSet(w, kPronouns) || InSet(w, kDeterminers)) return s;
      ++v;
    }
    // A name ("Jane Roe"), or a short phrase under a determiner ("The
    // harbour chief", "His office").
    const bool determined = InSet(t.W(b), kDeterminers) && v - b <= 5;
    if (!t.Capitalized(v - 1) && !determined) return s;
  }
  const uint32_t subject_end = v;
  // "Roe later took ...", "Roe also compared ...".
  while (v + 1 < limit && v - subject_end < 2 && !FiniteVerb(t, v) && AdverbBeforeVerb(t, v)) {
    ++v;
  }
  if (v >= limit || !FiniteVerb(t, v)) return s;
  s.first = b;
  s.last = subject_end - 1;
  s.chained = true;
  return s;
}

}  // namespace sitrep::attribution
