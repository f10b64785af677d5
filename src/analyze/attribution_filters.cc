#include "analyze/attribution_filters.h"

#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// Cue lemmas whose base and "-s" forms are verbs, not nouns. "read" is
// also its past ("the letter read") and a speech-only cue (kSpeechOnlyCues).
constexpr std::array<std::string_view, 2> kVerbOnlyLemmas = {"say", "read"};

// Prepositions after "posted" that name where, not what.
constexpr std::array<std::string_view, 5> kPostedWhere = {"to", "on", "in", "at", "online"};

// Words after which an "-ed" form before a noun is an adjective.
constexpr std::array<std::string_view, 10> kBeforeAdjective = {
    "in", "of", "for", "with", "among", "from", "more", "fewer", "all", "unpledged"};

constexpr std::array<std::string_view, 6> kClauseLinks = {"and",  "but", "or",
                                                          "that", "who", "which"};

// "support" for lemma support, "plans" for plan, "wishes" for wish.
bool BareForm(std::string_view word, std::string_view lemma) {
  if (word.size() < lemma.size() || !EqualsLower(word.substr(0, lemma.size()), lemma)) return false;
  std::string_view rest = word.substr(lemma.size());
  return rest.empty() || rest == "s" || rest == "es";
}

bool SubjectNextToVerb(const AttributionText& t, const SourceSite& src, uint32_t verb) {
  if (src.first == kNone || src.chained || src.right || src.last + 1 != verb) return false;
  uint32_t k = src.last;
  std::string_view w = t.W(k);
  if (InSetOf<kPronouns>(w) || t.Capitalized(k)) return true;
  // "4 in 10 say", "9 percent say": a poll's share of respondents.
  if (t.toks()[k].kind == TokenKind::kNumber || EqualsLower(w, "percent")) return true;
  // "the campaign says": a "-s" form after a phrase is its verb.
  if (t.W(verb).ends_with("s") && src.first < k) return true;
  // A plural noun: "voters", "officials" (not "-ss", "-ous", "-'s").
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("ous") &&
         !IsPossessive(w) && !t.IsPunct(k);
}

bool NotAFinding(const AttributionText& t, const CueSite& site, uint32_t b, uint32_t e) {
  static constexpr std::array<std::string_view, 9> kAfter = {
      "itself", "himself", "herself", "themselves", "ourselves", "ways", "way", "here", "dead"};
  static constexpr std::array<std::string_view, 4> kEstablish = {"to", "help", "helped", "helps"};
  const uint32_t i = site.verb;
  if (i + 1 < e && InSetOf<kAfter>(t.W(i + 1))) return true;
  if (i > b && EqualsLower(t.W(i), "found") && InSetOf<kEstablish>(t.W(i - 1))) return true;
  // The passive "was found", "are found": a discovery, not a finding.
  return site.first < i && InSetOf<kBeForms>(t.W(i - 1));
}

bool NounFollows(const AttributionText& t, const CueSite& site, uint32_t e) {
  const uint32_t i = site.verb;
  if (site.cue->lemma == "plan") return i + 1 >= e || !EqualsLower(t.W(i + 1), "to");
  const bool punct_next = i + 1 >= e || (t.IsPunct(i + 1) && !t.IsPunct(i + 1, ":"));
  if (site.cue->lemma == "report") {
    static constexpr std::array<std::string_view, 16> kReportNext = {
        "is", "was", "has",  "had",  "would",     "will",     "could", "and",
        "of", "for", "with", "from", "published", "released", "show",  "shows"};
    return punct_next || InSetOf<kReportNext>(t.W(i + 1));
  }
  if (site.cue->lemma != "support") return false;
  static constexpr std::array<std::string_view, 15> kNounNext = {
      "for", "is",  "was",  "has",   "had",  "among", "from", "of",
      "in",  "and", "with", "would", "will", "could", "that"};
  return punct_next || InSetOf<kNounNext>(t.W(i + 1));
}

}  // namespace

