// Direct speech: the quotation that is the content of a cue.
//
//   - QuoteBefore: "'A,' he said" and the split form "'A,' he said, 'B.'"
//     (content from the first mark to the last; for a quotation carried
//     over from an earlier paragraph, from this paragraph's leading mark),
//     also "'A,' he said of the plan, 'B.'" and "'A,' he said, and 'B.'";
//     a short title-case quotation ('On "Harbor Hour," Roe said A') is a
//     name, not content, when a clause follows the cue;
//   - NamingQuote: "called the plan 'a trap'" (content from the named
//     object to the closing mark);
//   - QuoteRunEnd: "'A,' he said. 'B.' 'C.'": the quotation-only sentences
//     that continue a quote in the same paragraph;
//   - QuoteEndingBefore: "'A.' Roe said." split into two sentences: the
//     quotation that closes the previous sentence.
#ifndef SITREP_ANALYZE_ATTRIBUTION_QUOTES_H_
#define SITREP_ANALYZE_ATTRIBUTION_QUOTES_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// Whether a quotation closes right before the speaker phrase starting at
// `left_edge` (after an optional comma), within [floor, e). When it does,
// returns true and sets *content when the quotation opens at or after
// `floor`, extending it over a quotation right after `*right_edge` (split
// quote) and moving *right_edge past that one.
bool QuoteBefore(const AttributionText& t, uint32_t b, uint32_t e, uint32_t floor,
                 uint32_t left_edge, uint32_t* right_edge, std::optional<Span>* content);

// The content of a naming cue whose complement starts at token a: up to the
// end of the first quotation within 10 tokens and before any comma, and on
// to the end of the clause when it goes on in lower case ("called it 'a
// trap' for the town"; not after a comma inside the mark, nor for "what
// Roe called 'A'"), or nullopt. Moves *right_edge past the content.
std::optional<Span> NamingQuote(const AttributionText& t, uint32_t a, uint32_t e,
                                uint32_t* right_edge);

// One past the last token of the quotation-only sentences that follow the
// sentence holding token `tok`, in its paragraph or the ones right after
// it (PolNeAR runs a quote across paragraph breaks), or kNone. A run stops at a
// quotation followed by anything but punctuation ("'B,' she added.").
uint32_t QuoteRunEnd(const AttributionText& t, uint32_t tok);

// The quotation that ends right before sentence-start token b (only
// punctuation between, no paragraph break), or nullopt. For a sentence that
// is nothing but a speaker and a cue ("Roe said."), split off the quote by
// the sentence splitter at the quote's inner full stop.
std::optional<Span> QuoteEndingBefore(const AttributionText& t, uint32_t b);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_QUOTES_H_
