#include "analyze/event_actors.h"

#include <utility>

#include "analyze/event_words.h"

namespace sitrep {

void FillActor(const Document& doc, EventSentence& s, uint32_t tok, uint32_t* actor,
               std::string* code) {
  if (tok == EventSentence::kNone) return;
  *actor = s.ActorOf(tok);
  const DocActor& a = doc.actors[*actor];
  *code = a.code.empty() ? a.country : a.code;
  const uint32_t mf = s.mention_first(tok), ml = s.mention_last(tok);
  if (mf > 0 && s.word(mf - 1) == "ethnic" && !a.country.empty()) {
    // "ethnic Albanians in Serbia": a people of the country the sentence is
    // about, in the role the lexicon gives them.
    std::string_view cc = s.MainCountry();
    if (!cc.empty() && cc != a.country) {
      *code = std::string(cc) + (a.code.size() > 3 ? a.code.substr(3) : "");
    }
    return;
  }
  if (!a.country.empty() || a.code.size() > 3) return;
  // A generic or unknown actor ("refugees", "President X", "the foreign
  // minister"): take the country from its noun phrase.
  const std::string& role = a.code;
  if (std::string_view cc = s.CountryInNp(mf, ml); !cc.empty()) {
    *code = std::string(cc) + role;
  } else if (role.empty() || event_words::IsDomesticRole(role)) {
    // "President X agreed ... in Kyrgyzstan", "rebels ... Ugandan": a generic
    // actor belongs to the country the sentence is about.
    if (std::string_view cc = s.MainCountry(); !cc.empty()) *code = std::string(cc) + role;
  }
}

void AddCoSource(const Document& doc, EventSentence& s, uint32_t tok, uint32_t anchor, Event* ev) {
  const uint32_t other = s.CoordinatedCountry(tok, anchor);
  if (other == EventSentence::kNone) return;
  uint32_t actor = kNoActor;
  std::string code;
  if (s.has_mention(other)) {
    FillActor(doc, s, other, &actor, &code);
  } else {
    code = std::string(s.AdjCountry(other));
  }
  if (code.size() < 3) return;
  if (other < tok) {
    std::swap(actor, ev->source);
    std::swap(code, ev->source_code);
  }
  ev->source2 = actor;
  ev->source2_code = std::move(code);
}

}  // namespace sitrep
