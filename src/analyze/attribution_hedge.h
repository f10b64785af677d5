// Speaker-less attributions: a hedge verb that reports an impression or an
// expectation without saying whose ("Roe appeared to waver", "the bill is
// expected to pass", "which seems unlikely"). PolNeAR annotates these with
// no source, the verb phrase as the cue and the whole clause, subject
// included, as the content.
#ifndef SITREP_ANALYZE_ATTRIBUTION_HEDGE_H_
#define SITREP_ANALYZE_ATTRIBUTION_HEDGE_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_nominal.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// A hedge at token i of sentence [b, e) whose subject starts at or after
// `floor`: "seem(s|ed)" / "appear(s|ed)" before "to" or a lowercase
// complement that is not a place or company ("appeared on TV" is not one),
// or "be expected to" with adverbs or negation inside ("is not expected",
// "was originally expected", "isn't expected") or a modal or "have" before
// it ("might be expected", "had been expected"); when no subject stands
// next to it ("The bank, which ..., is expected to act") the content is the
// infinitive clause. The result has no source
// (src_first == kNone); nullopt when there is no hedge or no subject.
std::optional<Nominal> Hedge(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                             uint32_t floor);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_HEDGE_H_
