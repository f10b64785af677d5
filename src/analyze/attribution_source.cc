#include "analyze/attribution_source.h"

#include "analyze/attribution_spans.h"
#include "analyze/attribution_subject.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// The source left of the cue, or none.
SourceSite LeftSource(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  uint32_t f = LeftNp(t, cue_first - 1, floor);
  if (f != kNone) {
    s.first = f;
    s.last = cue_first - 1;
    return s;
  }
  if (cue_first < floor + 2 || !t.IsPunct(cue_first - 1, ",")) return s;
  // "X, who spoke with Y in Z, said": X and its relative clause, closed by
  // the comma (PolNeAR's extent). The clause is short and plain: no quote,
  // no other clause punctuation.
  for (uint32_t k = cue_first - 2; k > floor + 1 && cue_first - k < 3 * kMaxNp; --k) {
    if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
    if (t.QuoteAt(k) != nullptr) break;
    if (t.IsPunct(k - 1, ",") && (EqualsLower(t.W(k), "who") || EqualsLower(t.W(k), "which"))) {
      uint32_t x = LeftNp(t, k - 2, floor);
      if (x != kNone && !InSet(t.W(k - 2), kPronouns)) {
        s.first = x;
        s.last = cue_first - 1;
        return s;
      }
      break;
    }
  }
  // "Jane Roe, a spokeswoman, said": only when the phrase before the comma
  // is an appositive after a name (LeftNp extends over it).
  f = LeftNp(t, cue_first - 2, floor);
  if (f == kNone || f + 1 >= cue_first - 1 || !t.IsWordLike(f) || !t.Capitalized(f)) return s;
  for (uint32_t k = f; k < cue_first - 1; ++k) {
    if (t.IsPunct(k, ",")) {
      // PolNeAR closes the appositive with its comma.
      s.first = f;
      s.last = cue_first - 1;
      return s;
    }
  }
  return s;
}

}  // namespace

SourceSite FindSource(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e,
                      uint32_t floor, const SourceSite& prev) {
  SourceSite src;
  if (cue.participle) {
    src = prev.first != kNone ? prev : SentenceSubject(t, b, cue.first);
    src.right = false;
    src.chained = true;
  } else if (cue.first > b) {
    src = LeftSource(t, cue.first, floor);
  }
  if (src.first != kNone || src.chained) return src;
  // "X said A and added B": the coordinated cue shares X; "X did A and
  // warned B": the clause's subject.
  if (cue.first > b &&
      (EqualsLower(t.W(cue.first - 1), "and") || EqualsLower(t.W(cue.first - 1), "but"))) {
    SourceSite shared = prev.first != kNone ? prev : SentenceSubject(t, b, cue.first - 1);
    if (shared.first != kNone) {
      shared.right = false;
      shared.chained = true;
      return shared;
    }
  }
  if (cue.last + 1 >= e || !t.IsWordLike(cue.last + 1)) return src;
  uint32_t end = RightNpEnd(t, cue.last + 1, e);
  // Inverted order only at a clause end: "..., said Jane Roe."
  if (end > cue.last + 1 && (end == e || t.IsPunct(end)) && cue.first > b &&
      (t.IsPunct(cue.first - 1, ",") || t.toks()[cue.first - 1].has(kCloseQuote))) {
    src.first = cue.last + 1;
    src.last = end - 1;
    src.right = true;
    // "..., said Jane Roe, a lawyer who ...": the appositive runs to the
    // sentence end unless a quotation or a new clause follows.
    if (end < e && t.IsPunct(end, ",")) {
      uint32_t z = end;
      while (z < e && !t.toks()[z].has(kOpenQuote) && !ClauseBreak(t, z, e)) ++z;
      if (z == e) {
        while (z > end && !t.IsWordLike(z - 1)) --z;
        src.last = z - 1;
      }
    }
  }
  return src;
}

}  // namespace sitrep::attribution
