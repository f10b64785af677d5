// "Noting that A, Roe said B": a sentence that opens with a cue participle
// reports the main clause's subject. The participle's content runs from
// after it to the comma before the main clause, whose subject is its source
// too. PolNeAR train: participles opening a sentence are cues 20 times in 31
// (speaking/talking without their particle excluded by VerbCueAt); the rule
// gained 10 exact cues and 12 exact sources for 14 more predictions.
#ifndef SITREP_ANALYZE_ATTRIBUTION_CUE_OPENING_H_
#define SITREP_ANALYZE_ATTRIBUTION_CUE_OPENING_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_cue_site.h"
#include "analyze/attribution_nominal.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// The report of opening participle `site` (site.opening) of sentence [b, e):
// its content up to the comma (or a quotation closed by a comma) that
// precedes the main clause's subject and reporting verb, the subject as
// source; `end` is the token after that comma. nullopt when no reporting
// verb follows a comma within kMaxNp tokens. Linear in the sentence.
std::optional<Nominal> OpeningParticiple(const AttributionText& t, const CueSite& site, uint32_t b,
                                         uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_CUE_OPENING_H_
