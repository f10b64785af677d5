#include "analyze/attribution_source.h"

#include <array>
#include <string_view>

#include "analyze/attribution_spans.h"
#include "analyze/attribution_subject.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

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

// A short "(...)" group at token k ("Sen. Jane Roe (D-Ohio)"): the token
// after its ")", or kNone. PolNeAR keeps such a party or place tag in the
// source.
uint32_t AfterParens(const AttributionText& t, uint32_t k, uint32_t end) {
  if (!t.IsPunct(k, "(")) return kNone;
  for (uint32_t j = k + 1; j < end && j - k <= 6; ++j) {
    if (t.IsPunct(j, ")")) return j + 1;
    if (t.toks()[j].kind == TokenKind::kQuote || t.IsPunct(j, "(")) return kNone;
  }
  return kNone;
}

// Verbs that make a clause of a would-be head phrase.
constexpr std::array<std::string_view, 9> kHeadVerbs = {"is",   "are", "was",  "were", "has",
                                                        "have", "had", "will", "would"};
// Lowercase words opening an aside between a speaker and the cue, beyond
// OpensParenthetical's.
constexpr std::array<std::string_view, 5> kAsides = {"through", "along", "himself", "herself",
                                                     "themselves"};

bool IsRelative(std::string_view w) {
  return EqualsLower(w, "who") || EqualsLower(w, "which") || EqualsLower(w, "whose") ||
         EqualsLower(w, "whom");
}

// True when tokens [a, z) hold a verb cue that reports a clause (not an
// object cue like "endorsed"): "Jane Roe, who said she would
// run, ..." reports a statement of its own (its source is "who"), and
// PolNeAR leaves such a relative clause out of the main cue's source (train:
// 45 such clauses, 5 kept), while a plain one ("Jane Roe, who runs the
// port,") is kept about as often as not.
bool HoldsVerbCue(const AttributionText& t, uint32_t a, uint32_t z) {
  for (uint32_t k = a; k < z; ++k) {
    if (!t.IsWordLike(k) || t.Capitalized(k)) continue;
    const CueEntry* c = t.CueAt(k);
    if (c != nullptr && !c->noun && !c->object) return true;
  }
  return false;
}

// One-word sentence openers that are not speakers ("Overall, ...").
bool OpenerWord(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 12> kOpeners = {
      "overall",      "separately", "indeed",  "moreover", "furthermore", "nonetheless",
      "nevertheless", "regardless", "besides", "so",       "thus",        "also"};
  static constexpr std::array<std::string_view, 19> kCalendar = {
      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
      "january",   "february", "march",     "april",    "june",   "july",     "august",
      "september", "october",  "november",  "december", "tonight"};
  std::string_view w = t.W(k);
  return OpensAdverbial(w) || InSet(w, kOpeners) || InSet(w, kCalendar) ||
         (w.size() >= 5 && w.ends_with("ly"));
}

