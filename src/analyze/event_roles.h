// Who did it and to whom, as mentions of one sentence, for a matched pattern:
//   - target: the $TARGET mention, else an object right after the trigger
//     ("arrested X", "sanctions on X"); one after "in"/"at"/"near" is a place;
//   - "$TARGET ..." patterns: the subject suffers the act, a "by" phrase does
//     it; "X said that Y must ...": X's demand of Y (or of the one told);
//   - passive ("X was arrested by Y"): subject and "by" phrase swap;
//   - nominal ("Western sanctions", "Putin's meeting"): the name just before
//     the noun, else "by X", else the subject tied by a possessive pronoun
//     or whose purpose the noun is ("X returned for talks");
//   - verbs: the clause subject (event_slots.h's SubjectBefore);
//   - coordination: "X and Y met" makes X the source and Y the co-source
//     (PLOVER codes both as sources of a joint act; a target that is one of
//     them is dropped); so does the partner of talks or cooperation "with"
//     ("X held talks with Y"); a verb after "and" shares the earlier verb's
//     subject ("X seized Y and exploded bombs": X).
#ifndef SITREP_ANALYZE_EVENT_ROLES_H_
#define SITREP_ANALYZE_EVENT_ROLES_H_

#include <cstdint>

#include "analyze/event_match.h"
#include "analyze/event_slots.h"
#include "lexicon/event_lexicon.h"

namespace sitrep {

struct EventRoles {
  uint32_t source = EventSentence::kNone;
  uint32_t co_source = EventSentence::kNone;  // "X and Y": Y
  uint32_t target = EventSentence::kNone;
  uint32_t place = EventSentence::kNone;  // a mention naming the act's place
  bool passive = false;
};

// `anchor` is the trigger's first word; `info` the pattern's code (may be null).
EventRoles FindRoles(EventSentence& s, const PatternMatch& m, uint32_t anchor,
                     const EventCodeInfo* info);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_ROLES_H_
