// Poll findings introduced by "in": "In a new Acme poll, 40 percent back
// the plan", "Roe leads in the latest Acme survey". PolNeAR annotates the
// preposition as the cue and the poll phrase as the source; the content is
// the rest of the clause. A standing "in the polls" (plural, after the
// clause) is not one.
#ifndef SITREP_ANALYZE_ATTRIBUTION_POLL_H_
#define SITREP_ANALYZE_ATTRIBUTION_POLL_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_nominal.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// "in" at token i of sentence [b, e) before a phrase of at most kMaxNp
// tokens headed by "poll(s)" / "survey(s)", content at or after `floor`.
// Opening the sentence ("In X poll, A"), the content is A; later ("A in X
// poll"), it is the clause before "in". nullopt otherwise.
std::optional<Nominal> PollIn(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                              uint32_t floor);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_POLL_H_
