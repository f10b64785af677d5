#include "analyze/event_match.h"

#include "analyze/event_words.h"

namespace sitrep {
namespace {

constexpr uint32_t kNone = EventSentence::kNone;
constexpr uint32_t kWordGap = 3;    // other words allowed before a later word element
constexpr uint32_t kTargetGap = 4;  // ... and before the $TARGET mention

}  // namespace

using event_words::IsBe;
using event_words::IsDeterminer;

AnchorFilter::AnchorFilter(const EventLexicon& lex) {
  for (const EventPattern& p : lex.patterns()) {
    for (const std::string& w : p.elements[0].words) {
      if (!w.empty()) bits_.set(Key(w));
    }
  }
}

bool IsHeadline(const EventSentence& s) {
  uint32_t words = 0, capitalized = 0;
  for (uint32_t i = 0; i < s.size(); ++i) {
    if (s.word(i).empty()) continue;
    ++words;
    capitalized += s.token(i).has(kCapitalized);
  }
  return capitalized * 5 > words * 3;
}

PatternMatch MatchAt(const EventLexicon& lex, const EventSentence& s, uint32_t i, bool headline) {
  PatternMatch out;
  if (s.lemma(i).empty()) return out;
  std::span<const uint32_t> candidates = lex.PatternsFor(s.lemma(i));
  if (candidates.empty()) return out;
  const uint32_t n = s.size();
  // A capitalized word inside a sentence is a name, not a verb (a sentence's
  // first word, or one after a quotation mark or parenthesis, may be a verb).
  if (!headline && i > 0 && s.token(i).has(kCapitalized) &&
      !(s.word(i - 1).empty() && !s.comma(i - 1))) {
    return out;
  }
  // "the attack", "Russia's attack", "the Bucha massacre": nouns.
  const bool after_det =
      i > 0 &&
      (IsDeterminer(s.word(i - 1)) || s.word(i - 1).ends_with("'s") ||
       (i > 1 && IsDeterminer(s.word(i - 2)) && !s.word(i - 1).empty() &&
        !s.word(i - 1).ends_with("ly") && !IsBe(s.word(i - 1)) &&
        // "The Palestinians reject": a plural actor, then a verb.
        !(s.has_mention(i - 1) && s.word(i - 1).ends_with("s") && !s.word(i).ends_with("s"))));
  // "a series of bombs", "for talks": after a preposition other than "to"
  // a word is a noun; a gerund ("after attacking") is still a verb.
  const bool after_prep = i > 0 && s.word(i - 1) != "to" &&
                          event_words::IsPreposition(s.word(i - 1)) && !s.word(i).ends_with("ing");
  for (uint32_t pi : candidates) {
    const EventPattern& p = lex.patterns()[pi];
    if (!p.nominal && (after_det || after_prep)) continue;
    uint32_t pos = i + 1, end = i, tgt = kNone, place = kNone;
    bool ok = true;
    for (size_t e = 1; e < p.elements.size() && ok; ++e) {
      const PatternElement& el = p.elements[e];
      if (el.target) {
        bool in_place = false;
        tgt = s.MentionAfter(pos, kTargetGap, &in_place);
        ok = tgt != kNone;
        if (ok && e == 1 && !p.nominal && !in_place && pos < tgt &&
            event_words::IsPreposition(s.word(pos))) {
          // The slot for a direct object right after the verb: "returned to
          // Quito" or "was attacked by X" has none.
          ok = false;
        }
        if (ok) pos = s.mention_last(tgt) + 1;
        if (in_place) {  // matched, but the slot holds a place
          place = tgt;
          tgt = kNone;
        }
        continue;
      }
      ok = false;
      for (uint32_t j = pos, gap = 0; j < n && gap <= kWordGap; ++j) {
        if (s.clause_break(j) || s.comma(j)) break;
        // Quotation marks and numbers cost nothing, nor does "of" in a
        // quantity ("provide 25,000 tons of food").
        if (s.word(j).empty()) continue;
        if (s.word(j) != "of") ++gap;
        if (el.Matches(s.lemma(j))) {
          pos = j + 1;
          end = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) {
      out.pattern = &p;
      out.last = end;
      out.target = tgt;
      out.place = place;
      return out;
    }
  }
  return out;
}

}  // namespace sitrep
