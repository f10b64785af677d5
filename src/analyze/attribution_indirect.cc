#include "analyze/attribution_indirect.h"

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {

std::optional<Span> Postposed(const AttributionText& t, uint32_t e, uint32_t floor,
                              uint32_t left_edge, uint32_t* right_edge) {
  uint32_t r = *right_edge;
  if (left_edge <= floor + 1 || !t.IsPunct(left_edge - 1, ",") || r >= e || !t.IsPunct(r) ||
      t.IsPunct(r, ":")) {
    return std::nullopt;
  }
  // When the sentence goes on after a comma ("A, Smith said, B."), the
  // content is its extent.
  if (t.IsPunct(r, ",") && r + 1 < e && !ClauseBreak(t, r, e)) {
    *right_edge = e;
    return Content(t, floor, e);
  }
  return Content(t, floor, left_edge - 1);
}

namespace {

// True at ", but B" (and the like) when the rest of the sentence holds no
// cue word: annotators keep such a concessive clause in the content.
bool ConcessiveGoesOn(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 1 >= e || !InSet(t.W(z + 1), kConcessive)) return false;
  for (uint32_t k = z + 2; k < e; ++k) {
    if (t.CueAt(k) != nullptr) return false;
  }
  return true;
}

// True at ", which B" when B runs to the sentence end without another
// comma; "that X, who B, did C" keeps the embedded relative clause.
bool TrailingBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 1 >= e || !InSet(t.W(z + 1), kTrailingBreak)) return false;
  for (uint32_t k = z + 2; k < e; ++k) {
    if (t.IsPunct(k, ",")) return false;
  }
  return true;
}

}  // namespace

Forward ForwardContent(const AttributionText& t, const CueEntry& cue, uint32_t a, uint32_t e) {
  Forward f;
  if (cue.object) {
    uint32_t z = a;
    while (z < e && z - a < kMaxNp && t.IsWordLike(z) && !InSet(t.W(z), kObjectEnd)) ++z;
    f.content = Content(t, a, z);
    f.end = z;
    return f;
  }
  if (InSet(std::string_view(cue.lemma), kObjectCues)) {
    // Skip the addressee up to "that" or a quotation ("told a town hall in
    // Salem, N.H., on Monday that ...").
    for (uint32_t k = a; k < e && k - a < kMaxNp; ++k) {
      if (EqualsLower(t.W(k), "that") || t.toks()[k].has(kOpenQuote)) {
        a = k;
        break;
      }
      if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
    }
  }
  // "said Tuesday he ...", "said on Friday that ...".
  while (a + 1 < e && (InSet(t.W(a), kTimeLead) ||
                       (EqualsLower(t.W(a), "on") && InSet(t.W(a + 1), kTimeLead)))) {
    a += EqualsLower(t.W(a), "on") ? 2 : 1;
  }
  // "claimed without citing any evidence that ...", "said on Monday that
  // ...": the content starts at "that".
  if (a < e && InSet(t.W(a), kAdverbialLead)) {
    for (uint32_t k = a + 1; k < e && k - a < 10; ++k) {
      if (EqualsLower(t.W(k), "that")) {
        a = k;
        break;
      }
      if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
    }
  }
  // The clause runs to the next participial cue or the sentence end.
  uint32_t z = a;
  while (z < e) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token + 1;
      continue;
    }
    if (z > a && ClauseBreak(t, z, e) && !ConcessiveGoesOn(t, z, e)) break;
    if (z > a && TrailingBreak(t, z, e)) break;
    ++z;
  }
  f.direct = a < e && t.OpensQuote(a) && t.QuoteAt(a)->close_token + 2 >= z;
  f.content = Content(t, a, z);
  f.end = z;
  return f;
}

uint32_t OpenerEnd(const AttributionText& t, uint32_t cue_first, uint32_t a, uint32_t b,
                   uint32_t e) {
  bool opens = cue_first == b || (cue_first == b + 1 && InSet(t.W(b), kOpenerLead));
  if (!opens) return e;
  for (uint32_t z = a; z < e; ++z) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token;
      continue;
    }
    if (t.IsPunct(z, ",")) return z;
  }
  return e;
}

}  // namespace sitrep::attribution
