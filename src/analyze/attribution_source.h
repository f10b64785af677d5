// The source (speaker phrase) of a verb cue.
//
// Tried in order: the phrase left of the cue ("Jane Roe said", "Jane Roe, a
// spokeswoman, said", "Jane Roe, who ..., said"), skipping a parenthetical
// ("Jane Roe, however, said", "Jane Roe, in a statement, said") and
// adverbs, modals and time words before the cue ("Jane Roe jokingly said",
// "Jane Roe earlier Tuesday said"), which PolNeAR leaves out of the
// source; the previous source of the sentence, else its subject
// (attribution_subject.h), for a participle (", adding that") or a
// coordinated cue ("and added"); the phrase right of the cue at a clause
// end ("..., said Jane Roe.", "..., said a lawyer who advises X."). No
// source is allowed, and a passive cue ("Roe was asked") has none: its
// subject is not the speaker.
//
// Extent (PolNeAR): a clause-initial phrase keeps its appositives, each
// closed by a comma ("Jane Roe, 41, a nurse from Pellow, Ohio,"), and a
// party tag ("Sen. Jane Roe (D-Ohio)"); it drops a leading opener ("On
// Monday,"), an aside ("Jane Roe, facing a recount, said") and a relative
// clause that reports a statement of its own ("Jane Roe, who said A, said
// B" -> "Jane Roe"); an age alone stays ("Jane Roe, 41,").
//
// Also: a subject with its relative clause ("Farmers who attended the
// meeting said"); coordination after an opener ("On Sunday, Roe and Doe
// said", "Both the Times and the Journal"); a clause-initial name before a
// comma only when it opens the clause ("... backed Roe, the mayor said" ->
// "the mayor"); a time that dates a document ("A poll released Monday
// found"); "Roe issued a statement saying" (speaker on the left); "with 40
// percent saying" (the absolute phrase's noun); "Roe, citing A, said B"
// (the participle's source for both cues); and, after the cue, an
// appositive closed by its comma before a participle ("..., said Roe, a
// lawyer, referring to ..."). Round 2 added: a part between dashes ("Some
// experts -- including Roe -- said"; a relative clause or aside there is
// left out); an appositive closing inside a title's quotation marks ("Roe,
// host of ''Today,'' said"); a clause link before the appositive speaker
// ("..., but the senator, Jane Roe, said"); "including" and determined
// name parts; a reduced relative's nearest noun phrase ("gave $3 million to
// a group backing Roe" -> "a group"); after an inverted cue, a party tag
// and no trailing aside ("said Roe (D-Ohio), with her son in tow"); and no
// source for a passive cue ("was told", "is said to"). Round 4 added: an
// inverted speaker closed by an adjunct ('"A," said Jo Roe in a
// statement', "said Jo Roe (D-Ohio) at the time") and "who" as the source
// of a cue coordinated inside its relative clause ("Roe, who toured the
// pier and praised the crews"). Each rule's train figure is at its code.
#ifndef SITREP_ANALYZE_ATTRIBUTION_SOURCE_H_
#define SITREP_ANALYZE_ATTRIBUTION_SOURCE_H_

#include <cstdint>

#include "analyze/attribution_cue_site.h"
#include "analyze/attribution_text.h"

namespace sitrep::attribution {

struct SourceSite {
  uint32_t first = kNone;  // speaker tokens, inclusive; kNone when none
  uint32_t last = kNone;
  bool right = false;    // after the cue ("said Jane Roe")
  bool chained = false;  // taken from an earlier cue, not next to this one
};

// Sentence tokens [b, e); the source lies at or after `floor`, the end of
// the previous statement's content. `prev` is the sentence's last source.
SourceSite FindSource(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e,
                      uint32_t floor, const SourceSite& prev);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_SOURCE_H_
