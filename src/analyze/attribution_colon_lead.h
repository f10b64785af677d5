// Content announced by a colon that ends the cue's sentence: "Roe
// declared:" with the words in the next sentence or paragraph, the news
// layout for a block quotation or a statement read out in full.
//
//   - the next sentence opens with a quotation mark: the quotation, run on
//     over the quotation-only sentences after it (QuoteRunEnd);
//   - otherwise the next sentence starts a paragraph: that paragraph.
//
// PolNeAR puts the colon in the cue ("declared:"). Measured on PolNeAR train:
// +10 exact cues, +13 sources, +9 contents for 15 more predictions.
#ifndef SITREP_ANALYZE_ATTRIBUTION_COLON_LEAD_H_
#define SITREP_ANALYZE_ATTRIBUTION_COLON_LEAD_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// True when token k is a colon and only punctuation follows it up to the
// sentence end e (one past the sentence's last token).
bool ColonEndsSentence(const AttributionText& t, uint32_t k, uint32_t e);

// The content that follows the sentence ending at token e (one past its last
// token), as above, or nullopt (no next token, or the next sentence neither
// opens a quotation nor a paragraph). Sets *direct when it is a quotation.
// Linear in the tokens of the content.
std::optional<Span> ColonLeadContent(const AttributionText& t, uint32_t e, bool* direct);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_COLON_LEAD_H_
