// Pattern matching at one anchor word (data/events/verbs.txt): the anchor's
// patterns are tried longest first; each later word element may have up to
// kWordGap other words before it ("of" and numbers are free), the $TARGET slot up to kTargetGap,
// and no element crosses a comma or clause break. One hash probe per word picks the candidates, so
// a sentence costs O(words x patterns per anchor).
#ifndef SITREP_ANALYZE_EVENT_MATCH_H_
#define SITREP_ANALYZE_EVENT_MATCH_H_

#include <bitset>
#include <cstdint>
#include <string_view>

#include "analyze/event_slots.h"
#include "lexicon/event_lexicon.h"

namespace sitrep {

struct PatternMatch {
  const EventPattern* pattern = nullptr;   // nullptr: no match
  uint32_t last = 0;                       // the last matched word
  uint32_t target = EventSentence::kNone;  // the $TARGET mention
  // A mention in the $TARGET slot after "in"/"at"/"near": the act's place.
  uint32_t place = EventSentence::kNone;
};

// A conservative pre-check in front of EventLexicon::PatternsFor: a bit per
// (length, first, middle and last letter) key of every anchor lemma. Most
// words of a sentence are no anchor; this rejects nearly all of them with a
// few arithmetic operations instead of a string hash and a table probe, so
// a larger pattern vocabulary costs the common word nothing. No false
// negatives: every anchor's key is set.
class AnchorFilter {
 public:
  explicit AnchorFilter(const EventLexicon& lex);
  bool MayBeAnchor(std::string_view lemma) const { return !lemma.empty() && bits_[Key(lemma)]; }

 private:
  static uint32_t Key(std::string_view w) {
    const auto c = [](char ch) { return static_cast<uint32_t>(static_cast<unsigned char>(ch)); };
    return ((static_cast<uint32_t>(w.size()) & 15u) << 12) | ((c(w[0]) & 31u) << 7) |
           ((c(w[w.size() - 1]) & 31u) << 2) | (c(w[w.size() / 2]) & 3u);
  }
  std::bitset<1u << 16> bits_;
};

// Title-case headlines capitalize their verbs; running text does not.
bool IsHeadline(const EventSentence& s);

// The longest pattern anchored at word `i`. Verb patterns do not fire on a
// noun ("the attack", "Russia's attack"); a capitalized word inside running
// text is a name ("in May", "Strike Force"), not a verb.
PatternMatch MatchAt(const EventLexicon& lex, const EventSentence& s, uint32_t i, bool headline);

}  // namespace sitrep

#endif  // SITREP_ANALYZE_EVENT_MATCH_H_
