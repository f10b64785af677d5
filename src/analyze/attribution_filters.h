// Rejections of cue words that look like reporting verbs but are not, decided
// once the source is known.
//
//   - markup: a cue glued after "<" or "/" ("<tweet ...>") is a tag name;
//   - bare forms: a base or "-s" form ("support", "plans", "show") is often
//     a noun ("rural support base", "his radio show"), so it needs an
//     auxiliary before it ("will support") or a subject that ends in a
//     pronoun, a name or a plural noun right before it ("voters support");
//     "say" and "says" need none (never nouns so);
//   - adjectives: an "-ed" form between a number, preposition or "more"
//     and a bare noun ("271 pledged delegates");
//   - naming: "a firm called Roe Data" (a short indefinite phrase before
//     "called");
//   - idioms: "That said, ..." and "easier said than done";
//   - governed infinitives: "was forced to admit defeat" reports nothing
//     unless a clause or quotation follows the cue.
#ifndef SITREP_ANALYZE_ATTRIBUTION_FILTERS_H_
#define SITREP_ANALYZE_ATTRIBUTION_FILTERS_H_

#include <cstdint>

#include "analyze/attribution_cue_site.h"
#include "analyze/attribution_source.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// False when the cue at `site` (sentence [b, e)) with source `src` is not a
// reporting use.
bool PlausibleCue(const AttributionText& t, const CueSite& site, const SourceSite& src, uint32_t b,
                  uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_FILTERS_H_
