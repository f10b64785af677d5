// Shared fixtures for the actor tests: the shipped lexicons, loaded once.
#ifndef SITREP_ANALYZE_ACTOR_TEST_UTIL_H_
#define SITREP_ANALYZE_ACTOR_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "analyze/actor_tagger.h"
#include "text/document.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep::testing {

inline const ActorLexicon& ShippedLexicon() {
  static const ActorLexicon* lex =
      new ActorLexicon(ActorLexicon::Load(SITREP_SOURCE_DIR "/data/actors").lexicon);
  return *lex;
}

inline const AgentLexicon& ShippedAgents() {
  static const AgentLexicon* agents =
      new AgentLexicon(AgentLexicon::Load(SITREP_SOURCE_DIR "/data/actors/agents.txt").lexicon);
  return *agents;
}

inline const ActorTagger& ShippedTagger() {
  static const ActorTagger* tagger =
      new ActorTagger(ShippedLexicon(), ShippedAgents(),
                      GivenNames::Load(SITREP_SOURCE_DIR "/data/names/given-names.txt"));
  return *tagger;
}

inline Document TextDocument(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  Tokenize(doc.text, &doc.tokens);
  SplitSentences(&doc);
  return doc;
}

// The id of the actor of the first mention whose text is `surface`, or "".
inline std::string ActorOf(const Document& doc, std::string_view surface) {
  for (const Mention& m : doc.mentions) {
    if (doc.view(m.span) == surface && m.actor != kNoActor) return doc.actors[m.actor].id;
  }
  return "";
}

}  // namespace sitrep::testing

#endif  // SITREP_ANALYZE_ACTOR_TEST_UTIL_H_
