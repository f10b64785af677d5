#include "analyze/attribution_cue_opening.h"

#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {

std::optional<Nominal> OpeningParticiple(const AttributionText& t, const CueSite& site, uint32_t b,
                                         uint32_t e) {
  if (!site.opening || site.first != b) return std::nullopt;
  // "Noting that, these reports seem ...": a lone pronoun object ("that",
  // "this", "it") is a linking phrase, not a report.
  if (site.last + 2 < e && t.IsPunct(site.last + 2, ",")) return std::nullopt;
  uint32_t comma_end = kNone;  // the token after the last top-level comma
  for (uint32_t k = site.last + 1; k < e; ++k) {
    if (t.OpensQuote(k)) {
      // "Recalling 'A,' the statement urged": the comma closes the quotation.
      const uint32_t close = t.QuoteAt(k)->close_token;
      if (close >= e) return std::nullopt;
      if (close > k + 1 && t.IsPunct(close - 1, ",")) comma_end = close + 1;
      k = close;
      continue;
    }
    if (t.IsPunct(k, ",")) {
      comma_end = k + 1;
      continue;
    }
    if (t.IsPunct(k) && !t.IsPunct(k, "-")) {
      if (t.W(k) == ";" || t.W(k) == ":" || t.W(k) == "(") return std::nullopt;
    }
    if (comma_end == kNone || k <= comma_end || k - comma_end > kMaxNp) continue;
    const CueEntry* cue = t.CueAt(k);
    if (cue == nullptr || cue->noun || t.Capitalized(k) || t.W(k).ends_with("ing")) continue;
    // The subject sits between the comma and the verb's auxiliaries.
    uint32_t v = k;
    while (v > comma_end && InSetOf<kCueLead>(t.W(v - 1))) --v;
    if (v == comma_end) return std::nullopt;
    if (LeftNp(t, v - 1, comma_end) != comma_end) return std::nullopt;
    std::optional<Span> content = Content(t, site.last + 1, comma_end);
    if (!content) return std::nullopt;
    return Nominal{site.first, site.last, comma_end, v - 1, *content, comma_end};
  }
  return std::nullopt;
}

}  // namespace sitrep::attribution
