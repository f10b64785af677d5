// Quotations: spans between matching quotation marks, from the tokenizer's
// kOpenQuote / kCloseQuote flags.
//
// Rules (one linear pass over the tokens, a small stack of open marks):
//   - a closing mark matches the innermost open mark of the same family
//     (double: " “ ” „ « »; single: ' ‘ ’ ‹ ›); a closing mark with no open
//     mark of its family is ignored, and so are marks of the other family
//     around it, so nesting "... 'x' ..." gives one outer quotation and one
//     nested one;
//   - two single marks glued together ('' in New York Times text) are one
//     double mark, so a possessive apostrophe inside cannot close the
//     quotation (PolNeAR train: +4 exact cues, +4 sources, +8 contents);
//   - a quotation left open at a paragraph end continues only when the next
//     paragraph opens with a mark of the same family (the news convention for
//     a quote running over paragraphs); otherwise it is dropped: an unbalanced
//     mark never produces a quotation, and never swallows later text.
#ifndef SITREP_ANALYZE_QUOTES_H_
#define SITREP_ANALYZE_QUOTES_H_

#include <cstdint>
#include <vector>

#include "text/document.h"

namespace sitrep {

struct Quotation {
  Span outer;                // from the opening mark to the closing mark
  Span inner;                // between the marks
  uint32_t open_token = 0;   // the opening mark's (first) token in doc.tokens
  uint32_t close_token = 0;  // the closing mark's (last) token
  uint32_t depth = 0;        // 0 for top-level quotations
  bool multi_paragraph = false;
};

// Quotations of doc (tokens and paragraphs must be set), sorted by
// open_token. Linear in the number of tokens.
std::vector<Quotation> FindQuotations(const Document& doc);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_QUOTES_H_
