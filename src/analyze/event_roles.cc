#include "analyze/event_roles.h"

#include <algorithm>
#include <iterator>

#include "analyze/event_words.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = EventSentence::kNone;

using event_words::IsBe;
using event_words::IsDeterminer;
using event_words::IsPossessivePronoun;
using event_words::IsPreposition;

// A past participle: "-ed", an irregular form ("held", "struck": its lemma
// differs and it is no -ing or -s form), or one spelled like its verb.
bool IsParticiple(const EventSentence& s, uint32_t i) {
  const std::string_view w = s.word(i);
  if (w.ends_with("ed")) return true;
  if (w != s.lemma(i) && !w.ends_with("ing") && !w.ends_with("s")) return true;
  static constexpr std::string_view kSame[] = {"put", "set", "cut", "hit", "shut", "let",
                                               "cast", "spread", "quit", "beat"};
  return std::find(std::begin(kSame), std::end(kSame), w) != std::end(kSame);
}

// Passive: a form of "be"/"get" (adverbs allowed) right before a participle.
bool IsPassive(const EventSentence& s, uint32_t i) {
  if (!IsParticiple(s, i)) return false;
  for (uint32_t j = i; j-- > 0 && i - j <= 3;) {
    if (IsBe(s.word(j))) return true;
    if (!s.word(j).ends_with("ly") && s.word(j) != "also" && s.word(j) != "not") return false;
  }
  return false;
}

// "X said that Y must return it": the demand is the reporter's, made of the
// "that" clause's subject, else of the one told ("X reminded Iraq that it
// must ...": "it" names no actor). Sets source and target when "that" is found.
void DemandOfThatClause(const EventSentence& s, uint32_t i, EventRoles* r) {
  uint32_t that = kNone;
  for (uint32_t j = i; j-- > 0 && that == kNone;) {
    if (s.word(j) == "that") that = j;
  }
  if (that == kNone) return;
  r->source = s.SubjectBefore(that);
  uint32_t t = kNone;
  for (uint32_t j = that + 1; j < i && t == kNone; ++j) {
    if (s.has_mention(j)) t = s.mention_first(j);
  }
  for (uint32_t j = r->source == kNone ? 0 : r->source; t == kNone && j < that; ++j) {
    const bool told = j > 0 && (s.word(j - 1) == "to" ||
                                (j > 1 && s.word(j - 2) == "to" && IsDeterminer(s.word(j - 1))));
    if (told && s.has_mention(j) && s.mention_first(j) == j) t = j;
  }
  r->target = t;
}

// "X kidnapped Y and exploded bombs": a verb after "and" shares the subject
// of the verb before it, so the mention nearest the trigger (`near`) is that
// verb's object when another subject precedes it in the same report. Not
// across "said"/"that" ("officials said X arrived and met": X met).
uint32_t SharedSubject(const EventSentence& s, uint32_t near) {
  if (near == kNone || s.AfterPreposition(near)) return near;
  const uint32_t earlier = s.SubjectBefore(near);
  if (earlier == kNone || s.AfterPreposition(earlier)) return near;
  for (uint32_t j = s.mention_last(earlier) + 1; j < near; ++j) {
    const std::string_view w = s.word(j);
    if (s.clause_break(j) || w == "and" || w == "said" || w == "says" || w == "that" ||
        w == "told" || w == "who" || w == "which") {
      return near;
    }
  }
  return earlier;
}

// Acts that a partner "with" whom they are done shares: consultations (040)
// and material cooperation (06x). Not visits, mediation or negotiation, whose
// other party is their object.
bool IsJointWith(std::string_view code) { return code == "040" || code.starts_with("06"); }

