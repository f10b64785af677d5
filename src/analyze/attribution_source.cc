#include "analyze/attribution_source.h"

#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_subject.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// "Jane Roe, a lawyer who fled the country after her arrest, told ..." and
// "The mayor of Port Velin, Jane Roe, said ...": the clause opens with a noun
// phrase and exactly one appositive, closed by its comma, and nothing else
// stands between it and the cue. Both parts may hold words LeftNp does not
// cross ("of", a relative clause), so this only checks the shape: two commas,
// no quotation or other clause punctuation, a capitalized word in it, a
// bounded length, and no adverbial opener ("On Monday, ...").
SourceSite ClauseInitialAppositive(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  if (cue_first < floor + 4 || cue_first - floor > 3 * kMaxNp) return s;
  if (!t.IsPunct(cue_first - 1, ",") || !t.IsWordLike(floor) || !t.Capitalized(floor)) return s;
  if (OpensAdverbial(t.W(floor))) return s;
  int commas = 0;
  for (uint32_t k = floor; k < cue_first; ++k) {
    if (t.QuoteAt(k) != nullptr) return s;
    if (t.IsPunct(k, ",")) {
      ++commas;
    } else if (t.IsPunct(k) && !t.IsPunct(k, "-")) {
      return s;
    }
  }
  if (commas != 2 || t.IsPunct(floor + 1, ",")) return s;
  s.first = floor;
  s.last = cue_first - 1;
  return s;
}

// Words opening a parenthetical between a speaker and the cue ("X,
// however, said", "X, in a statement on Monday, said"): PolNeAR leaves it
// out of the source. "of" is not one: "X, of the Harbor Institute," is an
// appositive.
bool OpensParenthetical(std::string_view w) {
  static constexpr std::string_view kLeads[] = {
      "however", "meanwhile", "though",  "too",   "also",   "instead", "indeed",   "moreover",
      "in",      "for",       "on",      "at",    "during", "after",   "before",   "like",
      "unlike",  "speaking",  "writing", "again", "then",   "now",     "likewise", "similarly"};
  for (std::string_view o : kLeads) {
    if (EqualsLower(w, o)) return true;
  }
  return false;
}

SourceSite LeftSource(const AttributionText& t, uint32_t cue_first, uint32_t floor);

// "X, however, said" -> the source left of the parenthetical, or none.
SourceSite BeforeParenthetical(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  if (cue_first < floor + 3 || !t.IsPunct(cue_first - 1, ",")) return s;
  for (uint32_t k = cue_first - 2; k > floor && cue_first - k <= kMaxNp; --k) {
    if (t.QuoteAt(k) != nullptr || (t.IsPunct(k) && !t.IsPunct(k, ","))) return s;
    if (!t.IsPunct(k, ",")) continue;
    if (k + 1 >= cue_first - 1 || !OpensParenthetical(t.W(k + 1))) return s;
    return LeftSource(t, k, floor);
  }
  return s;
}

// Words between a speaker and its cue that belong to neither in PolNeAR:
// auxiliaries and modals the cue did not take, time words ("Roe earlier
// Tuesday said", "Democrats haven't decided").
bool BetweenSpeakerAndCue(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "must",    "should",  "shall",     "can",      "may",     "might",   "will",    "would",
      "could",   "haven't", "hasn't",    "hadn't",   "don't",   "doesn't", "didn't",  "won't",
      "can't",   "isn't",   "aren't",    "wasn't",   "earlier", "later",   "already", "always",
      "tuesday", "monday",  "wednesday", "thursday", "friday",  "today"};
  if (t.toks()[k].kind != TokenKind::kWord) return false;
  std::string_view w = t.W(k);
  return IsAdverb(t, k) || (InSet(w, kWords) && !(t.Capitalized(k) && w.size() < 6));
}

// "on Tuesday", "last week": a two-word time phrase at token k.
bool TimePair(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static constexpr std::array<std::string_view, 4> kUnits = {"week", "month", "year", "night"};
  std::string_view a = t.W(k), b = t.W(k + 1);
  return (EqualsLower(a, "on") && InSet(b, kDays)) ||
         ((EqualsLower(a, "last") || EqualsLower(a, "this")) && InSet(b, kUnits));
}

