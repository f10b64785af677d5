// The speaker of a pronoun source the pronoun resolver left unlinked.
//
// "Putin referred to the killings as 'fake', comparing them to what he
// described as atrocities staged by the West": the resolver declines "he"
// when several persons are named in the sentence (actor_pronouns.h), so
// the statement of "described" has a source but no speaker. A subject
// pronoun in a later clause of the same sentence refers to the speaker of
// an earlier report there far more often than to anyone else: that report's
// speaker is taken, preferring the report whose content holds the pronoun's
// cue ("Roe denounced what he called a hoax"). He/she take a person only,
// it/they anything but a person (a sample of 25 such links on PolNeAR
// train had 3 wrong, 2 of them "they" for a person). Pronouns inside a
// quotation are left alone.
#ifndef SITREP_ANALYZE_ATTRIBUTION_SOURCE_SPEAKER_H_
#define SITREP_ANALYZE_ATTRIBUTION_SOURCE_SPEAKER_H_

#include "text/document.h"

namespace sitrep {

// Requires doc->statements sorted by cue position with speakers linked,
// and doc->sentences. Looks at no more than 8 earlier statements for each
// unlinked pronoun source.
void InheritPronounSpeakers(Document* doc);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_ATTRIBUTION_SOURCE_SPEAKER_H_