uint32_t NominalSource(const EventSentence& s, uint32_t i, uint32_t last) {
  // "Western sanctions on X", "Putin's meeting with X".
  for (uint32_t j = i; j-- > 0 && i - j <= 3;) {
    if (s.has_mention(j)) return s.mention_first(j);
    if (s.clause_break(j) || s.comma(j)) break;
  }
  // No fallback to the clause subject: in "X aided the invasion of Y" X is
  // not the invader ...
  if (uint32_t by = s.ByPhrase(last + 1); by != kNone) return by;
  // ... unless a possessive pronoun ties the noun to it: "X held its first
  // meeting with Y", "X reiterated their demand" ...
  for (uint32_t j = i; j-- > 0 && i - j <= 3;) {
    if (s.clause_break(j) || s.comma(j)) break;
    if (IsPossessivePronoun(s.word(j))) return s.SubjectBefore(j);
  }
  // ... or the noun is the subject's purpose: "X returned to Geneva for talks
  // on Y", "X flew in for a meeting".
  uint32_t f = i;
  if (f > 0 && IsDeterminer(s.word(f - 1))) --f;
  if (f > 0 && s.word(f - 1) == "for") return s.SubjectBefore(f - 1);
  return kNone;
}

}  // namespace

EventRoles FindRoles(EventSentence& s, const PatternMatch& m, uint32_t i,
                     const EventCodeInfo* info) {
  const EventPattern& p = *m.pattern;
  const uint32_t n = s.size(), last = m.last;
  EventRoles r;
  r.place = m.place;
  // "is committed to", "were engaged in": a participle whose pattern goes on
  // with a preposition is a predicate adjective, not a passive.
  const bool adjectival = last > i && IsPreposition(s.word(i + 1)) && s.word(i + 1) != "by";
  r.passive = !p.nominal && !adjectival && IsPassive(s, i);
  r.target = m.target;
  if (r.target == kNone && !p.has_target()) {
    // An object right after the trigger: "arrested Protasevich", "... on X".
    uint32_t from = last + 1;
    if (from < n && IsPreposition(s.word(from)) && s.word(from) != "by" && s.word(from) != "in") {
      ++from;
    }
    bool place = false;
    r.target = s.MentionAfter(from, 2, &place);
    if (place) {
      r.place = r.target;
      r.target = kNone;
    }
  }
  if (p.subject_is_target) {
    // "Minsk has fallen under sanctions": the subject suffers the act.
    r.target = s.SubjectBefore(i);
    r.source = s.ByPhrase(last + 1);
    if (r.source == kNone && info != nullptr && info->root() == "10") DemandOfThatClause(s, i, &r);
  } else if (r.passive) {
    // "X was arrested by Y": X is the target, Y the source.
    const uint32_t subj = s.SubjectBefore(i);
    r.source = s.ByPhrase(last + 1);
    if (r.target == r.source) r.target = kNone;
    if (subj != kNone) r.target = subj;
  } else if (p.nominal) {
    r.source = NominalSource(s, i, last);
  } else {
    r.source = s.SubjectBefore(i);
    if (i > 0 && s.word(i - 1) == "and") r.source = SharedSubject(s, r.source);
  }
  if (r.source == kNone) return r;
  if (r.target != kNone && s.ActorOf(r.source) == s.ActorOf(r.target)) {
    // "X and Y met": the target shares the subject's slot.
    r.target = kNone;
  }
  if (r.passive || p.subject_is_target) return r;
  if (!p.nominal && r.target != kNone && IsJointWith(p.code)) {
    // "X held talks with Y", "X has been sharing expertise with Y": the
    // partner of a joint act does it too (PLOVER codes both as sources), and
    // stays the target as well: CAMEO and GDELT record "Putin met with
    // Lukashenko" as the dyad Putin -> Lukashenko.
    uint32_t b = s.mention_first(r.target);
    if (b > 0 && IsDeterminer(s.word(b - 1))) --b;
    if (b > 0 && s.word(b - 1) == "with") {
      r.co_source = r.target;
      return r;
    }
  }
  // Coordinated subjects: the leftmost is the source, the next one the
  // co-source ("X, Y and Z" keeps X and Y).
  if (uint32_t other = s.CoordinatedBefore(r.source); other != kNone) {
    r.co_source = r.source;
    r.source = other;
    while ((other = s.CoordinatedBefore(r.source)) != kNone) {
      r.co_source = r.source;
      r.source = other;
    }
  }
  if (r.target != kNone && r.co_source != kNone && s.ActorOf(r.target) == s.ActorOf(r.co_source)) {
    r.target = kNone;
  }
  return r;
}

}  // namespace sitrep
