// EventCoder: who did what to whom, coded in CAMEO and PLOVER (Document::events).
//
// Per sentence (event_slots.h reads it: lowercased words, lemmas, clause
// breaks, mentions over tokens), each word's lemma that passes the anchor
// filter is looked up in the pattern index, one hash probe per such word and
// no regular expressions (event_match.h). For the first pattern that matches:
//   - roles (event_roles.h): source, co-source ("X and Y met"), target and
//     place as mentions: clause subject, direct object or $TARGET slot,
//     passives, nominal events, "X said that Y must ...";
//   - codes (event_actors.h): the mentions' CAMEO codes; generic actors take
//     the country of their noun phrase or of the sentence; a subject with no
//     coded mention takes the nearest country adjective ("Swiss doctors"),
//     and a country coordinated with it is the co-source ("French and
//     Egyptian warships"); drills held together are cooperation (062);
//   - a nominal event with no target slot takes a country adjective before
//     the noun or a coded actor in its "of" phrase as source ("Iraqi
//     protests", "the deployment of Turkish troops");
//   - a consultation (04x) with a news outlet is an interview, the channel of
//     a statement, and is no event;
//   - negation and modality (event_modality.h); an announced cooperative act
//     or a threatened conflictual one takes the code's alt (03x / 13x) code;
//     inside a statement's content an asserted event becomes "reported" and
//     links the statement;
//   - a target the clause leaves open (event_targets.h), the date
//     (statement_date.h, against doc.published, else the nearest full date in
//     the document) and the place (event_place.h).
// Words a match used are not anchors again, so "agreed to resign" is one event.
//
// Runs after ActorTagger and StatementFinder; immutable and thread-safe; the
// lexicon and gazetteer must outlive the coder. Linear in tokens.
#ifndef SITREP_ANALYZE_EVENT_CODER_H_
#define SITREP_ANALYZE_EVENT_CODER_H_

#include "analyze/event_match.h"
#include "lexicon/event_lexicon.h"
#include "lexicon/gazetteer.h"
#include "text/document.h"

namespace sitrep {

class EventCoder {
 public:
  EventCoder(const EventLexicon& lex, const Gazetteer& gaz) : lex_(lex), gaz_(gaz), anchors_(lex) {}

  // Requires tokens, sentences, mentions and actors; uses statements. Replaces
  // doc->events.
  void Code(Document* doc) const;

 private:
  struct SentenceWork;
  void CodeSentence(Document* doc, uint32_t sentence, SentenceWork* w) const;

  const EventLexicon& lex_;
  const Gazetteer& gaz_;
  AnchorFilter anchors_;  // skips the pattern lookup for most words
};

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_CODER_H_
