// Event scorer for the PLOVER gold-record layout (../shared/data/events/
// plover-gsr: a JSON array of records with text, event, source[], target[],
// eventText). Choices, documented here because they change the figures:
//   - old labels are mapped as the data's README says (DEMAND -> REQUEST,
//     DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); the DOCUMENT
//     record is skipped;
//   - each record's text runs through the text layer, ActorTagger and
//     EventCoder; the predicted event is the first one whose trigger's first
//     word is among eventText's words, else the first event;
//   - source (target) is right when the predicted actor code's first three
//     letters equal any gold code (for the source: either predicted source,
//     Event::source or source2, as the gold lists joint sources); a record
//     with no gold target is right when no target is predicted;
//   - the whole triple is right when type, source and target all are.
#ifndef SITREP_ANALYZE_EVENT_EVAL_H_
#define SITREP_ANALYZE_EVENT_EVAL_H_

#include <cstddef>
#include <map>
#include <string>
#include <utility>

#include "lexicon/actor_lexicon.h"
#include "lexicon/agent_lexicon.h"
#include "lexicon/event_lexicon.h"
#include "lexicon/gazetteer.h"

namespace sitrep {

struct EventScores {
  size_t records = 0;
  size_t type = 0, source = 0, target = 0, triple = 0;
  size_t no_event = 0;  // records where nothing was coded
  // (gold type, predicted type or "NONE") -> count
  std::map<std::pair<std::string, std::string>, size_t> confusion;
  // One line per record whose triple is wrong: id, gold and predicted.
  std::string misses;
  std::string error;  // set when the file could not be read or parsed

  double Rate(size_t n) const { return records ? double(n) / double(records) : 0; }
  // Accuracies and the confusion table as text.
  std::string Report() const;
};

// Maps an early-PLOVER label to today's type ("DEMAND" -> "REQUEST").
std::string MapPloverLabel(const std::string& label);

EventScores ScoreEvents(const std::string& json_file, const ActorLexicon& actors,
                        const AgentLexicon& agents, const EventLexicon& events,
                        const Gazetteer& gazetteer);
// Loads the default lexicons first.
EventScores ScoreEvents(const std::string& json_file);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_EVAL_H_
