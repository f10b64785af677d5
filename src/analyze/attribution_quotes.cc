#include "analyze/attribution_quotes.h"

#include <algorithm>

namespace sitrep::attribution {

bool QuoteBefore(const AttributionText& t, uint32_t b, uint32_t e, uint32_t floor,
                 uint32_t left_edge, uint32_t* right_edge, std::optional<Span>* content) {
  uint32_t before = left_edge > b ? left_edge - 1 : kNone;
  if (before != kNone && t.IsPunct(before, ",") && before > b) --before;
  if (before == kNone || before < floor || !t.toks()[before].has(kCloseQuote)) return false;
  const Quotation* q = t.QuoteAt(before);
  if (q == nullptr) return false;
  if (q->open_token < floor) return true;
  Span c = q->outer;
  // Split quotation: '"A," he said, "B."'
  uint32_t n = *right_edge;
  if (n < e && t.IsPunct(n, ",")) ++n;
  if (n < e && t.OpensQuote(n)) {
    const Quotation* q2 = t.QuoteAt(n);
    c.end = q2->outer.end;
    *right_edge = q2->close_token + 1;
  }
  *content = c;
  return true;
}

std::optional<Span> NamingQuote(const AttributionText& t, uint32_t a, uint32_t e,
                                uint32_t* right_edge) {
  uint32_t k = a;
  // "When he described the wall, he said, '...'": a comma ends the named
  // object; the quotation after it is another cue's.
  while (k < e && !t.OpensQuote(k) && !t.IsPunct(k, ",")) ++k;
  if (k == e || k - a > 10 || !t.OpensQuote(k)) return std::nullopt;
  const Quotation* q = t.QuoteAt(k);
  *right_edge = q->close_token + 1;
  // PolNeAR keeps the named object: "called [the plan 'a trap']".
  return Span{t.toks()[a].span.start, q->outer.end};
}

uint32_t QuoteRunEnd(const AttributionText& t, uint32_t tok) {
  const auto& sents = t.doc().sentences;
  const auto& toks = t.toks();
  auto it = std::upper_bound(sents.begin(), sents.end(), tok,
                             [](uint32_t x, const Sentence& s) { return x < s.last_token; });
  if (it == sents.end()) return kNone;
  const uint32_t si = static_cast<uint32_t>(it - sents.begin());
  uint32_t end = kNone;
  uint32_t k = si + 1;
  while (k < sents.size() && sents[k].paragraph <= sents[k - 1].paragraph + 1) {
    uint32_t f = sents[k].first_token;
    if (f >= sents[k].last_token || !t.OpensQuote(f)) break;
    uint32_t close = t.QuoteAt(f)->close_token;
    while (k < sents.size() && sents[k].last_token <= close) ++k;
    // The quotation must end its sentence: a cue after it starts a new
    // statement ("'B,' she added.").
    uint32_t stop = k < sents.size() ? sents[k].last_token : static_cast<uint32_t>(toks.size());
    for (uint32_t z = close + 1; z < stop; ++z) {
      if (!t.IsPunct(z)) return end;
    }
    end = close + 1;
    if (k < sents.size() && sents[k].first_token <= close) ++k;
  }
  return end;
}

std::optional<Span> QuoteEndingBefore(const AttributionText& t, uint32_t b) {
  if (b == 0 || (t.toks()[b].flags & kNewlineBefore)) return std::nullopt;
  for (uint32_t k = b; k-- > 0 && b - k <= 3;) {
    if (t.toks()[k].has(kCloseQuote)) {
      const Quotation* q = t.QuoteAt(k);
      if (q == nullptr || q->close_token != k) return std::nullopt;
      return q->outer;
    }
    if (!t.IsPunct(k)) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace sitrep::attribution
