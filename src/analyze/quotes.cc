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
  uint32_t token;
  bool dbl;
  bool multi;
};

}  // namespace

std::vector<Quotation> FindQuotations(const Document& doc) {
  std::vector<Quotation> out;
  std::vector<Open> stack;
  const auto& toks = doc.tokens;
  // The paragraph index of each token is implied by kNewlineBefore; we track
  // paragraph ends by peeking at the next token's flags.
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kQuote) {
      bool dbl = IsDoubleMark(doc.view(t.span));
      if (t.has(kOpenQuote)) {
        // A paragraph-leading mark that continues a carried-over quotation of
        // the same family is not a new opening.
        bool continues = !stack.empty() && stack.back().multi && stack.back().dbl == dbl &&
                         t.has(kNewlineBefore);
        if (continues) continue;
        // Real nesting is shallow; the cap keeps the close-mark search below
        // constant time on adversarial runs of opening marks.
        if (stack.size() < kMaxDepth) stack.push_back({i, dbl, false});
      } else if (t.has(kCloseQuote)) {
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
          q.outer = {toks[o.token].span.start, t.span.end};
          q.inner = {toks[o.token].span.end, t.span.start};
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
                   toks[i + 1].kind == TokenKind::kQuote && toks[i + 1].has(kOpenQuote) &&
                   IsDoubleMark(doc.view(toks[i + 1].span)) == stack[0].dbl;
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
