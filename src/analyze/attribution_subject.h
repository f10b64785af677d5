// The grammatical subject of a sentence's main clause, for cues that are not
// next to their speaker: "X doubled down on A, insisting that B", "X
// tagged A and warned B", "X, citing A, said B" (X is the source of both).
//
// Only simple shapes are recognized, so a wrong subject is rare: a phrase
// ending in a name, or under a determiner or possessive ("The harbour
// chief", "Roe's campaign"), possibly holding "of" and "and" ("Hundreds of
// workers", "Roe and other leaders"), followed by a lowercase finite verb
// ("-ed", "-s", an irregular past, an auxiliary or modal, "didn't") past
// adverbs and a time phrase ("Roe on Thursday ratcheted up"), where an
// "-s" word before another finite verb is the plural head ("The officials
// were angered") and a hyphenated word is no verb; a personal
// pronoun before any lowercase word; a name with appositives, each closed
// by a comma ("Roe, a senator from Ohio, rescinded"), kept in the subject,
// while an aside ("Roe, in May, said", "Roe, speaking in Ames, said") is
// not; or a subject right before
// the participle's comma ("Roe, citing A,"). Openers are skipped: a
// linking word ("And he went on"), and comma-closed adverbial, time,
// participial or subordinate phrases ("At a rally in Ames, Iowa, on
// Sunday,", "Hours later,", "This year,", "Once he was elected,"); a name
// ending in "-ing" before a finite verb is no participle ("Harding said").
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
