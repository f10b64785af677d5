// Reporting adverbs: "Roe reportedly left the party". PolNeAR annotates the adverb as a cue with no
// source and the clause around it, subject included, as the content.
#ifndef SITREP_ANALYZE_ATTRIBUTION_ADVERB_H_
#define SITREP_ANALYZE_ATTRIBUTION_ADVERB_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_nominal.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// "reportedly" at token i of
// sentence [b, e). The clause starts after the nearest comma, colon,
// semicolon or opening bracket before i (at or after `floor`, else at b)
// and ends before the next such mark after i or at the sentence end. The
// result has no source (src_first == kNone); nullopt when i is not such an
// adverb, it stands before a cue word ("reportedly said": a hedge on that
// cue's statement) or the clause has no word before or after it.
std::optional<Nominal> ReportingAdverb(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                       uint32_t floor);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_ADVERB_H_
