#include "analyze/attribution_spans.h"

#include <array>
#include <string_view>

#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool OpensAdverbial(std::string_view w) {
  static constexpr std::string_view kOpeners[] = {
      "in",        "on",      "at",      "after",   "before",   "during",  "last",    "when",
      "if",        "as",      "since",   "while",   "although", "however", "but",     "and",
      "meanwhile", "for",     "with",    "without", "by",       "from",    "despite", "yesterday",
      "today",     "earlier", "later",   "there",   "here",     "again",   "perhaps", "still",
      "now",       "then",    "instead", "yet"};
  for (std::string_view o : kOpeners) {
    if (EqualsLower(w, o)) return true;
  }
  return false;
}

bool IsAdverb(const AttributionText& t, uint32_t i) {
  static constexpr std::string_view kNotAdverbs[] = {
      "family",  "ally",    "rally", "supply", "assembly",  "daily", "weekly",
      "monthly", "anomaly", "reply", "italy",  "quarterly", "july",  "only"};
  if (t.toks()[i].kind != TokenKind::kWord || t.Capitalized(i)) return false;
  std::string_view w = t.W(i);
  if (w.size() < 5 || !w.ends_with("ly")) return false;
  for (std::string_view n : kNotAdverbs) {
    if (EqualsLower(w, n)) return false;
  }
  return true;
}

namespace {

// Prepositions a speaker phrase runs over: PolNeAR sources keep their
// modifiers ("Aides to X", "the senator from Y", "a poll by Z").
constexpr std::array<std::string_view, 9> kNpPrepositions = {"of", "for",  "to", "from", "at",
                                                             "in", "with", "on", "by"};
// After a cue ("..., said X of Y"), fewer: "said X in a statement" and "said
// X on Monday" name a channel or a time, not part of the speaker.
constexpr std::array<std::string_view, 7> kRightPrepositions = {"of",   "for",  "to", "at",
                                                                "with", "from", "by"};

// Words that never stand inside a speaker phrase, beyond kStops: sentence
// adverbs and pronoun-like quantifiers ("Perhaps voters said", "everything
// Roe says").
constexpr std::array<std::string_view, 14> kNotInNp = {
    "soon",    "perhaps",   "again",    "there", "here", "wonder",    "everything",
    "nothing", "something", "anything", "maybe", "thus", "therefore", "instead"};

constexpr std::array<std::string_view, 5> kSubjectPronouns = {"he", "she", "they", "we", "i"};
// Quantity words before a number or a share ("about 40 percent", "nearly
// half"); "at least" and "more than" are handled as pairs.
constexpr std::array<std::string_view, 8> kApprox = {"about", "nearly", "almost",        "roughly",
                                                     "only",  "just",   "approximately", "over"};

constexpr std::array<std::string_view, 12> kShares = {
    "half",     "one-third", "two-thirds", "three-quarters", "one-quarter", "a",
    "majority", "third",     "quarter",    "most",           "all",         "several"};

// Days and months: "Wednesday, the company said" opens with a time.
constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
    "january",   "february", "march",     "april",    "june",   "july",     "august",
    "september", "october",  "november",  "december", "tonight"};

// A "/" glued to the words on both sides ("CNN/Harbor poll"): part of a name.
bool GluedSlash(const AttributionText& t, uint32_t k) {
  return k + 1 < t.toks().size() && t.W(k) == "/" && !t.toks()[k].has(kSpaceBefore) &&
         !t.toks()[k + 1].has(kSpaceBefore);
}

// True when word k follows a determiner or possessive, directly or past
// one plain word ("the statement", "a new report", "the group's letter").
bool DeterminedNoun(const AttributionText& t, uint32_t k, uint32_t floor) {
  auto det = [&](uint32_t j) { return InSet(t.W(j), kDeterminers) || IsPossessive(t.W(j)); };
  if (k > floor && det(k - 1)) return true;
  return k > floor + 1 && det(k - 2) && t.IsWordLike(k - 1) && !InSet(t.W(k - 1), kStops) &&
         t.cues().FindWord(t.W(k - 1)) == nullptr;
}

