// Phrase and clause boundaries for the statement finder: speaker noun
// phrases left and right of a cue, content trimming, and the points where a
// reported clause ends. All bounded: no helper looks more than kMaxNp tokens
// away, except ClauseBreak, which looks at two tokens.
#ifndef SITREP_ANALYZE_ATTRIBUTION_SPANS_H_
#define SITREP_ANALYZE_ATTRIBUTION_SPANS_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// The speaker phrase ending at token j (inclusive), starting at or after
// `floor`: its first token, or kNone. A pronoun is a phrase by itself; an
// appositive after a name extends it ("Jane Roe, a spokeswoman for X").
uint32_t LeftNp(const AttributionText& t, uint32_t j, uint32_t floor);

// One past the last token of a speaker phrase starting at k, before `ceil`
// (k itself when token k is not word-like).
uint32_t RightNpEnd(const AttributionText& t, uint32_t k, uint32_t ceil);

// The span of tokens [a, b) trimmed of punctuation at both ends; nullopt if
// nothing is left.
std::optional<Span> Content(const AttributionText& t, uint32_t a, uint32_t b);

// True when token z (< e, the sentence end) ends a reported clause:
// ", but ...", ", adding ...", ", according to", "and added ...".
bool ClauseBreak(const AttributionText& t, uint32_t z, uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_SPANS_H_
