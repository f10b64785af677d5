// The data every analysing command loads once: the shipped actor and agent
// lexicons (data/actors/) plus any user lexicons given with --lexicon, which
// add actors or replace shipped ones with the same id, and the attribution
// cue lexicon (data/cues.txt), the event lexicon (data/events/) and the
// gazetteer (data/places.txt).
#ifndef SITREP_APP_RESOURCES_H_
#define SITREP_APP_RESOURCES_H_

#include <string>
#include <vector>

#include "analyze/attribution_cues.h"
#include "analyze/pipeline.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/agent_lexicon.h"
#include "lexicon/event_lexicon.h"
#include "lexicon/gazetteer.h"

namespace CLI {
class App;
}

namespace sitrep {

struct Resources {
  ActorLexicon actors;
  AgentLexicon agents;
  CueLexicon cues;
  EventLexicon events;
  Gazetteer places;  // data/places.txt plus every country of `actors`

  AnalyzerConfig config() const { return {&actors, &agents, &cues, &events, &places}; }
};

// Loads the shipped lexicons and merges user_lexicons over them. Problems are
// printed to stderr as "file:line: message"; returns false on any error.
bool LoadResources(const std::vector<std::string>& user_lexicons, Resources* out);

// Adds the --lexicon FILE option (repeatable) to a command.
void AddLexiconOption(CLI::App* cmd, std::vector<std::string>* files);

}  // namespace sitrep

#endif  // SITREP_APP_RESOURCES_H_
