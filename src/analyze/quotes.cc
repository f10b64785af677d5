#include "analyze/quotes.h"

#include <algorithm>
#include <string_view>

namespace sitrep {
namespace {

// True for the double family (" “ ” „ « »), false for single (' ‘ ’ ‹ ›).
bool IsDoubleMark(std::string_view mark) {
  return mark == "\"" || mark == "\u201C" || mark == "\u201D" || mark == "\u201E" ||
         mark == "\u00AB" || mark == "\u00BB";
}

constexpr size_t kMaxDepth = 8;

struct Open {
  uint32_t token;  // first token of the mark
  uint32_t last;   // last token of the mark (two for a glued pair)
  bool dbl;
  bool multi;
};

// Whether token k is a single-family mark glued to the token before it.
bool GluedSingleMark(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  return t.kind == TokenKind::kQuote && (t.has(kOpenQuote) || t.has(kCloseQuote)) &&
         !IsDoubleMark(doc.view(t.span)) && t.span.start == doc.tokens[k - 1].span.end;
}

// The last token of the mark starting at quote token i; sets *dbl to its
// family and *opening to its direction. Two single marks glued together
// (two apostrophes, the New York Times' straight double quote) are one
// double mark, so that an apostrophe inside ("Marcus' boats") cannot close
// the quotation. The tokenizer may read the pair as an opening and a
// closing mark (spaces on both sides): then it closes an open double
// quotation (`open_double`) and opens one otherwise. In a run of three,
// the odd single mark is the nested quotation's: first when closing, last
// when opening. Runs are counted to three at most, so a long run of marks
// stays linear.
uint32_t MarkEnd(const Document& doc, uint32_t i, bool open_double, bool* dbl, bool* opening) {
  const Token& t = doc.tokens[i];
  *dbl = IsDoubleMark(doc.view(t.span));
  *opening = t.has(kOpenQuote);
  if (*dbl) return i;
  uint32_t n = 1;
  while (n < 3 && i + n < doc.tokens.size() && GluedSingleMark(doc, i + n)) ++n;
  if (n < 2 || (n == 3 && !*opening)) return i;
  *dbl = true;
  if (*opening != doc.tokens[i + 1].has(kOpenQuote)) *opening = !open_double;
  return i + 1;
}

}  // namespace

std::vector<Quotation> FindQuotations(const Document& doc) {
  std::vector<Quotation> out;
  std::vector<Open> stack;
  const auto& toks = doc.tokens;
  // The paragraph index of each token is implied by kNewlineBefore; we track
  // paragraph ends by peeking at the next token's flags.
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kQuote && (t.has(kOpenQuote) || t.has(kCloseQuote))) {
      bool dbl = false, opening = false;
      const uint32_t first = i;
      const bool open_double =
          std::any_of(stack.begin(), stack.end(), [](const Open& o) { return o.dbl; });
      i = MarkEnd(doc, i, open_double, &dbl, &opening);
      if (opening) {
        // A paragraph-leading mark that continues a carried-over quotation of
        // the same family is not a new opening.
        bool continues = !stack.empty() && stack.back().multi && stack.back().dbl == dbl &&
                         t.has(kNewlineBefore);
        // Real nesting is shallow; the cap keeps the close-mark search below
        // constant time on adversarial runs of opening marks.
        if (!continues && stack.size() < kMaxDepth) stack.push_back({first, i, dbl, false});
      } else {
        // Innermost open mark of the same family; anything above it was left
        // unbalanced inside the quotation and is dropped.
        auto it =
            std::find_if(stack.rbegin(), stack.rend(), [&](const Open& o) { return o.dbl == dbl; });
        if (it != stack.rend()) {
          size_t pos = stack.size() - 1 - (it - stack.rbegin());
          const Open o = stack[pos];
          stack.resize(pos);
          Quotation q;
          q.open_token = o.token;
          q.close_token = i;
          q.outer = {toks[o.token].span.start, toks[i].span.end};
          q.inner = {toks[o.last].span.end, t.span.start};
          q.depth = static_cast<uint32_t>(pos);
          q.multi_paragraph = o.multi;
          out.push_back(q);
        }
      }
    }
    bool paragraph_ends = i + 1 == toks.size() || toks[i + 1].has(kNewlineBefore);
    if (paragraph_ends && !stack.empty()) {
      // Keep only a single top-level quotation running into a paragraph that
      // opens with a mark of its family; drop everything else.
      bool carry = stack.size() == 1 && i + 1 < toks.size() &&
                   toks[i + 1].kind == TokenKind::kQuote && toks[i + 1].has(kOpenQuote);
      if (carry) {
        bool next_dbl = false, next_opening = false;
        MarkEnd(doc, i + 1, false, &next_dbl, &next_opening);
        carry = next_dbl == stack[0].dbl;
      }
      if (carry) {
        stack[0].multi = true;
      } else {
        stack.clear();
      }
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Quotation& a, const Quotation& b) { return a.open_token < b.open_token; });
  return out;
}

}  // namespace sitrep
