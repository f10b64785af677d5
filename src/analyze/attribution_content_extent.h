// Content extent rules applied by RefineContent (attribution_refine.h) that
// move a content's start or end over whole phrases. Each was measured on
// PolNeAR train; the figure is the net gain in exact content matches (the
// cue found too), with the change in exact cue and source matches where
// there was one.
//
// Extensions to the left (a token index, or kNone when the rule does not
// apply):
//   - PassiveSubjectStart: "Roe was named the director": the content is
//     the passive's subject with the cue and its complement, not "the
//     director" alone (+16; not after "asked", nor before a clause);
//   - ContactRelativeStart: "a tactic Democrats hope will work" -> the
//     head noun phrase with the relative clause (+5).
// Cuts:
//   - AccordingAroundEnd: "A, according to X, a firm that ..." -> "A"
//     when an appositive, relative or new clause follows the source (+7);
//   - SkipCueAdverbial: "said, however, that A" -> "that A" (+8); "told
//     the paper: 'A'" -> "'A'" (+17); "said last week in Ohio, 'A'" ->
//     "'A'" (+5); "asked in Iowa whether A" -> "whether A" (+6).
// Extension to the right:
//   - ColonTurnEnd: a transcript's "Roe: A. B?" runs to the paragraph's
//     end (+10).
//
// All look at a bounded number of tokens (at most 3 * kMaxNp) around the
// content's ends; token lookups are O(log n).
#ifndef SITREP_ANALYZE_ATTRIBUTION_CONTENT_EXTENT_H_
#define SITREP_ANALYZE_ATTRIBUTION_CONTENT_EXTENT_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// The index of the first token starting at or after byte `pos`.
uint32_t TokenStartingAt(const AttributionText& t, uint32_t pos);

// The first token of the sentence holding token i.
uint32_t SentenceStart(const AttributionText& t, uint32_t i);

uint32_t PassiveSubjectStart(const AttributionText& t, Span content, Span cue,
                             const std::optional<Span>& source);

uint32_t ContactRelativeStart(const AttributionText& t, Span content, Span cue,
                              const std::optional<Span>& source);

// One past the last content token to keep, or kNone. Tokens [a, z] (z
// inclusive) are the content.
uint32_t AccordingAroundEnd(const AttributionText& t, uint32_t a, uint32_t z, Span cue);

// The content's new first token (a when nothing is skipped). Tokens [a, z)
// are the content, which starts right after the cue or its comma.
uint32_t SkipCueAdverbial(const AttributionText& t, uint32_t a, uint32_t z, Span cue);

// The content's new end offset (content.end when the cue is no colon).
uint32_t ColonTurnEnd(const AttributionText& t, Span content, Span cue);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_CONTENT_EXTENT_H_
