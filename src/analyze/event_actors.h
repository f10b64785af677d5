// The CAMEO actor codes of an event's participants, from the mentions the
// roles picked (event_roles.h).
#ifndef SITREP_ANALYZE_EVENT_ACTORS_H_
#define SITREP_ANALYZE_EVENT_ACTORS_H_

#include <cstdint>
#include <string>

#include "analyze/event_slots.h"
#include "text/document.h"

namespace sitrep {

// The actor and code of the mention at `tok` (no-op for kNone). A generic or
// unknown actor ("refugees", "President X") takes its country from its noun
// phrase, else from the sentence's main country; "ethnic X" is a people of
// the sentence's country, not X's.
void FillActor(const Document& doc, EventSentence& s, uint32_t tok, uint32_t* actor,
               std::string* code);

// "French and Egyptian warships", "U.S. and Russian negotiators", "the
// Turkish and Greek sides": the country coordinated with the subject at `tok`
// becomes ev->source2; the leftmost of the two stays the source.
void AddCoSource(const Document& doc, EventSentence& s, uint32_t tok, uint32_t anchor, Event* ev);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_ACTORS_H_