// The plain phrase ending at word token j: words that are not function
// words, up to and including a determiner; kNone when there is none.
uint32_t PlainLeft(const AttributionText& t, uint32_t j, uint32_t floor) {
  uint32_t first = kNone;
  for (uint32_t k = j + 1; k-- > floor && j + 1 - k <= kMaxNp;) {
    if (!t.IsWordLike(k)) {
      if (k > floor && k < j && GluedSlash(t, k) && t.IsWordLike(k - 1)) continue;
      break;
    }
    std::string_view w = t.W(k);
    if (InSet(w, kDeterminers)) {
      first = k;
      break;
    }
    // "one senior official": a numeral, not the pronoun.
    if (k < j && EqualsLower(w, "one")) {
      first = k;
      break;
    }
    // "about 4 in 10", "more than half": a proportion of a poll's respondents.
    const bool before_number = k < j && t.toks()[k + 1].kind == TokenKind::kNumber;
    const bool proportion = ((EqualsLower(w, "in") || EqualsLower(w, "about")) && before_number) ||
                            (EqualsLower(w, "than") && k > floor &&
                             (EqualsLower(t.W(k - 1), "more") || EqualsLower(t.W(k - 1), "fewer")));
    if (!proportion && (InSet(w, kStops) || InSet(w, kPronouns))) break;
    // A cue word is a verb unless a determiner makes it a noun: "the
    // statement said", "a new report found" (attr-recall).
    if (t.cues().FindWord(w) != nullptr && !t.Capitalized(k) && !DeterminedNoun(t, k, floor)) {
      break;
    }
    if (IsAdverb(t, k) || InSet(w, kNotInNp)) break;
    first = k;
  }
  return first;
}

// True when a phrase starting at token f may head a longer speaker phrase:
// it opens the clause or starts with a determiner or a capital ("went to
// the rally" after "who" does not).
bool PhraseOpens(const AttributionText& t, uint32_t f, uint32_t floor) {
  return f == floor || InSet(t.W(f), kDeterminers) || t.Capitalized(f) ||
         t.toks()[f].kind == TokenKind::kNumber || (f > floor && !t.IsWordLike(f - 1));
}

// Extends a speaker phrase starting at `first` leftwards over prepositional
// heads ("the head of [X]") and, at the clause start, coordination ("X and
// [Y]", "A, B and [C]"). Bounded by 3 * kMaxNp tokens from j.
uint32_t ExtendLeft(const AttributionText& t, uint32_t first, uint32_t j, uint32_t floor) {
  while (first >= floor + 2 && j - first < 3 * kMaxNp) {
    const uint32_t p = first - 1;
    if (InSet(t.W(p), kNpPrepositions) && t.IsWordLike(p - 1) && !t.IsPunct(p - 1)) {
      const uint32_t f = PlainLeft(t, p - 1, floor);
      if (f == kNone || !PhraseOpens(t, f, floor)) break;
      first = f;
      continue;
    }
    if (EqualsLower(t.W(p), "and") || t.W(p) == "&") {
      // Coordinated speakers only at the clause start: "X won and Y said"
      // is two clauses.
      uint32_t k = p;
      if (k > floor && t.IsPunct(k - 1, ",")) --k;
      uint32_t f = kNone;
      while (k > floor && p - k < 3 * kMaxNp) {
        // "She and her aides said": a pronoun conjunct.
        f = InSet(t.W(k - 1), kSubjectPronouns) ? k - 1 : PlainLeft(t, k - 1, floor);
        if (f == kNone || (t.W(k - 1).ends_with("ed") && !t.Capitalized(k - 1))) {
          f = kNone;
          break;
        }
        k = f;
        if (k >= floor + 2 && t.IsPunct(k - 1, ",") && t.IsWordLike(k - 2) && !IsAdverb(t, k - 2) &&
            !OpensAdverbial(t.W(k - 2))) {
          --k;
          continue;
        }
        break;
      }
      if (f == kNone || !(f == floor || (!t.IsWordLike(f - 1) && !t.IsPunct(f - 1, ",")))) break;
      first = f;
      continue;
    }
    break;
  }
  return first;
}

