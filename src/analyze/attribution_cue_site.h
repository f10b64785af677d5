// Which occurrences of a cue word are reporting verbs, and the extent of the
// cue span around them.
//
// A cue word is rejected when it is part of a name (capitalized inside a
// sentence), passive ("reported by"), a noun or adjective ("the said", "base
// of support", "the mayor's support"), glued to markup ("report_2"), a
// participle in the wrong place (below), or a particle-only verb ("talk",
// "vote", "rail") without its particle.
// The span takes auxiliaries, negation and adverbs before the verb ("has
// not", "now", "also", "can", "didn't", any manner "-ly" adverb: "fiercely
// denied"), "went on to" ("went on to say"), "issued a statement" before
// "saying", "be" before a participle ("was asked", "is
// seeking"), and after it a particle from kPhrasalCues ("pointed out",
// "warned of"), "to"/"for" after a naming verb, "to" and a second cue verb
// ("want to stress"), "in a statement", or a day before the sentence's end
// ("she said Monday."), a manner adverb ("said sarcastically"),
// "about"/"against" after any verb, a feeling after
// "expressed" ("expressed concern") and a colon after an extended cue ("said
// in a statement:"). A participle needs a comma, dash, "by"-like
// preposition or "be" before it, except "saying", and a stance participle
// after an agent noun ("a group backing Roe", "voters supporting the levy":
// a reduced relative whose noun is the source, CueSite::relative); it may
// also open the sentence (CueSite::opening, see attribution_cue_opening.h),
// follow "and" after an earlier cue participle ("telling A and questioning
// B", also after any participle but a progressive one: "trashing A and
// accusing B"), a name after "with" ("with Roe calling it a mistake") or a
// name alone ("included Roe vowing to"), take a that-clause ("an item
// suggesting that"), or follow a "be" anywhere in its lead ("has been
// criticizing", "would be asking").
// The span also takes "with a grin" after the verb ("said with a laugh")
// and "guilty" after "pleaded". A capitalized "Will" or "May" before the
// verb is a name, not an auxiliary.
#ifndef SITREP_ANALYZE_ATTRIBUTION_CUE_SITE_H_
#define SITREP_ANALYZE_ATTRIBUTION_CUE_SITE_H_

#include <cstdint>
#include <optional>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

struct CueSite {
  uint32_t verb = 0;   // the cue word's token
  uint32_t first = 0;  // cue span, inclusive
  uint32_t last = 0;
  const CueEntry* cue = nullptr;
  bool naming = false;        // "called it '...'": content is a quotation after
  bool participle = false;    // ", adding that ...": source is the chain's
  bool phrase = false;        // "referring to X": content is X, up to a comma
  bool relative = false;      // "a group backing X": the noun before is the source
  bool opening = false;       // "Noting that A, X said": opens the sentence
  bool name_subject = false;  // "included Roe vowing to": the name right before is the source
};

// Where PolNeAR starts a cue whose span starts at token `first` (sentence
// start b): at "to" before it ("took to Twitter to say"), and further at
// the "be" of a governing adjective ("were more likely to say", "is
// likely to stress", "was not willing to say"), or at the "have" of "had
// nothing bad to say" (`verb` is the cue word's token); at the framing
// verb of "responded by saying"; else `first`. Train: +24 exact cues, no
// other change (the content is refined against the verb's own span).
uint32_t InfinitiveCueStart(const AttributionText& t, uint32_t first, uint32_t verb, uint32_t b);

// True when capitalized cue token i of sentence [b, e) is a verb in a title-
// case headline ("Mayor Roe Says He Will Run"): its neighbours and every
// word of four letters or more are capitalized.
bool TitleCaseCue(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e);

// The cue site at verb token i of sentence [b, e), or nullopt when the word
// is not a reporting use. Requires t.CueAt(i) == cue, a verb or object cue.
std::optional<CueSite> VerbCueAt(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                 const CueEntry* cue);

// "made (it) clear" at token i of sentence [b, e): a statement cue that
// PolNeAR marks whole, with the auxiliaries and adverbs before it ("has
// made clear"). Only the past form: "make clear" is mostly a plan, not a
// report. Uses the lexicon entry of "stated"; nullopt without one.
std::optional<CueSite> MadeClearAt(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_CUE_SITE_H_
