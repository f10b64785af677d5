// The place of an event: a gazetteer name after "in", "near", "outside",
// "at", "from" or "on the border with" in the event's sentence ("in
// Blagoveshchensk", "in St. Petersburg"). Names are runs of up to
// Gazetteer::max_words() capitalized words; the longest known run wins.
#ifndef SITREP_ANALYZE_EVENT_PLACE_H_
#define SITREP_ANALYZE_EVENT_PLACE_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace sitrep {

// A place named in a sentence, with the index of its preposition token.
struct SentencePlace {
  uint32_t preposition;
  EventPlace place;
};

// Every place named in sentence tokens [first, last), in text order. Linear
// in tokens; computed once per sentence however many events it holds.
std::vector<SentencePlace> FindPlaces(const Document& doc, const Gazetteer& gaz, uint32_t first,
                                      uint32_t last);

// The place of an event whose trigger is token `from`: the first place at or
// after the trigger, else the first one before it.
std::optional<EventPlace> PickPlace(const std::vector<SentencePlace>& places, uint32_t from);

// FindPlaces + PickPlace for one event.
std::optional<EventPlace> FindEventPlace(const Document& doc, const Gazetteer& gaz, uint32_t first,
                                         uint32_t last, uint32_t from);

// The sentence's main country: the one named most often in tokens [first,
// last) by coded mentions (actor country), capitalized country adjectives
// ("Nigerian") and gazetteer place names outside mentions ("in Baku"); ties go
// to the earliest; a name after "ethnic" does not vote. "" when none. Used to place generic actors ("the
// president", "rebels") that name no country of their own. Linear in tokens.
std::string_view MainCountry(const Document& doc, const Gazetteer& gaz, uint32_t first,
                             uint32_t last);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_PLACE_H_
