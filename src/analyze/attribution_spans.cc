#include "analyze/attribution_spans.h"

#include "analyze/attribution_words.h"

namespace sitrep::attribution {

uint32_t LeftNp(const AttributionText& t, uint32_t j, uint32_t floor) {
  if (j == kNone || j < floor || !t.IsWordLike(j)) return kNone;
  if (InSet(t.W(j), kPronouns)) return j;
  uint32_t first = kNone;
  for (uint32_t k = j + 1; k-- > floor && j + 1 - k <= kMaxNp;) {
    if (!t.IsWordLike(k)) break;
    std::string_view w = t.W(k);
    if (InSet(w, kDeterminers)) {
      first = k;
      break;
    }
    // "about 4 in 10", "more than half": a proportion of a poll's respondents.
    const bool before_number = k < j && t.toks()[k + 1].kind == TokenKind::kNumber;
    const bool proportion = ((EqualsLower(w, "in") || EqualsLower(w, "about")) && before_number) ||
                            (EqualsLower(w, "than") && k > floor &&
                             (EqualsLower(t.W(k - 1), "more") || EqualsLower(t.W(k - 1), "fewer")));
    if (!proportion && (InSet(w, kStops) || InSet(w, kPronouns))) break;
    if (t.cues().FindWord(w) != nullptr && !t.Capitalized(k)) break;
    first = k;
  }
  if (first == kNone) return kNone;
  while (first < j && EqualsLower(t.W(first), "of")) ++first;
  // Appositive after a name: "Jane Roe, a spokeswoman for X," -> from "Jane".
  if (InSet(t.W(first), kDeterminers) && first >= floor + 2 && t.IsPunct(first - 1, ",") &&
      t.Capitalized(first - 2)) {
    uint32_t k = first - 2;
    while (k > floor && t.Capitalized(k - 1) && t.IsWordLike(k - 1) && first - k < kMaxNp) {
      --k;
    }
    first = k;
  }
  return first;
}

uint32_t RightNpEnd(const AttributionText& t, uint32_t k, uint32_t ceil) {
  uint32_t e = k;
  while (e < ceil && e - k < kMaxNp && t.IsWordLike(e)) {
    std::string_view w = t.W(e);
    if (e > k && (InSet(w, kStops) || InSet(w, kPronouns))) break;
    ++e;
  }
  return e;
}

std::optional<Span> Content(const AttributionText& t, uint32_t a, uint32_t b) {
  while (b > a && t.IsPunct(b - 1)) --b;
  while (a < b && t.IsPunct(a)) ++a;
  if (a >= b) return std::nullopt;
  return t.SpanOf(a, b - 1);
}

bool ClauseBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  if (z + 1 >= e) return false;
  if (t.IsPunct(z, ",")) {
    // "said A, but that B": the second clause is reported too.
    if (z + 2 < e && EqualsLower(t.W(z + 1), "but") && EqualsLower(t.W(z + 2), "that")) {
      return false;
    }
    return InSet(t.W(z + 1), kContentBreak) ||
           (t.W(z + 1).ends_with("ing") && t.CueAt(z + 1) != nullptr) ||
           EqualsLower(t.W(z + 1), "according");
  }
  // "X said A and added B": a second cue verb coordinated with the first.
  if (EqualsLower(t.W(z), "and") || EqualsLower(t.W(z), "but")) {
    uint32_t v = z + 1;
    if (v + 1 < e && InSet(t.W(v), kCueLead)) ++v;
    const CueEntry* c = t.CueAt(v);
    return c != nullptr && !c->noun && !t.W(v).ends_with("ing") && !t.Capitalized(v);
  }
  return false;
}

}  // namespace sitrep::attribution