// Belief, desire and stance verbs: after "and" they usually go on with the
// reported clause's own subject ("said he is proud and expects to win"),
// not the speaker's next act ("and added").
constexpr std::array<std::string_view, 22> kStanceLemmas = {
    "expect", "hope",   "want",  "plan", "believe",  "think",   "feel",   "fear",
    "wish",   "intend", "know",  "see",  "consider", "support", "oppose", "favor",
    "prefer", "worry",  "agree", "need", "seek",     "vow"};

}  // namespace

uint32_t LeftNp(const AttributionText& t, uint32_t j, uint32_t floor) {
  if (j == kNone || j < floor || !t.IsWordLike(j)) return kNone;
  if (InSet(t.W(j), kPronouns)) return j;
  uint32_t first = PlainLeft(t, j, floor);
  if (first == kNone) return kNone;
  while (first < j && EqualsLower(t.W(first), "of")) ++first;
  first = ExtendLeft(t, first, j, floor);
  // Appositive after a name: "Jane Roe, a spokeswoman for X," -> from "Jane".
  if (InSet(t.W(first), kDeterminers) && first >= floor + 2 && t.IsPunct(first - 1, ",") &&
      t.Capitalized(first - 2)) {
    uint32_t k = first - 2;
    while (k > floor && t.Capitalized(k - 1) && t.IsWordLike(k - 1) && first - k < kMaxNp) {
      --k;
    }
    // "In December, the prince said": an opener, not a name.
    // "(On) Wednesday, the company said", "In Ohio, a poll shows".
    if (OpensAdverbial(t.W(k)) || (k > floor && OpensAdverbial(t.W(k - 1))) ||
        (k + 2 == first &&
         (InSet(t.W(k), kCalendarWords) || (t.W(k).size() >= 7 && t.W(k).ends_with("ly"))))) {
      return first;
    }
    // "the economist Jane Roe, a former adviser,": a title before the name.
    if (k > floor && t.IsWordLike(k - 1) && !t.Capitalized(k - 1)) {
      const uint32_t f = PlainLeft(t, k - 1, floor);
      if (f != kNone && (f == floor || InSet(t.W(f), kDeterminers))) k = f;
    }
    // "Rep. Jane Roe of Ohio, an ally of X,": the name's own modifiers.
    first = ExtendLeft(t, k, j, floor);
  }
  // "about 40 percent of voters", "at least four senators".
  if (first > floor && EqualsLower(t.W(first - 1), "at") &&
      (EqualsLower(t.W(first), "least") || EqualsLower(t.W(first), "most"))) {
    return first - 1;
  }
  if (first > floor && (t.toks()[first].kind == TokenKind::kNumber || InSet(t.W(first), kShares))) {
    if (InSet(t.W(first - 1), kApprox)) {
      --first;
    } else if (first >= floor + 2 &&
               ((EqualsLower(t.W(first - 2), "at") &&
                 (EqualsLower(t.W(first - 1), "least") || EqualsLower(t.W(first - 1), "most"))) ||
                (EqualsLower(t.W(first - 1), "than") &&
                 (EqualsLower(t.W(first - 2), "more") || EqualsLower(t.W(first - 2), "fewer") ||
                  EqualsLower(t.W(first - 2), "less"))))) {
      first -= 2;
    }
  }
  return first;
}

uint32_t RightNpEnd(const AttributionText& t, uint32_t k, uint32_t ceil) {
  uint32_t e = k;
  while (e < ceil && e - k < 2 * kMaxNp) {
    if (!t.IsWordLike(e)) {
      if (e > k && GluedSlash(t, e) && e + 1 < ceil && t.IsWordLike(e + 1)) {
        ++e;
        continue;
      }
      break;
    }
    std::string_view w = t.W(e);
    if (e > k && InSet(w, kRightPrepositions) && e + 1 < ceil && t.IsWordLike(e + 1) &&
        !InSet(t.W(e + 1), kPronouns) && !EqualsLower(t.W(e + 1), "that")) {
      ++e;
      continue;
    }
    if (e > k && (InSet(w, kStops) || InSet(w, kPronouns))) break;
    ++e;
  }
  return e;
}

