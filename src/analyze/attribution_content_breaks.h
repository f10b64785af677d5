// Where an indirect content ends, beyond the comma-based rules of
// attribution_indirect.h and attribution_spans.h, and what may follow a
// cue without being content. Each rule was measured on PolNeAR train: the
// figure is the net gain in exact content matches (with the change in
// exact cue and source matches, as a later cue in the sentence is found
// once the content before it stops).
//
//   - DashBreak: "said A — a fact B": a spaced dash opens the reporter's
//     aside; a dash pair ("A — B — C") is an aside inside the clause and
//     ends nothing (+37 contents, +17 cues, +12 sources);
//   - AndPredicate: "endorsed Roe and vowed to ...": an object noun phrase
//     ends at "and" + a verb form (+7, +2 cues);
//   - SubjectAfterAnd: "said A, and he B": a clause with a subject pronoun
//     after ", and" is the reporter's (+5, +11 cues, +12 sources); so is
//     ", and Roe released ..." with a name or "the" phrase and a past form
//     or auxiliary (+4);
//   - AndParticipleBreak: "telling A and questioning B": a participle
//     cue's content ends before "and" + a second participle cue, which
//     then reports on its own (+21 contents, +11 cues for 13 more
//     predictions);
//   - QuoteCommaBreak: 'called it "a mistake," Roe countered': a
//     quotation whose closing mark follows a comma ends the clause when a
//     new clause or a subordinate one comes next (round 4: +17 contents,
//     +4 cues, +2 sources on train; dev +1 content); one closed by '!"'
//     or '?"' ends it before any word (+3, dev +1);
//   - CueTail: "..., Roe said to the crowd.", "..., Roe told the Harbor
//     Times.": what follows a postposed cue (+11), also for a quotation
//     split off by the sentence splitter ("'A?' Roe said to the crowd.";
//     +5).
//
// All look at a bounded number of tokens around the position, except
// DashBreak, which reads to the next spaced dash or the sentence end (once
// per content: ForwardContent stops or skips dashes after the first).
#ifndef SITREP_ANALYZE_ATTRIBUTION_CONTENT_BREAKS_H_
#define SITREP_ANALYZE_ATTRIBUTION_CONTENT_BREAKS_H_

#include <cstdint>

#include "analyze/attribution_text.h"

namespace sitrep::attribution {

// True when token z is a dash ("-", "--", en or em dash) with a space
// before it: a hyphen inside a compound ("fourth- and eighth-grade") has
// none.
bool SpacedDash(const AttributionText& t, uint32_t z);

// True when token z (< e, the sentence end) is a spaced dash with no other
// spaced dash after it in the sentence: the content ends before it.
bool DashBreak(const AttributionText& t, uint32_t z, uint32_t e);

// True when token z is "and" followed by a lowercase verb form: an
// auxiliary ("has", "will"), a past form ("-ed") or a verb cue.
bool AndPredicate(const AttributionText& t, uint32_t z, uint32_t e);

// True at ", and he" (she, they, we, I) and at ", and" + a name or a
// "the" phrase + an auxiliary or past form.
bool SubjectAfterAnd(const AttributionText& t, uint32_t z, uint32_t e);

// For the content [a, z) of a participle cue ("telling reporters that A
// and questioning B"): the "and" before a second participle cue at top
// level (outside quotations), where the first report ends, or z. Linear in
// z - a.
uint32_t AndParticipleBreak(const AttributionText& t, uint32_t a, uint32_t z);

// True when token z, right after a quotation closed by ',"' in a
// content, opens a clause of its own: a subject pronoun ('"A," he
// added'), a capitalized word + a lowercase word ('"A," Roe seized on
// it'), or a subordinator ('"A," before predicting B'). The caller does
// not apply it when the content opened with a subordinate clause ("that
// although X was "A," Y did B": the main clause follows; +4 of the +17).
// Looks at two tokens.
bool QuoteCommaBreak(const AttributionText& t, uint32_t z, uint32_t e);

// True for a word that opens a subordinate clause ("although", "because",
// "if", "by", ...).
bool SubordinateLead(std::string_view w);

// Longest CueTail, in tokens.
inline constexpr uint32_t kMaxCueTail = 14;

// True when tokens [r, k) after a cue, before the sentence's final
// punctuation, are no content: a short adverbial ("on Monday"), a
// prepositional phrase ("to People", "in Paris", "of the encounter"), or
// the addressee of "tell" ("told The Harbor Times"). Plain words only: no
// quotation, clause word, verb form or infinitive ("agreed to sit").
bool CueTail(const AttributionText& t, uint32_t r, uint32_t k);

}  // namespace sitrep::attribution

#endif  // SITREP_ANALYZE_ATTRIBUTION_CONTENT_BREAKS_H_
