// Attributions without a reporting verb:
//   - "according to X": "According to X, A.", "A, according to X." and the
//     parenthetical "A, according to X, B." (content is the extent);
//   - a possessive noun cue: "Smith's claim that A", "her denial that A";
//   - a headline colon: "Jane Roe: A" (a short name, then the colon, opening
//     the sentence; the colon is the cue), and "... - Jane Roe: 'A'" later
//     in a sentence when a quotation follows the colon.
#ifndef SITREP_ANALYZE_ATTRIBUTION_NOMINAL_H_
#define SITREP_ANALYZE_ATTRIBUTION_NOMINAL_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

struct Nominal {
  uint32_t cue_first = 0, cue_last = 0;  // inclusive token ranges
  uint32_t src_first = 0, src_last = 0;
  Span content;
  uint32_t end = 0;  // one past the last token the attribution covers
};

// "according to X" at token i of sentence [b, e), content at or after
// `floor`; nullopt when there is no "according to", no X or no content.
std::optional<Nominal> AccordingTo(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                   uint32_t floor);

// A noun cue at token i after a possessive and before "that".
std::optional<Nominal> PossessiveNounCue(const AttributionText& t, uint32_t i, uint32_t b,
                                         uint32_t e);

// "Name: A" at the start of sentence [b, e): the name is one to four
// capitalized words (or a pronoun) and A runs to the sentence end.
std::optional<Nominal> HeadlineColon(const AttributionText& t, uint32_t b, uint32_t e);

// "... - Jane Roe: 'A'" inside a sentence: colon token i right after a name
// of up to five words (capitalized, or "and" between two: "Roe and Doe")
// that follows a dash, a colon or "from", and right before a quotation,
// which is the content.
std::optional<Nominal> NameColonQuote(const AttributionText& t, uint32_t i, uint32_t e,
                                      uint32_t floor);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_NOMINAL_H_
