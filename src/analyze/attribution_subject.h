// The grammatical subject of a sentence's main clause, for cues that are not
// next to their speaker: "X doubled down on A, insisting that B" and "X
// tagged A and warned B" (X is the source of both cues).
//
// Only a simple shape is recognized, so a wrong subject is rare: a phrase
// ending in a capitalized word (a name) at the sentence start, followed by a
// lowercase finite verb ("-ed", "-s") or an auxiliary, or a personal pronoun
// before any lowercase word ("She went on to ..."). A short adverbial opener
// ("However,", "On Monday,") may come first.
#ifndef SITREP_ANALYZE_ATTRIBUTION_SUBJECT_H_
#define SITREP_ANALYZE_ATTRIBUTION_SUBJECT_H_

#include <cstdint>

#include "analyze/attribution_source.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// The subject of sentence [b, e) when it lies before token `limit`, or a
// SourceSite with first == kNone.
SourceSite SentenceSubject(const AttributionText& t, uint32_t b, uint32_t limit);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_SUBJECT_H_
