// Content boundary refinement: the last step before a statement is made,
// bringing a content span to PolNeAR's extent whatever rule produced it.
// Each rule was measured on the PolNeAR train part; rules that helped as
// often as they hurt are left out (noted in the .cc file).
//
// Extensions (the content reaches back before its first token):
//   - a relative word before the source: "the plan, which Roe said will
//     fail" -> "which Roe said will fail" (the extent over source and cue;
//     PolNeAR marks it as a discontinuous span "which | will fail");
//   - a quotation that ends a clause opening the sentence: 'Teachers are
//     "looking for answers," Roe said' -> the clause with its quotation;
//   - a quotation inside the cue's phrase: 'asked the board to "act now"'
//     -> 'the board to "act now"' (not 'told reporters "A"');
//   - a passive's subject, a contact relative clause's head and a
//     transcript turn after a colon (attribution_content_extent.h).
// Trims (the content loses words at its edges):
//   - a sentence-opening conjunction or connective: "But A, Roe said." ->
//     "A"; kept when the content runs around its own cue ("But, she said,
//     A" is one span over both parts);
//   - the addressee of "tell", "ask", "warn", ... before a clause: "told
//     reporters she would run" -> "she would run" (before an infinitive it
//     stays: "urged voters to act");
//   - a time phrase between the cue and its clause: "said this week that
//     A" -> "that A"; "said Tuesday night that A" -> "that A";
//   - an adverbial about the act of saying after a closing quotation:
//     'said it was "a trap" in an interview with the Times' -> 'it was "a
//     trap"'. Only a preposition + event noun (interview, rally, Twitter,
//     ...) heading its phrase, then plain words; after a clause such a
//     phrase as often tells where the reported act happens, and stays;
//   - a two-word connective opening the sentence ("In fact, A");
//   - "A, according to X, a firm that ..." -> "A", and an adverbial
//     between the cue and its clause ("said, however, that A")
//     (attribution_content_extent.h).
//
// Invariants: the result starts and ends on token boundaries, is never
// empty (the input is returned instead) and stays inside the content's
// sentence, except that an extension reaches back into it and a colon turn
// runs to its paragraph's end. Looks at a bounded number of tokens (at most
// 3 * kMaxNp) around each end; O(log n) to find them.
#ifndef SITREP_ANALYZE_ATTRIBUTION_REFINE_H_
#define SITREP_ANALYZE_ATTRIBUTION_REFINE_H_

#include <optional>

#include "analyze/attribution_text.h"
#include "text/document.h"

namespace sitrep::attribution {

// `cue` and `source` are the statement's (source may be absent).
Span RefineContent(const AttributionText& t, Span content, Span cue,
                   const std::optional<Span>& source);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_REFINE_H_
