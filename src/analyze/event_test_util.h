// Shared fixture for the event tests: default lexicons loaded once, and a
// helper that runs text layer + ActorTagger + EventCoder on a string.
#ifndef SITREP_ANALYZE_EVENT_TEST_UTIL_H_
#define SITREP_ANALYZE_EVENT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "analyze/actor_tagger.h"
#include "analyze/event_coder.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace sitrep {

struct EventWorld {
  ActorLexicon actors;
  AgentLexicon agents;
  EventLexicon events;
  Gazetteer places;
  std::unique_ptr<ActorTagger> tagger;
  std::unique_ptr<EventCoder> coder;

  static const EventWorld& Get() {
    static const EventWorld* world = [] {
      auto* w = new EventWorld;
      auto a = ActorLexicon::LoadDefault();
      auto g = AgentLexicon::LoadDefault();
      auto e = EventLexicon::LoadDefault();
      auto p = Gazetteer::LoadDefault();
      EXPECT_TRUE(a.ok() && g.ok() && e.ok() && p.ok());
      for (const auto& d : e.diagnostics) ADD_FAILURE() << d.ToString();
      w->actors = std::move(a.lexicon);
      w->agents = std::move(g.lexicon);
      w->events = std::move(e.lexicon);
      w->places = std::move(p.gazetteer);
      w->places.AddCountries(w->actors);
      w->tagger = std::make_unique<ActorTagger>(w->actors, w->agents);
      w->coder = std::make_unique<EventCoder>(w->events, w->places);
      return w;
    }();
    return *world;
  }

  Document Run(const std::string& text, const std::string& published = "") const {
    Document doc;
    doc.text = text;
    doc.published = published;
    Tokenize(doc.text, &doc.tokens);
    SplitSentences(&doc);
    tagger->Tag(&doc);
    coder->Code(&doc);
    return doc;
  }
};

// One line per event, for failure messages: code, type, trigger, sources,
// target, modality.
inline std::string Dump(const Document& doc) {
  std::string out;
  for (const Event& e : doc.events) {
    out += e.code + " " + e.plover + " '" + std::string(doc.view(e.trigger)) + "' " +
           e.source_code + (e.source2_code.empty() ? "" : " + " + e.source2_code) + " -> " +
           e.target_code + " " + e.modality + (e.negated ? " negated" : "") + "\n";
  }
  return out.empty() ? "(no events)" : out;
}

// The first event of doc with root code `root` ("04"), or null.
inline const Event* FindRoot(const Document& doc, std::string_view root) {
  for (const Event& e : doc.events) {
    if (e.root == root) return &e;
  }
  return nullptr;
}

// The first event of doc with the exact CAMEO code `code` ("0874"), or null.
inline const Event* FindCode(const Document& doc, std::string_view code) {
  for (const Event& e : doc.events) {
    if (e.code == code) return &e;
  }
  return nullptr;
}

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_TEST_UTIL_H_