uint32_t AccordingSourceEnd(const AttributionText& t, uint32_t k, uint32_t ceil) {
  uint32_t end = RightNpEnd(t, k, ceil);
  if (end == k || end >= ceil) return end;
  if (!t.IsPunct(end)) {
    uint32_t z = end;
    while (z < ceil && z - k <= 2 * kMaxNp && t.IsWordLike(z)) ++z;
    if (z - k > 2 * kMaxNp) return end;
    if (z < ceil && !t.IsPunct(z, ",") && !t.IsPunct(z, ".")) return end;
    end = z;
  }
  // Tried and left out: running the source over a closing appositive ("A,
  // according to Roe, a lawyer."): as often the reporter's own remark ("A,
  // according to Roe, the most in a decade") on train.
  return end;
}

std::optional<Span> Content(const AttributionText& t, uint32_t a, uint32_t b) {
  while (b > a && t.IsPunct(b - 1)) --b;
  while (a < b && t.IsPunct(a)) ++a;
  if (a >= b) return std::nullopt;
  return t.SpanOf(a, b - 1);
}

namespace {

// "on Monday", "Tuesday", "last week", "yesterday": a time phrase after an
// object, which PolNeAR leaves out about as often as it keeps it.
bool TimeStart(const AttributionText& t, uint32_t z, uint32_t e) {
  static constexpr std::array<std::string_view, 10> kDays = {
      "monday",   "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday",  "yesterday", "today",    "tonight"};
  static constexpr std::array<std::string_view, 3> kUnits = {"week", "month", "year"};
  std::string_view w = t.W(z);
  if (InSet(w, kDays)) return true;
  if (z + 1 >= e) return false;
  std::string_view n = t.W(z + 1);
  return (EqualsLower(w, "on") && InSet(n, kDays)) ||
         ((EqualsLower(w, "last") || EqualsLower(w, "this")) && InSet(n, kUnits));
}

// "backed the plan that Roe says will fail": a relative clause holding a
// reporting verb is a statement of its own, not part of the object.
bool ReportingRelative(const AttributionText& t, uint32_t z, uint32_t e) {
  std::string_view w = t.W(z);
  if (!EqualsLower(w, "that") && !EqualsLower(w, "which") && !EqualsLower(w, "who")) return false;
  for (uint32_t k = z + 1; k < e && k - z <= kMaxNp && !t.IsPunct(k); ++k) {
    const CueEntry* c = t.CueAt(k);
    if (c != nullptr && !c->noun && !t.Capitalized(k)) return true;
  }
  return false;
}

}  // namespace

uint32_t ObjectEnd(const AttributionText& t, uint32_t a, uint32_t e) {
  static constexpr std::array<std::string_view, 7> kLinks = {"but",    "because", "when",  "while",
                                                             "before", "after",   "during"};
  uint32_t z = a;
  while (z < e) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token + 1;
      continue;
    }
    if (t.toks()[z].kind == TokenKind::kQuote || (t.IsPunct(z) && !t.IsPunct(z, "-"))) break;
    if (z > a && (InSet(t.W(z), kLinks) || ClauseBreak(t, z, e) || TimeStart(t, z, e) ||
                  ReportingRelative(t, z, e))) {
      break;
    }
    ++z;
  }
  return z;
}

bool ClauseBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  if (z + 1 >= e) return false;
  if (t.IsPunct(z, ",")) {
    // "said A, but that B": the second clause is reported too.
    if (z + 2 < e && EqualsLower(t.W(z + 1), "but") && EqualsLower(t.W(z + 2), "that")) {
      return false;
    }
    return InSet(t.W(z + 1), kContentBreak) ||
           (t.W(z + 1).ends_with("ing") && t.CueAt(z + 1) != nullptr) ||
           EqualsLower(t.W(z + 1), "according");
  }
  // "X said A and added B": a second cue verb coordinated with the first.
  if (EqualsLower(t.W(z), "and") || EqualsLower(t.W(z), "but")) {
    uint32_t v = z + 1;
    if (v + 1 < e && InSet(t.W(v), kCueLead)) ++v;
    const CueEntry* c = t.CueAt(v);
    return c != nullptr && !c->noun && !t.W(v).ends_with("ing") && !t.Capitalized(v) &&
           !InSet(std::string_view(c->lemma), kStanceLemmas);
  }
  return false;
}

}  // namespace sitrep::attribution
