#include "analyze/event_coder.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "analyze/event_actors.h"
#include "analyze/event_match.h"
#include "analyze/event_modality.h"
#include "analyze/event_place.h"
#include "analyze/event_roles.h"
#include "analyze/event_slots.h"
#include "analyze/event_targets.h"
#include "analyze/event_words.h"
#include "analyze/statement_date.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = EventSentence::kNone;

// The event's date: a date in the sentence, resolved against doc.published;
// with no publication date, against the nearest full date elsewhere in the
// document (found once per document, on first need).
std::string EventDate(const Document& doc, uint32_t si, bool* dates_done,
                      std::vector<std::pair<uint32_t, std::string>>* full_dates) {
  const Sentence& sent = doc.sentences[si];
  std::string date = FindDateIn(doc, sent.first_token, sent.last_token, doc.published);
  if (!doc.published.empty() || (!date.empty() && date[0] != '-')) return date;
  if (!*dates_done) {
    *dates_done = true;
    for (uint32_t k = 0; k < doc.sentences.size(); ++k) {
      std::string d =
          FindDateIn(doc, doc.sentences[k].first_token, doc.sentences[k].last_token, "");
      if (d.size() == 10 && d[0] != '-') full_dates->emplace_back(k, std::move(d));
    }
  }
  // full_dates is in sentence order: the nearest is next to the insertion
  // point, so this stays logarithmic however many dated sentences there are.
  auto dist = [si](uint32_t k) { return k > si ? k - si : si - k; };
  auto it = std::lower_bound(full_dates->begin(), full_dates->end(), si,
                             [](const auto& fd, uint32_t k) { return fd.first < k; });
  const std::pair<uint32_t, std::string>* best = nullptr;
  if (it != full_dates->end()) best = &*it;
  if (it != full_dates->begin() && (!best || dist(std::prev(it)->first) <= dist(best->first))) {
    best = &*std::prev(it);
  }
  if (best != nullptr) date = FindDateIn(doc, sent.first_token, sent.last_token, best->second);
  return date;
}

void SetCode(const EventCodeInfo& info, Event* ev) {
  ev->code = info.code;
  ev->root = std::string(info.root());
  ev->plover = info.plover;
  ev->quad = info.quad;
  ev->goldstein = info.goldstein;
}

// A news outlet: a media actor of the lexicon, or a CAMEO code whose role is
// MED ("USAMED").
bool IsNewsMedium(const Document& doc, uint32_t actor, std::string_view code) {
  if (actor != kNoActor && actor < doc.actors.size() &&
      std::string_view(doc.actors[actor].id).starts_with("media.")) {
    return true;
  }
  return code.size() >= 6 && code.substr(3, 3) == "MED";
}

}  // namespace

struct EventCoder::SentenceWork {
  EventSentence s;
  // Full dates by sentence, computed on first need when doc.published is
  // empty: the anchor for relative dates.
  bool dates_done = false;
  std::vector<std::pair<uint32_t, std::string>> full_dates;
  uint32_t date_sentence = kNone;
  std::string date;
  // The places named in sentence places_sentence.
  uint32_t places_sentence = kNone;
  std::vector<SentencePlace> places;
  // Statement contents sorted by start, with the running maximum of their
  // ends: the statements holding a trigger are found by a binary search and
  // a short walk back, not a pass over every statement for every event.
  struct Content {
    uint32_t start, end, statement, max_end;
  };
  std::vector<Content> contents;

  // The first statement (by index) whose content holds `trigger`, or -1.
  int32_t StatementHolding(Span trigger) const {
    auto it = std::upper_bound(contents.begin(), contents.end(), trigger.start,
                               [](uint32_t pos, const Content& c) { return pos < c.start; });
    int32_t best = -1;
    while (it != contents.begin()) {
      --it;
      if (it->max_end < trigger.end) break;  // nothing earlier reaches the trigger
      if (it->end >= trigger.end && (best < 0 || it->statement < static_cast<uint32_t>(best))) {
        best = static_cast<int32_t>(it->statement);
      }
    }
    return best;
  }
};

void EventCoder::Code(Document* doc) const {
  doc->events.clear();
  SentenceWork w;
  w.contents.reserve(doc->statements.size());
  for (uint32_t k = 0; k < doc->statements.size(); ++k) {
    const Span c = doc->statements[k].content;
    w.contents.push_back({c.start, c.end, k, 0});
  }
  std::sort(w.contents.begin(), w.contents.end(),
            [](const auto& a, const auto& b) { return a.start < b.start; });
  uint32_t max_end = 0;
  for (auto& c : w.contents) c.max_end = max_end = std::max(max_end, c.end);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) CodeSentence(doc, s, &w);
}