// "Jane Roe, a lawyer who fled the country after her arrest, told ...",
// "The mayor of Port Velin, Jane Roe, said ...", "Jane Roe, 41, a nurse
// from Pellow, Ohio, said ...", "Sen. Jane Roe (D-Ohio), chair of the
// panel, said ...", and the same after an opener ("On Monday, Jane Roe, a
// lawyer, said") or a quotation ('"A," Jane Roe, a lawyer, said'): a noun
// phrase and its appositives, each closed by a comma, right before the
// cue. The parts may hold words LeftNp does not cross ("of", a relative
// clause), so this only checks the shape: 2 to 5 commas, no quotation or
// other clause punctuation but short "(...)" tags, no verb cue, a bounded
// length, a head that opens like a noun phrase and a name in the first or
// second part. Leading adverbial parts ("On Monday,") are left out.
SourceSite ClauseInitialAppositive(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  if (cue_first < floor + 4 || !t.IsPunct(cue_first - 1, ",")) return s;
  // The clause start: the floor, or the token after a quotation or clause
  // punctuation.
  uint32_t a = cue_first - 1;
  while (a > floor && cue_first - a <= 3 * kMaxNp) {
    const uint32_t k = a - 1;
    if (t.QuoteAt(k) != nullptr || t.toks()[k].kind == TokenKind::kQuote) break;
    // "." only closing an abbreviation in a tag: "(D-Md.)".
    const bool tag_period = t.IsPunct(k, ".") && t.IsPunct(k + 1, ")");
    if (t.IsPunct(k) && !t.IsPunct(k, ",") && !t.IsPunct(k, "(") && !t.IsPunct(k, ")") &&
        !t.IsPunct(k, "-") && !tag_period) {
      break;
    }
    --a;
  }
  if (cue_first - a > 3 * kMaxNp) return s;
  while (a < cue_first && t.IsPunct(a, ",")) ++a;
  // Parts [start, comma) in order; at most 6.
  std::array<uint32_t, 7> starts{};
  int parts = 0;
  starts[parts++] = a;
  for (uint32_t k = a; k < cue_first - 1;) {
    if (const uint32_t after = AfterParens(t, k, cue_first); after != kNone) {
      k = after;
      continue;
    }
    if (t.IsPunct(k) && !t.IsPunct(k, ",") && !t.IsPunct(k, "-")) return s;
    const CueEntry* c = t.IsWordLike(k) ? t.CueAt(k) : nullptr;
    if (c != nullptr && !c->noun && !t.Capitalized(k) &&
        !(k > a && (InSet(t.W(k - 1), kDeterminers) || IsPossessive(t.W(k - 1))))) {
      return s;
    }
    if (t.IsPunct(k, ",")) {
      if (parts == 6) return s;
      starts[parts++] = k + 1;
    }
    ++k;
  }
  starts[parts] = cue_first;  // one past the last part's comma
  // Leave out leading adverbial parts ("On Monday,", "In Ohio,").
  int head = 0;
  // Also a participle phrase ("Speaking to reporters,", "Disappointed,").
  auto participle = [&](uint32_t k) {
    std::string_view w = t.W(k);
    return w.size() >= 7 && (w.ends_with("ing") || w.ends_with("ed"));
  };
  while (parts - head > 2 && t.IsWordLike(starts[head]) &&
         (OpenerWord(t, starts[head]) || participle(starts[head]))) {
    ++head;
  }
  if (parts - head < 2) return s;
  const uint32_t f = starts[head];
  const uint32_t f_end = starts[head + 1] - 1;  // the head part's comma
  if (f >= f_end || !t.IsWordLike(f) || OpenerWord(t, f)) return s;
  if (!(t.Capitalized(f) || t.toks()[f].kind == TokenKind::kNumber ||
        InSet(t.W(f), kDeterminers))) {
    return s;
  }
  if (InSet(t.W(f), kPronouns) && f + 1 == f_end) return s;  // not "One voter"
  // "Ohio voters are the last thing Jane Roe, a senator, wants": the head
  // is a clause, not a noun phrase.
  for (uint32_t k = f; k < f_end; ++k) {
    if (InSet(t.W(k), kHeadVerbs)) return s;
  }
  // A name ends the head ("Jane Roe", "Sen. Jane Roe (D-Ohio)") or is the
  // whole second part ("The mayor, Jane Roe,").
  bool name = t.Capitalized(f_end - 1) || t.IsPunct(f_end - 1, ")");
  if (!name) {
    const uint32_t g = starts[head + 1], g_end = starts[head + 2] - 1;
    name = g < g_end;
    for (uint32_t k = g; k < g_end && name; ++k) {
      name = t.IsWordLike(k) && t.Capitalized(k);
    }
  }
  if (!name) return s;
  s.first = f;
  s.last = cue_first - 1;
  // A part that is an aside about the act, not about the speaker, ends the
  // source before its comma: "Jane Roe, in a statement, said", "Jane Roe,
  // facing a recount, said", and an age alone: "Jane Roe, 41, said" (the
  // age stays before a description: "Jane Roe, 41, a nurse, said").
  for (int p = head + 1; p < parts; ++p) {
    const uint32_t k = starts[p];
    // "Jane Roe, also a senator," and "now a senator," describe her.
    const bool describes =
        (EqualsLower(t.W(k), "also") || EqualsLower(t.W(k), "now")) && starts[p + 1] > k + 2;
    const bool aside = t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) && !describes &&
                       (OpensParenthetical(t.W(k)) || InSet(t.W(k), kAsides) ||
                        (EqualsLower(t.W(k), "of") && EqualsLower(t.W(k + 1), "course")) ||
                        (t.W(k).size() > 5 && t.W(k).ends_with("ing")));
    const bool reporting_relative = IsRelative(t.W(k)) && HoldsVerbCue(t, k, starts[p + 1] - 1);
    const bool lone_age = p == parts - 1 && p == head + 1 &&
                          t.toks()[k].kind == TokenKind::kNumber && starts[p + 1] == k + 2;
    if (aside || lone_age || reporting_relative) {
      s.last = k - 2;  // before the part's leading comma
      break;
    }
  }
  return s;
}

SourceSite LeftSource(const AttributionText& t, uint32_t cue_first, uint32_t floor);

