#include "analyze/attribution_colon_lead.h"

#include "analyze/attribution_quotes.h"

namespace sitrep::attribution {

bool ColonEndsSentence(const AttributionText& t, uint32_t k, uint32_t e) {
  if (k >= e || !t.IsPunct(k, ":")) return false;
  for (++k; k < e; ++k) {
    if (!t.IsPunct(k)) return false;
  }
  return true;
}

std::optional<Span> ColonLeadContent(const AttributionText& t, uint32_t e, bool* direct) {
  const auto& toks = t.toks();
  *direct = false;
  if (e >= toks.size()) return std::nullopt;
  if (t.OpensQuote(e)) {
    const Quotation* q = t.QuoteAt(e);
    uint32_t end = q->close_token + 1;
    const uint32_t run = QuoteRunEnd(t, q->close_token);
    if (run != kNone && run > end) end = run;
    *direct = true;
    return Span{toks[e].span.start, toks[end - 1].span.end};
  }
  if (!toks[e].has(kNewlineBefore)) return std::nullopt;
  uint32_t z = e + 1;
  while (z < toks.size() && !toks[z].has(kNewlineBefore)) ++z;
  return Span{toks[e].span.start, toks[z - 1].span.end};
}

}  // namespace sitrep::attribution
