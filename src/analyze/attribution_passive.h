// The passive question "Asked by Jane Roe whether A, ..." / "when asked by a
// reporter if A": PolNeAR makes the agent after "by" the source, "asked" the
// cue and the question the content. Other passives with "by" ("reported by
// the paper") stay rejected: annotators mostly leave them out.
#ifndef SITREP_ANALYZE_ATTRIBUTION_PASSIVE_H_
#define SITREP_ANALYZE_ATTRIBUTION_PASSIVE_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_nominal.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// "asked by X" at token i of sentence [b, e), then a question word ("if",
// "whether", "about", "to", "why", "what", "how", "when") within kMaxNp
// tokens: the content runs from it to the next comma outside a quotation,
// or the sentence end. The source is the phrase after "by" (a time or place
// before the question word left out); a "be" before "asked" joins the cue.
std::optional<Nominal> AskedBy(const AttributionText& t, uint32_t i, uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_PASSIVE_H_
