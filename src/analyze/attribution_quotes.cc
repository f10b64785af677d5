#include "analyze/attribution_quotes.h"

#include <algorithm>

#include "analyze/attribution_content_breaks.h"
#include "analyze/attribution_spans.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool QuoteBefore(const AttributionText& t, uint32_t b, uint32_t e, uint32_t floor,
                 uint32_t left_edge, uint32_t* right_edge, std::optional<Span>* content) {
  uint32_t before = left_edge > b ? left_edge - 1 : kNone;
  if (before != kNone && t.IsPunct(before, ",") && before > b) --before;
  if (before == kNone || before < floor || !t.toks()[before].has(kCloseQuote)) return false;
  const Quotation* q = t.QuoteAt(before);
  if (q == nullptr) return false;
  // A quotation carried over from an earlier paragraph ('"A ...', then a
  // paragraph '"B," Roe said.'): the part from this paragraph's leading
  // mark is this cue's content, as PolNeAR marks it (train: +9 exact cues,
  // +9 sources, +8 contents for 11 more predictions).
  uint32_t open = q->open_token;
  if (open < floor && q->multi_paragraph) {
    for (uint32_t k = before; k-- > floor;) {
      if (t.OpensQuote(k) && t.toks()[k].has(kNewlineBefore)) {
        open = k;
        break;
      }
    }
  }
  if (open < floor) return true;
  // 'On "Harbor Hour," Roe said that A': a short quotation in title case
  // before the speaker names a show or a book when a clause follows the
  // cue; the clause is the content (train: +9).
  bool title = q->close_token - q->open_token <= 7;
  uint32_t words = 0;
  for (uint32_t k = q->open_token + 1; title && k < q->close_token; ++k) {
    if (t.IsPunct(k) || t.toks()[k].kind == TokenKind::kQuote) continue;  // '' is two marks
    title = t.IsWordLike(k) && t.Capitalized(k) && !t.toks()[k].has(kAllCaps);
    ++words;
  }
  if (title && words >= 2) {
    uint32_t z = e;
    while (z > *right_edge && t.IsPunct(z - 1)) --z;
    if (z > *right_edge + 2 && !t.IsPunct(*right_edge) && !t.OpensQuote(*right_edge) &&
        !CueTail(t, *right_edge, z)) {
      return false;
    }
  }
  Span c = {t.toks()[open].span.start, q->outer.end};
  // Split quotation: '"A," he said, "B."'
  uint32_t n = *right_edge;
  // '"A," he said of the plan, "B."', '"A," she said, and "B."': words
  // after the cue up to a comma (CueTail) and a conjunction do not split
  // the quotation (train: +11 exact contents).
  uint32_t k = n;
  while (k < e && k - n <= kMaxCueTail && t.IsWordLike(k) && t.QuoteAt(k) == nullptr) ++k;
  if (k > n && k + 1 < e && t.IsPunct(k, ",") && CueTail(t, n, k)) n = k;
  if (n + 2 < e && t.IsPunct(n, ",") &&
      (EqualsLower(t.W(n + 1), "and") || EqualsLower(t.W(n + 1), "or")) && t.OpensQuote(n + 2)) {
    n += 2;
  }
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
  const uint32_t cl = q->close_token;
  // A comma inside the closing mark ends the clause ("called it 'racist,'
  // an extraordinary ..."); so does the relative clause of "what Roe called
  // 'A'", whose content is the quotation.
  uint32_t in = cl;
  while (in > q->open_token && t.toks()[in].kind == TokenKind::kQuote) --in;
  bool relative = false;
  for (uint32_t k2 = a; k2-- > 0 && a - k2 <= 8 && t.IsWordLike(k2);) {
    if (EqualsLower(t.W(k2), "what") || EqualsLower(t.W(k2), "which")) relative = true;
  }
  if (!relative && !t.IsPunct(in, ",") && cl + 1 < e && t.IsWordLike(cl + 1) &&
      !t.Capitalized(cl + 1)) {
    uint32_t z = q->close_token + 1;
    // The clause goes on after the quotation to punctuation, a clause
    // break or "and" + a verb: "called the plan 'a trap' for the town",
    // "called it 'unfit' because ..." (train: +23 exact contents, -3 cues).
    while (z < e) {
      if (t.OpensQuote(z)) {
        z = t.QuoteAt(z)->close_token + 1;
        continue;
      }
      if (t.IsPunct(z) || t.toks()[z].kind == TokenKind::kQuote) break;
      if (AndPredicate(t, z, e) || ClauseBreak(t, z, e)) break;
      if (EqualsLower(t.W(z), "and") && z + 1 < e && t.W(z + 1).ends_with("ing")) break;
      ++z;
    }
    if (z > q->close_token + 1) {
      *right_edge = z;
      return Span{t.toks()[a].span.start, t.toks()[z - 1].span.end};
    }
  }
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
