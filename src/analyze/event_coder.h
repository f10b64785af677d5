// EventCoder: who did what to whom, coded in CAMEO and PLOVER (Document::events).
//
// Per sentence, each word's lemma (lexicon/lemmatizer.h) is looked up in the
// pattern index (one hash probe per word; no regular expressions); the
// anchor's patterns are tried longest first, each later element matching
// within a small window. Then, for the first pattern that matches:
//   - target: the mention in the $TARGET slot, else one right after the
//     trigger ("... on X", a direct object); one after "in"/"at"/"near" is
//     the act's place, and only a forceful act takes its country as target
//     ("reimposed blockades in the West Bank");
//   - "X said that Y must ...": X's demand (100) of Y, or of the one told
//     ("to Iraq that it must") when the clause names no actor;
//   - source: verb patterns take the clause subject, the nearest mention
//     before the trigger that is not inside a prepositional phrase, widened
//     over "X and Y" (X is the source; with no target, Y becomes it: "X and
//     Y met"); passives ("X was arrested by Y") swap subject and "by" phrase;
//     noun patterns take a name or adjective just before the noun ("Western
//     sanctions", "Putin's meeting"), else "by X", else the clause subject
//     when a possessive pronoun ties the noun to it ("X held its meeting");
//   - context: a generic actor with no country of its own ("the president",
//     "rebels") takes the sentence's main country (event_place.h), as does a
//     verb event with no source at all; an untargeted yield, reject, protest
//     or coerce act (not a retreat) targets that country;
//   - negation and modality (event_modality.h); an announced cooperative act
//     or a threatened conflictual one takes the code's alt (03x / 13x) code;
//     inside a statement's content an asserted event becomes "reported" and
//     links the statement;
//   - date: statement_date.h's FindDateIn on the sentence, resolved against
//     doc.published, else the nearest full date elsewhere in the document;
//   - place: event_place.h.
// Words a match used are not anchors again, so "agreed to resign" is one event.
//
// Runs after ActorTagger and StatementFinder; immutable and thread-safe; the
// lexicon and gazetteer must outlive the coder. Linear in tokens.
#ifndef SITREP_ANALYZE_EVENT_CODER_H_
#define SITREP_ANALYZE_EVENT_CODER_H_

#include "lexicon/event_lexicon.h"
#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace sitrep {

class EventCoder {
 public:
  EventCoder(const EventLexicon& lex, const Gazetteer& gaz) : lex_(lex), gaz_(gaz) {}

  // Requires tokens, sentences, mentions and actors; uses statements. Replaces
  // doc->events.
  void Code(Document* doc) const;

 private:
  struct SentenceWork;
  void CodeSentence(Document* doc, uint32_t sentence, SentenceWork* w) const;

  const EventLexicon& lex_;
  const Gazetteer& gaz_;
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_CODER_H_
