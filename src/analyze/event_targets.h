// Targets the clause does not name as an object, decided once the event's
// code, source and place are known (measured on the PLOVER development half;
// each rule is a grammar or domain reading, not a sentence):
//   - force used in a place is used on that place's people ("reimposed
//     blockades in the West Bank"), a withdrawal from another country's land
//     is a concession to it;
//   - a protest, rejection, concession or coercion "against" (or "in defiance
//     of", "in protest at") a foreign actor aims at that actor, and with no
//     object at all at the sentence's own country;
//   - with still no source, a verb event is the sentence's country's doing.
#ifndef SITREP_ANALYZE_EVENT_TARGETS_H_
#define SITREP_ANALYZE_EVENT_TARGETS_H_

#include <cstdint>

#include "analyze/event_slots.h"
#include "text/document.h"

namespace sitrep {

struct TargetContext {
  uint32_t last = 0;                      // the trigger's last word
  uint32_t place = EventSentence::kNone;  // a mention naming the act's place
  int act_quad = 0;                       // the act's QuadClass before a threat made it 13x
  bool withdrawal = false;                // the pattern's code is a withdrawal (087x)
  bool nominal = false;
};

// An act two sides do together, which has no target: it has a co-source,
// or its code is a meeting, cooperation or agreement.
bool IsJointAct(const Event& ev);

// Fills ev->target_code (and target) where empty, then ev->source_code.
void InferTargets(EventSentence& s, const TargetContext& c, Event* ev);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_TARGETS_H_