bool PlausibleCue(const AttributionText& t, const CueSite& site, const SourceSite& src, uint32_t b,
                  uint32_t e) {
  const uint32_t i = site.verb;
  if (i > b && !(t.toks()[i].flags & (kSpaceBefore | kNewlineBefore)) &&
      (t.W(i - 1) == "<" || t.W(i - 1) == "/" || t.W(i - 1) == "</")) {
    return false;
  }
  // Only a word right before a bare form can make it a noun; after a
  // clause link or punctuation it is a verb ("and says", "-- says").
  // "say(s)" is never a noun that way ("people briefed on the talks say"),
  // so only the others need a subject right before them.
  if (BareForm(t.W(i), site.cue->lemma) && site.first == i && !src.right &&
      !(i > b && InSetOf<kVerbOnlyLemmas>(std::string_view(site.cue->lemma))) &&
      (i == b || (t.IsWordLike(i - 1) && !InSetOf<kClauseLinks>(t.W(i - 1)) &&
                  !SubjectNextToVerb(t, src, i)))) {
    return false;
  }
  // A bare form that a noun's company gives away: "tax plans would",
  // "health plans." ("plans" without "to": 22 predictions on train, 1 gold),
  // "support among", "support for" (28, 7 gold), "the AP report was", "FEC
  // reports show" (21 fewer predictions on train, no gold lost).
  if (BareForm(t.W(i), site.cue->lemma) && site.first == i && NounFollows(t, site, e)) {
    return false;
  }
  // An "-ed" form after a number, a preposition or "more" and before a
  // bare noun is an adjective: "271 pledged delegates", "in declared
  // candidates". ("4 in 10 said that ..." keeps its clause.)
  if (site.first == i && i > b && i + 1 < e && t.W(i).ends_with("ed") && t.IsWordLike(i + 1) &&
      !t.Capitalized(i + 1) && !EqualsLower(t.W(i + 1), "that") &&
      !InSetOf<kDeterminers>(t.W(i + 1)) && !InSetOf<kPronouns>(t.W(i + 1)) &&
      (t.toks()[i - 1].kind == TokenKind::kNumber || InSetOf<kBeforeAdjective>(t.W(i - 1))) &&
      t.CueAt(i + 1) == nullptr && !InSetOf<kStops>(t.W(i + 1))) {
    return false;
  }
  // "a firm called Roe Data", "a new group called ...": naming a thing,
  // not reporting. A speaker phrase that long ("A spokesman for Roe
  // called ...") is kept.
  if (EqualsLower(t.W(i), "called") && site.first == i && src.first != kNone && !src.right &&
      !src.chained && src.last + 1 == i && src.last - src.first <= 2 &&
      (EqualsLower(t.W(src.first), "a") || EqualsLower(t.W(src.first), "an") ||
       EqualsLower(t.W(src.first), "another"))) {
    bool lower = true;
    for (uint32_t k = src.first + 1; k <= src.last; ++k) lower = lower && !t.Capitalized(k);
    if (lower) return false;
  }
  // "found" that finds nothing said: "found itself in a fight", "found ways
  // to", "helped found the group" (to establish), "was found dead", "found
  // here". On train these 40 predictions hold 1 gold cue.
  if (site.cue->lemma == "find" && NotAFinding(t, site, b, e)) return false;
  // "a video posted to her account", "posted on Facebook": a place where
  // something was put, not its words (11 predictions on train, 0 gold).
  if (site.cue->lemma == "post" && site.last == i && i + 1 < e &&
      InSetOf<kPostedWhere>(t.W(i + 1))) {
    return false;
  }
  // Idioms: "That said, ...", "easier said than done".
  if (EqualsLower(t.W(i), "said") &&
      ((i == b + 1 && EqualsLower(t.W(b), "that") && i + 1 < e && t.IsPunct(i + 1, ",")) ||
       (i + 1 < e && EqualsLower(t.W(i + 1), "than")))) {
    return false;
  }
  // "forced to admit defeat": a governed infinitive with a bare noun after.
  if (site.first == i && i >= b + 2 && EqualsLower(t.W(i - 1), "to") && src.first == kNone &&
      t.W(i - 2).ends_with("ed") && i + 1 < e && t.IsWordLike(i + 1) &&
      !EqualsLower(t.W(i + 1), "that") && !InSetOf<kDeterminers>(t.W(i + 1))) {
    return false;
  }
  return true;
}

}  // namespace sitrep::attribution
