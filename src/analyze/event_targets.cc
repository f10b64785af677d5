#include "analyze/event_targets.h"

#include "analyze/event_words.h"

namespace sitrep {

using event_words::IsDomesticAct;
bool IsJointAct(const Event& ev) {
  // Force (190) is mutual only when two sides did it ("X and Y clashed");
  // the other symmetric codes (meet, cooperate, sign) always are.
  if (!ev.source2_code.empty()) return true;
  return ev.code != "190" && event_words::IsSymmetric(ev.code);
}

void InferTargets(EventSentence& s, const TargetContext& c, Event* ev) {
  const bool forceful = (c.act_quad == 4 || ev->root == "15") && !IsJointAct(*ev);
  const bool placed = ev->location && !ev->location->country.empty();
  if (ev->target_code.empty() && placed && forceful) {
    // "imposed a curfew in ... Turkey", "reimposed blockades in the West
    // Bank": force used in a place is used on that place's people.
    ev->target_code = ev->location->country;
  }
  if (ev->target_code.empty() && placed && c.withdrawal && ev->source_code.size() >= 3 &&
      ev->location->country != std::string_view(ev->source_code).substr(0, 3)) {
    // "X will evacuate the settlements in Y": a withdrawal from another
    // country's land is a concession to that country.
    ev->target_code = ev->location->country;
  }
  if (ev->target_code.empty() && c.place != EventSentence::kNone && forceful) {
    // The same for a place the gazetteer does not hold but the actor lexicon
    // does.
    ev->target_code = s.MentionCountry(c.place);
  }
  if (ev->target_code.empty() && IsDomesticAct(ev->root, ev->plover)) {
    // "staged protests against the curbs imposed by the Ruritanian army",
    // "blocked streets in defiance of X": a protest or rejection aimed at
    // something a foreign actor did is aimed at that actor, not at home.
    const std::string_view own =
        ev->source_code.empty() ? s.MainCountry() : std::string_view(ev->source_code);
    const uint32_t k = s.ForeignAfterAgainst(c.last + 1, c.last + 12, 8, false, own);
    if (k != EventSentence::kNone) {
      ev->target = s.has_mention(k) ? s.ActorOf(k) : kNoActor;
      ev->target_code = std::string(s.CountryAt(k));
    }
  }
  if (ev->target_code.empty() && !ev->source_code.empty() && IsDomesticAct(ev->root, ev->plover)) {
    // "Workers stopped work", "police arrested 12": with no object named, a
    // protest, rejection, concession or coercive act is aimed at the
    // sentence's country (its government or people).
    if (std::string_view cc = s.MainCountry(); !cc.empty()) ev->target_code = cc;
  }
  if (ev->source_code.empty() && !c.nominal) {
    // Still no source ("X was killed", "Hundreds blocked streets in Y"): the
    // country the sentence is about. Last, so that it does not stop an
    // object of the same country from becoming the target above.
    if (std::string_view cc = s.MainCountry(); !cc.empty()) ev->source_code = cc;
  }
}

}  // namespace sitrep