void EventCoder::CodeSentence(Document* doc, uint32_t si, SentenceWork* w) const {
  const Sentence& sent = doc->sentences[si];
  const uint32_t first = sent.first_token, n = sent.last_token - sent.first_token;
  if (n == 0) return;
  EventSentence& s = w->s;
  s.Reset(*doc, gaz_, lex_.lemmatizer(), si);
  const bool headline = IsHeadline(s);
  // The last "unless" of the sentence: found once, not once per event.
  uint32_t last_unless = kNone;
  for (uint32_t j = 0; j < n; ++j) {
    if (s.word(j) == "unless") last_unless = j;
  }

  // The word where the act announced by the last event's bare "threatened
  // to" / "vowed to" starts, or kNone.
  uint32_t prev_announced = kNone;
  for (uint32_t i = 0; i < n; ++i) {
    if (!anchors_.MayBeAnchor(s.lemma(i))) continue;
    const PatternMatch pm = MatchAt(lex_, s, i, headline);
    if (pm.pattern == nullptr) continue;
    const EventPattern* match = pm.pattern;
    const uint32_t last = pm.last;
    const EventCodeInfo* info = lex_.FindCode(match->code);
    // The act's own class, before a threat makes it 13x: a curfew threatened
    // "in Abidjan" is still aimed at that place.
    const int act_quad = info != nullptr ? info->quad : 0;
    const EventRoles roles = FindRoles(s, pm, i, info);
    const uint32_t src = roles.source, tgt = roles.target, place_tok = roles.place;
    const bool passive = roles.passive;

    Event ev;
    ModalityResult mod = FindModality(s.words(), s.clause_breaks(), i);
    ev.negated = mod.negated;
    ev.modality = std::string(ModalityName(mod.modality));
    // "X will/would boycott", "plans to impose": a conflictual act that is
    // only announced is a threat; with "unless" after the trigger any
    // announced act is one ("will withdraw ... unless").
    bool would_before = false;  // "would"/"will" just before, in the clause
    for (uint32_t j = i, seen = 0; j-- > 0 && seen < 4 && !s.clause_break(j); ++seen) {
      would_before = would_before || s.word(j) == "would" || s.word(j) == "will";
    }
    const bool unless_after = last_unless != kNone && last_unless > last;
    const bool announced = mod.modality == Modality::kPlanned ||
                           mod.modality == Modality::kThreatened ||
                           (mod.modality == Modality::kHypothetical && would_before);
    if (info != nullptr && announced && unless_after && info->quad <= 2) {
      info = lex_.FindCode("130");
    } else if (info != nullptr && !info->alt.empty() &&
               ((mod.modality == Modality::kPlanned && info->quad <= 2) ||
                (announced && info->quad >= 3))) {
      info = lex_.FindCode(info->alt);  // announced or threatened: 03x / 13x
    }
    if (info == nullptr) continue;
    SetCode(*info, &ev);
    ev.trigger = {s.token(i).span.start, s.token(last).span.end};
    auto fill = [&](uint32_t tok, uint32_t* actor, std::string* code) {
      FillActor(*doc, s, tok, actor, code);
    };
    fill(src, &ev.source, &ev.source_code);
    fill(roles.co_source, &ev.source2, &ev.source2_code);
    fill(tgt, &ev.target, &ev.target_code);
    uint32_t subject_tok = src;  // the token the source code came from
    if (src != kNone && !passive && !match->subject_is_target && s.AfterPreposition(src) &&
        s.PrepositionBefore(src) != "by") {
      // The subject found is only a prepositional object ("the Turkish and
      // Greek sides of Cyprus agreed"): a country adjective before it in the
      // clause names the actor.
      if (uint32_t t = s.CountryTokenBefore(i); t != kNone && t < src && !s.has_mention(t)) {
        ev.source = kNoActor;
        ev.source_code = std::string(s.AdjCountry(t));
        subject_tok = t;
      }
    }
    if (ev.source_code.empty() && !match->nominal && !passive && !match->subject_is_target) {
      // No coded subject: the nearest country adjective or coded mention
      // before the trigger in its clause ("Swiss doctors handed over").
      subject_tok = s.CountryTokenBefore(i);
      if (subject_tok != kNone) ev.source_code = s.CountryAt(subject_tok);
    }
    if (ev.source_code.empty() && match->nominal && !match->has_target()) {
      // "Iraqi protests", "the deployment of Turkish troops": with no target
      // slot, a country adjective right before the noun, or a coded actor in
      // its "of" phrase (inside the matched words), is who acts.
      uint32_t k = kNone;
      if (i > 0 && !s.clause_break(i - 1) && !s.AdjCountry(i - 1).empty()) k = i - 1;
      for (uint32_t j = i + 1; k == kNone && j <= last; ++j) {
        if (!s.CountryAt(j).empty()) k = j;
      }
      if (k != kNone && s.has_mention(k)) {
        fill(s.mention_first(k), &ev.source, &ev.source_code);
      } else if (k != kNone) {
        ev.source_code = std::string(s.CountryAt(k));
      }
      if (k != kNone) subject_tok = k;
    }
    if (ev.source2_code.empty() && subject_tok != kNone && subject_tok < i && !passive &&
        !match->subject_is_target) {
      AddCoSource(*doc, s, subject_tok, i, &ev);
    }
    if (!ev.source2_code.empty() && ev.code == "150") {
      // "X and Y launched war games": drills held together are military
      // cooperation (062), not a show of force.
      if (const EventCodeInfo* joint = lex_.FindCode("062")) SetCode(*joint, &ev);
    }
    if (ev.source_code.empty() && passive) {
      // "was attacked by Burundian militiamen": an adjective in the by-phrase.
      for (uint32_t j = last + 1; j < n && j < last + 7 && !s.clause_break(j); ++j) {
        if (s.word(j) != "by") continue;
        for (uint32_t k = j + 1; k < n && k < j + 4; ++k) {
          if (!s.AdjCountry(k).empty()) {
            ev.source_code = s.AdjCountry(k);
            break;
          }
        }
        break;
      }
    }
    if (ev.target_code.empty() && tgt == kNone && !match->has_target() &&
        !match->subject_is_target && !passive) {
      // An object further on in the clause ("offered to hand over ... to
      // Great Britain", "rejected an Indian proposal").
      // From the anchor on: "rejected an Indian proposal" has the adjective
      // inside the matched words.
      const uint32_t t = s.ObjectAfter(i + 1);
      if (t != kNone && s.has_mention(t)) {
        if (ev.source == kNoActor || s.ActorOf(t) != ev.source)
          fill(t, &ev.target, &ev.target_code);
      } else if (t != kNone) {
        ev.target_code = s.CountryAt(t);
      }
    }

    if (tgt != kNone && ev.target_code.size() >= 3 && ev.source_code.size() >= 3 &&
        ev.target_code.compare(0, 3, ev.source_code, 0, 3) == 0 &&
        !(s.mention_first(tgt) > 0 && s.word(s.mention_first(tgt) - 1) == "by")) {
      // "Britain mobilized army reservists for a war against Iraq": the
      // object is the source's own people; the act is aimed at the "against"
      // phrase further on in the clause. Not when the object is an agent
      // ("crimes by X against Y" is X's act).
      const uint32_t k =
          s.ForeignAfterAgainst(s.mention_last(tgt) + 1, last + 12, 3, true, ev.source_code);
      if (k != kNone) {
        ev.target = s.has_mention(k) ? s.ActorOf(k) : kNoActor;
        ev.target_code = std::string(s.CountryAt(k));
      }
    }

    if (passive && ev.target_code.empty() && act_quad == 4 && !IsJointAct(ev)) {
      // "A journalist was killed in a car bomb": the unnamed sufferer of
      // force belongs to the country the sentence is about (not of words:
      // "the attack was condemned by X" names no victim).
      if (std::string_view cc = s.MainCountry(); !cc.empty()) ev.target_code = cc;
    }

    if (ev.root == "04" && IsNewsMedium(*doc, ev.target, ev.target_code)) {
      // "Speaking to The Associated Press", "talked with Reuters": an
      // interview is the channel of a statement, not a meeting between the
      // speaker and the outlet (CAMEO 04x is consultation between actors).
      prev_announced = kNone;
      i = last;
      continue;
    }

    if (const int32_t k = w->StatementHolding(ev.trigger); k >= 0) {
      ev.statement = k;
      if (ev.modality == "asserted") ev.modality = "reported";
    }

    // Events of one sentence share its date; computing it once per sentence
    // keeps a sentence with thousands of events linear.
    if (w->date_sentence != si) {
      w->date = EventDate(*doc, si, &w->dates_done, &w->full_dates);
      w->date_sentence = si;
    }
    ev.date = w->date;
    if (w->places_sentence != si) {
      w->places = FindPlaces(*doc, gaz_, sent.first_token, sent.last_token);
      w->places_sentence = si;
    }
    ev.location = PickPlace(w->places, first + i);
    TargetContext tc;
    tc.last = last;
    tc.place = place_tok;
    tc.act_quad = act_quad;
    tc.withdrawal = match->code.starts_with("087");
    tc.nominal = match->nominal;
    InferTargets(s, tc, &ev);
    // "threatened to ban voting in X", "vowed to attack X": a bare promise or
    // threat right before "to" + the act it announces is aimed where that
    // act is.
    const bool bare_intent = match->elements.size() == 1 &&
                             (match->code == "030" || match->code == "130") && last + 2 < n &&
                             s.word(last + 1) == "to";
    const uint32_t announced_at = bare_intent ? last + 2 : kNone;
    if (prev_announced != kNone && prev_announced == i && !doc->events.empty()) {
      Event& intent = doc->events.back();
      if (intent.target_code.empty() && !ev.target_code.empty()) {
        intent.target = ev.target;
        intent.target_code = ev.target_code;
      }
    }
    prev_announced = announced_at;
    doc->events.push_back(std::move(ev));
    i = last;  // the words of this match are not anchors again
  }
}

}  // namespace sitrep
