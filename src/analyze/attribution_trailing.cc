#include "analyze/attribution_trailing.h"

#include <array>
#include <string_view>

#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// True when tokens [a, z) form a plain speaker phrase: word-like, unquoted,
// no clause word; a pronoun only alone.
bool PlainPhrase(const AttributionText& t, uint32_t a, uint32_t z) {
  if (a >= z || z - a > kMaxNp) return false;
  if (z - a == 1 && InSetOf<kPronouns>(t.W(a))) return !EqualsLower(t.W(a), "it");
  for (uint32_t k = a; k < z; ++k) {
    if (!t.IsWordLike(k) || t.QuoteAt(k) != nullptr) return false;
    if (InSetOf<kStops>(t.W(k)) || InSetOf<kPronouns>(t.W(k))) return false;
  }
  return true;
}

// True for a reporting verb form: a verb cue ("said", "added", "wrote"),
// lowercase, not an "-ing" form.
bool ReportingVerb(const AttributionText& t, uint32_t k) {
  const CueEntry* c = t.CueAt(k);
  return c != nullptr && !c->noun && !c->object && !t.Capitalized(k) && !t.W(k).ends_with("ing");
}

}  // namespace

bool CueAdverbial(const AttributionText& t, uint32_t a, uint32_t z) {
  if (a == z) return true;
  if (z - a > 4) return false;
  static constexpr std::array<std::string_view, 5> kLeads = {"on", "in", "at", "last", "during"};
  if (!InSetOf<kLeads>(t.W(a)) && !InSetOf<kTimeLead>(t.W(a))) return false;
  for (uint32_t k = a; k < z; ++k) {
    if (t.CueAt(k) != nullptr && !t.Capitalized(k) && !EqualsLower(t.W(k), "statement")) {
      return false;
    }
  }
  return true;
}

uint32_t TrailingAttributionComma(const AttributionText& t, uint32_t b, uint32_t e) {
  // The tail ends before the sentence's final punctuation.
  uint32_t z = e;
  while (z > b && t.IsPunct(z - 1) && !t.toks()[z - 1].has(kCloseQuote)) --z;
  if (z == e || z <= b + 3) return kNone;
  uint32_t comma = kNone;
  for (uint32_t k = z; k-- > b && z - k <= kMaxNp + 4;) {
    if (t.IsPunct(k, ",")) {
      comma = k;
      break;
    }
    // "Nothing she said 'will help,' the senator said.": the comma inside
    // the closing mark; a quotation that opens the sentence is the direct
    // quote rule's.
    if (t.toks()[k].has(kCloseQuote) && k > b && t.IsPunct(k - 1, ",")) {
      const Quotation* q = t.QuoteAt(k);
      if (q == nullptr || q->open_token == b) return kNone;
      comma = k;
      break;
    }
    if (!t.IsWordLike(k)) return kNone;
  }
  if (comma == kNone || comma < b + 2) return kNone;
  const uint32_t a = comma + 1;
  if (a + 2 < z && EqualsLower(t.W(a), "according") && EqualsLower(t.W(a + 1), "to")) {
    return comma;  // the source may hold "of" and "from": any words
  }
  // "said Jane Roe" / "said the ministry's spokesman".
  uint32_t v = a;
  while (v < z && InSetOf<kCueLead>(t.W(v))) ++v;
  if (v < z && ReportingVerb(t, v)) return PlainPhrase(t, v + 1, z) ? comma : kNone;
  // "Jane Roe said" / "she has said" / "he said on Monday".
  for (v = a + 1; v < z && v - a <= kMaxNp + 1; ++v) {
    if (!ReportingVerb(t, v)) continue;
    uint32_t src_end = v;
    while (src_end > a && InSetOf<kCueLead>(t.W(src_end - 1))) --src_end;
    return PlainPhrase(t, a, src_end) && CueAdverbial(t, v + 1, z) ? comma : kNone;
  }
  return kNone;
}

}  // namespace sitrep::attribution