// "X, however, said" -> the source left of the parenthetical, or none.
SourceSite BeforeParenthetical(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  if (cue_first < floor + 3 || !t.IsPunct(cue_first - 1, ",")) return s;
  for (uint32_t k = cue_first - 2; k > floor && cue_first - k <= 2 * kMaxNp; --k) {
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
  // "Roe has long said", "Roe further noted", "X and Y have all said".
  static constexpr std::array<std::string_view, 7> kLowerOnly = {"long", "further", "all", "both",
                                                                 "has",  "have",    "had"};
  if (t.toks()[k].kind != TokenKind::kWord) return false;
  std::string_view w = t.W(k);
  return IsAdverb(t, k) || (InSet(w, kWords) && !(t.Capitalized(k) && w.size() < 6)) ||
         (InSet(w, kLowerOnly) && !t.Capitalized(k));
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
  // "Sen. Jane Roe (D-Ohio) said": the tag stays in the source.
  auto tagged = [&](uint32_t end) {  // the phrase ending at token end - 1
    SourceSite r;
    if (end < floor + 3 || !t.IsPunct(end - 1, ")")) return r;
    for (uint32_t k = end - 2; k > floor && end - k <= 6; --k) {
      if (!t.IsPunct(k, "(")) continue;
      if (AfterParens(t, k, end) != end || !t.Capitalized(k - 1)) break;
      const uint32_t f = LeftNp(t, k - 1, floor);
      if (f == kNone) break;
      r.first = f;
      r.last = end - 1;
      return r;
    }
    return r;
  };
  if (j < cue_first) {
    s = tagged(j);
    if (s.first != kNone) return s;
    const uint32_t f = LeftNp(t, j - 1, floor);
    if (f != kNone) {
      s.first = f;
      s.last = j - 1;
      return s;
    }
  }
  s = tagged(cue_first);
  if (s.first != kNone) return s;
  uint32_t f = LeftNp(t, cue_first - 1, floor);
  if (f != kNone) {
    s.first = f;
    s.last = cue_first - 1;
    return s;
  }
  if (cue_first < floor + 2 || !t.IsPunct(cue_first - 1, ",")) return s;
  // "Jane Roe, 41, who ..., said": the whole clause-initial phrase first.
  s = ClauseInitialAppositive(t, cue_first, floor);
  if (s.first != kNone) return s;
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
        s.last = HoldsVerbCue(t, k, cue_first - 1) ? k - 2 : cue_first - 1;
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
  return SourceSite{};  // ClauseInitialAppositive found nothing above
}

}  // namespace

SourceSite FindSource(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e,
                      uint32_t floor, const SourceSite& prev) {
  SourceSite src;
  // "Roe is calling for ...": a progressive with its "be" is a finite cue,
  // its speaker on the left.
  const bool progressive = InSet(t.W(cue.first), kBeForms) || EqualsLower(t.W(cue.first), "been");
  // "Roe was asked ...", "Roe is accused of ...": a passive's subject is
  // the addressee or target, not the speaker (train: 16 of 157 such
  // subjects were PolNeAR's source).
  if (progressive && cue.last > cue.first && t.W(cue.last).ends_with("ed")) return src;
  if (cue.participle && !progressive) {
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
  // "..., she said of the plan", "said at the time": a preposition opens
  // an adjunct, never a speaker.
  const std::string_view next = t.W(cue.last + 1);
  if (InSet(next, kStops) || EqualsLower(next, "of")) return src;
  uint32_t end = RightNpEnd(t, cue.last + 1, e);
  // "..., said a lawyer who advises the board.": the relative clause runs to
  // the next punctuation, and stays unless it reports a statement.
  if (end > cue.last + 1 && end < e && IsRelative(t.W(end))) {
    uint32_t z = end;
    while (z < e && z - end <= 2 * kMaxNp && t.IsWordLike(z)) ++z;
    if ((z == e || t.IsPunct(z)) && !HoldsVerbCue(t, end, z)) end = z;
  }
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
      uint32_t rel = kNone;
      while (z < e && !t.toks()[z].has(kOpenQuote) && !ClauseBreak(t, z, e)) {
        if (rel == kNone && IsRelative(t.W(z))) rel = z;
        ++z;
      }
      if (z == e && rel != kNone && HoldsVerbCue(t, rel, z)) z = rel;
      if (z == e || z == rel) {
        while (z > end && !t.IsWordLike(z - 1)) --z;
        src.last = z - 1;
      }
    }
  }
  return src;
}

}  // namespace sitrep::attribution