// The source left of the cue, or none.
SourceSite LeftSource(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s = BeforeParenthetical(t, cue_first, floor);
  if (s.first != kNone) return s;
  // "Roe jokingly said", "Roe earlier Tuesday said": the speaker ends before.
  uint32_t j = cue_first;
  while (j > floor + 2 && cue_first - j < 3) {
    if (TimePair(t, j - 2)) {  // "Roe on Tuesday said", "Roe last week said"
      j -= 2;
    } else if (BetweenSpeakerAndCue(t, j - 1)) {
      --j;
    } else {
      break;
    }
  }
  if (j < cue_first) {
    const uint32_t f = LeftNp(t, j - 1, floor);
    if (f != kNone) {
      s.first = f;
      s.last = j - 1;
      return s;
    }
  }
  uint32_t f = LeftNp(t, cue_first - 1, floor);
  if (f != kNone) {
    s.first = f;
    s.last = cue_first - 1;
    return s;
  }
  if (cue_first < floor + 2 || !t.IsPunct(cue_first - 1, ",")) return s;
  // "X, who spoke with Y in Z, said": X and its relative clause, closed by
  // the comma (PolNeAR's extent). The clause is short and plain: no quote,
  // no other clause punctuation.
  for (uint32_t k = cue_first - 2; k > floor + 1 && cue_first - k < 3 * kMaxNp; --k) {
    if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
    if (t.QuoteAt(k) != nullptr) break;
    if (t.IsPunct(k - 1, ",") && (EqualsLower(t.W(k), "who") || EqualsLower(t.W(k), "which"))) {
      uint32_t x = LeftNp(t, k - 2, floor);
      if (x != kNone && !InSet(t.W(k - 2), kPronouns)) {
        s.first = x;
        s.last = cue_first - 1;
        return s;
      }
      break;
    }
  }
  // "Jane Roe, a spokeswoman, said": only when the phrase before the comma
  // is an appositive after a name (LeftNp extends over it).
  f = LeftNp(t, cue_first - 2, floor);
  if (f != kNone && f + 1 < cue_first - 1 && t.IsWordLike(f) && t.Capitalized(f)) {
    for (uint32_t k = f; k < cue_first - 1; ++k) {
      if (t.IsPunct(k, ",")) {
        // PolNeAR closes the appositive with its comma.
        s.first = f;
        s.last = cue_first - 1;
        return s;
      }
    }
  }
  return ClauseInitialAppositive(t, cue_first, floor);
}

}  // namespace

SourceSite FindSource(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e,
                      uint32_t floor, const SourceSite& prev) {
  SourceSite src;
  if (cue.participle) {
    src = prev.first != kNone ? prev : SentenceSubject(t, b, cue.first);
    src.right = false;
    src.chained = true;
  } else if (cue.first > b) {
    src = LeftSource(t, cue.first, floor);
  }
  if (src.first != kNone || src.chained) return src;
  // "X said A and added B": the coordinated cue shares X; "X did A and
  // warned B": the clause's subject.
  if (cue.first > b &&
      (EqualsLower(t.W(cue.first - 1), "and") || EqualsLower(t.W(cue.first - 1), "but"))) {
    SourceSite shared = prev.first != kNone ? prev : SentenceSubject(t, b, cue.first - 1);
    if (shared.first != kNone) {
      shared.right = false;
      shared.chained = true;
      return shared;
    }
  }
  if (cue.last + 1 >= e || !t.IsWordLike(cue.last + 1)) return src;
  uint32_t end = RightNpEnd(t, cue.last + 1, e);
  // Inverted order only at a clause end: "..., said Jane Roe."
  if (end > cue.last + 1 && (end == e || t.IsPunct(end)) && cue.first > b &&
      (t.IsPunct(cue.first - 1, ",") || t.toks()[cue.first - 1].has(kCloseQuote))) {
    src.first = cue.last + 1;
    src.last = end - 1;
    src.right = true;
    // "..., said Jane Roe, a lawyer who ...": the appositive runs to the
    // sentence end unless a quotation or a new clause follows.
    if (end < e && t.IsPunct(end, ",")) {
      uint32_t z = end;
      while (z < e && !t.toks()[z].has(kOpenQuote) && !ClauseBreak(t, z, e)) ++z;
      if (z == e) {
        while (z > end && !t.IsWordLike(z - 1)) --z;
        src.last = z - 1;
      }
    }
  }
  return src;
}

}  // namespace sitrep::attribution
