#include "analyze/attribution_cue_site.h"

#include <array>
#include <string_view>

#include "analyze/attribution_words.h"

namespace sitrep::attribution {

bool TitleCaseCue(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e) {
  if (i == b || i + 1 >= e || !t.IsWordLike(i - 1) || !t.Capitalized(i - 1) ||
      !t.IsWordLike(i + 1) || !t.Capitalized(i + 1)) {
    return false;
  }
  // A headline capitalizes its content words; a sentence that names
  // "United States" or "Press Secretary" does not. Only run on capitalized
  // cue words, so the scan of the sentence is rare.
  uint32_t words = 0, caps = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (t.toks()[k].kind != TokenKind::kWord || t.W(k).size() < 4) continue;
    ++words;
    caps += t.Capitalized(k);
  }
  return words >= 3 && caps == words;
}

namespace {

// "-ly" words after a verb that qualify what follows, not the speaking.
constexpr std::array<std::string_view, 10> kNotMannerAfter = {
    "exactly",  "nearly",     "increasingly", "temporarily", "virtually",
    "directly", "relatively", "basically",    "broadly",     "politically"};

// Feelings that "expressed" takes as part of its cue.
constexpr std::array<std::string_view, 21> kExpressedFeelings = {
    "concern",        "concerns",  "confidence",  "support",    "hope",    "frustration",
    "doubt",          "doubts",    "skepticism",  "interest",   "regret",  "optimism",
    "disappointment", "dismay",    "surprise",    "opposition", "outrage", "anger",
    "alarm",          "gratitude", "reservations"};

// A participle or past form: "asked", "seeking", "said", "known".
bool ParticipleForm(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kIrregular = {
      "said", "told", "thought", "known", "seen", "shown", "written", "felt", "found"};
  return w.ends_with("ed") || w.ends_with("ing") || InSetOf<kIrregular>(w);
}

const PhrasalCue* FindPhrasal(std::string_view lemma) {
  for (const PhrasalCue& p : kPhrasalCues) {
    if (p.lemma == lemma) return &p;
  }
  return nullptr;
}

// True when `word` is one of the space-separated lowercase `words`.
bool HasWord(std::string_view words, std::string_view word) {
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (EqualsLower(word, words.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

// Stance verbs whose "-ing" form after a noun is a reduced relative that
// PolNeAR annotates, the noun as source and the object as content ("a
// group backing Roe", "voters supporting the levy").
constexpr std::array<std::string_view, 3> kRelativeStance = {"support", "back", "oppose"};

// True when participle cue token i of sentence [b, e) is such a reduced
// relative: a lowercase noun or a name before it (no function word, adverb
// or number), a word after it.
bool ReducedRelative(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                     const CueEntry* cue) {
  if (i == b || i + 1 >= e || !cue->object ||
      !InSetOf<kRelativeStance>(std::string_view(cue->lemma)))
    return false;
  const uint32_t p = i - 1;
  std::string_view w = t.W(p);
  if (t.toks()[p].kind != TokenKind::kWord && t.toks()[p].kind != TokenKind::kAbbreviation) {
    return false;
  }
  if (InSetOf<kStops>(w) || InSetOf<kDeterminers>(w) || InSetOf<kPronouns>(w) ||
      InSetOf<kParticipleLead>(w) || InSetOf<kNounLead>(w) || w.ends_with("ly") ||
      t.CueAt(p) != nullptr) {
    return false;
  }
  // The noun is an agent: a name, a plural ("voters") or a group noun;
  // "proof supporting the claim", "rates supporting growth" are not.
  static constexpr std::array<std::string_view, 8> kGroups = {
      "group", "pac", "committee", "organization", "campaign", "coalition", "party", "union"};
  const bool agent = t.Capitalized(p) || InSetOf<kGroups>(w) ||
                     (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !IsPossessive(w));
  if (!agent) return false;
  // "backing down", "backing off": a phrasal verb, not a stance.
  static constexpr std::array<std::string_view, 6> kNotObject = {"that", "down", "off",
                                                                 "away", "out",  "up"};
  return t.IsWordLike(i + 1) && !InSetOf<kNotObject>(t.W(i + 1)) && !EqualsLower(w, "ever");
}

// A lowercase "-ly" adverb (not "only", "likely" or a "-ly" noun).
bool IsMannerAdverb(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 10> kNotAdverbs = {
      "only", "likely", "unlikely", "early", "family", "rally", "ally", "reply", "supply", "daily"};
  std::string_view w = t.W(k);
  return t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) && w.size() > 4 &&
         w.ends_with("ly") && !InSetOf<kNotAdverbs>(w);
}

// The first token of "issued a statement", "put out a brief statement",
// "sent an email" right before token i, or kNone.
uint32_t DocumentVerbBefore(const AttributionText& t, uint32_t i, uint32_t b) {
  static constexpr std::array<std::string_view, 6> kDocuments = {"statement", "letter", "memo",
                                                                 "email",     "tweet",  "release"};
  static constexpr std::array<std::string_view, 4> kIssue = {"issued", "released", "sent",
                                                             "posted"};
  static constexpr std::array<std::string_view, 3> kArticles = {"a", "an", "the"};
  if (i < b + 3 || !InSetOf<kDocuments>(t.W(i - 1))) return kNone;
  uint32_t k = i - 2;  // the article, or one adjective before the noun
  if (!InSetOf<kArticles>(t.W(k)) && k > b && t.IsWordLike(k) && !t.Capitalized(k)) --k;
  if (k <= b || !InSetOf<kArticles>(t.W(k))) return kNone;
  if (InSetOf<kIssue>(t.W(k - 1))) return k - 1;
  if (k >= b + 2 && EqualsLower(t.W(k - 1), "out") && EqualsLower(t.W(k - 2), "put")) return k - 2;
  return kNone;
}

// True when participle token i follows "and" and an earlier cue participle
// of the same sentence: "telling CNN that A and questioning B" coordinates
// two reports of one speaker (train: 11 exact cues for 15 predictions).
// Any earlier participle will do ("trashing A and accusing B"; train: +12
// exact cues, +9 sources, +9 contents for about 25 more predictions) but a
// progressive one ("was fixing nets and questioning nothing").
bool CoordinatedParticiple(const AttributionText& t, uint32_t i, uint32_t b) {
  if (i < b + 2 || !EqualsLower(t.W(i - 1), "and")) return false;
  // Bounded, so a run of "and"s costs linear time.
  const uint32_t lo = i - b > 4 * kMaxNp ? i - 4 * kMaxNp : b;
  for (uint32_t k = i - 1; k-- > lo;) {
    if (!t.W(k).ends_with("ing")) continue;
    if (t.CueAt(k) != nullptr) return true;
    if (t.W(k).size() > 5 &&
        !(k > b && (InSetOf<kBeForms>(t.W(k - 1)) || EqualsLower(t.W(k - 1), "be") ||
                    EqualsLower(t.W(k - 1), "been")))) {
      return true;
    }
  }
  return false;
}

// True when token k of a sentence starting at b is an auxiliary, negation
// or adverb that PolNeAR keeps in the cue. A capitalized "Will" or "May"
// inside a sentence is a name ("George Will wrote"; 9 to 2 on train).
bool LeadAt(const AttributionText& t, uint32_t k, uint32_t b) {
  return InSetOf<kCueLead>(t.W(k)) &&
         !(k > b && t.Capitalized(k) &&
           (EqualsLower(t.W(k), "will") || EqualsLower(t.W(k), "may")));
}

// "in a short email", "with a grin": preposition `prep` at k, "a"/"an" and,
// within two words, a noun of kNouns; the noun's token, or kNone.
template <const auto& kNouns>
uint32_t ArticleNounEnd(const AttributionText& t, uint32_t k, uint32_t e, std::string_view prep) {
  if (k + 2 >= e || !EqualsLower(t.W(k), prep) ||
      !(EqualsLower(t.W(k + 1), "a") || EqualsLower(t.W(k + 1), "an"))) {
    return kNone;
  }
  for (uint32_t j = k + 2; j < e && j <= k + 3 && t.IsWordLike(j); ++j) {
    if (InSetOf<kNouns>(t.W(j))) return j;
  }
  return kNone;
}

// The last token of a written medium right after a cue at token k: "in an
// email", "in a blog post", "in a memo", "on Facebook", which PolNeAR keeps
// in the cue (18 gold cues with it to 5 without), or kNone. "in an
// interview", "in a letter", "in a tweet" and "on Twitter" are kept out:
// gold is split on them, as on "wrote in an email" (2 to 5). Train: +9
// exact cues, +1 source, +1 content.
uint32_t WrittenMediumEnd(const AttributionText& t, uint32_t k, uint32_t e) {
  static constexpr std::array<std::string_view, 6> kMedia = {"email",  "e-mail", "post",
                                                             "column", "memo",   "note"};
  if (k + 1 < e && EqualsLower(t.W(k), "on") && t.W(k + 1) == "Facebook") return k + 1;
  return ArticleNounEnd<kMedia>(t, k, e, "in");
}

// True when a name of one to four capitalized words after "with" ends right
// before token k: the absolute "..., with Roe calling it a mistake", whose
// participle reports the name's words (train: 6 of 8 gold, with the cue
// extents of VerbCueAt).
bool WithNameBefore(const AttributionText& t, uint32_t k, uint32_t b) {
  uint32_t j = k;
  while (j > b && k - j < 4 && t.IsWordLike(j - 1) && t.Capitalized(j - 1) &&
         t.QuoteAt(j - 1) == nullptr) {
    --j;
  }
  return j < k && j > b && EqualsLower(t.W(j - 1), "with");
}

// "Some say", "Several said", "Both denied": a quantifier standing alone
// at a clause start is the subject, not a determiner making the cue a noun
// ("some support for").
bool QuantifierSubject(const AttributionText& t, uint32_t i, uint32_t b) {
  static constexpr std::array<std::string_view, 6> kQuantifiers = {"some", "several", "many",
                                                                   "most", "both",    "all"};
  if (!InSetOf<kQuantifiers>(t.W(i - 1))) return false;
  if (!(i - 1 == b || t.IsPunct(i - 2) || EqualsLower(t.W(i - 2), "and") ||
        EqualsLower(t.W(i - 2), "but"))) {
    return false;
  }
  // A noun reading continues with a preposition: "some support for".
  if (i + 1 < t.toks().size()) {
    std::string_view n = t.W(i + 1);
    if (EqualsLower(n, "for") || EqualsLower(n, "of") || EqualsLower(n, "from") ||
        EqualsLower(n, "among")) {
      return false;
    }
  }
  return true;
}

// True when cue participle token i of sentence [b, e) takes a that-clause:
// "an item suggesting that A", "both acknowledging that A". The clause
// makes it a report wherever it stands, as "saying" is (train: +18 exact
// cues, +16 sources, +25 contents for 34 more predictions).
bool ThatClauseParticiple(const AttributionText& t, uint32_t i, uint32_t e) {
  return i + 2 < e && EqualsLower(t.W(i + 1), "that");
}

// The last token of "with a laugh", "with a wry smile", "with an eye roll"
// starting at token k of a sentence ending at e (a facial or vocal
// expression, at most one word before it), or kNone.
uint32_t ExpressionEnd(const AttributionText& t, uint32_t k, uint32_t e) {
  static constexpr std::array<std::string_view, 11> kExpressions = {
      "laugh", "smile",   "grin", "smirk", "shrug", "sigh",
      "wink",  "chuckle", "roll", "nod",   "frown"};
  return ArticleNounEnd<kExpressions>(t, k, e, "with");
}

// True when the cue lead [first, i) holds a form of "be": the progressive
// "has been criticizing", "would be asking", "also is promising", "isn't
// seeking", whose participle is the finite verb of its clause (train: +10
// exact cues, +16 sources, +4 contents for 28 more predictions).
bool ProgressiveLead(const AttributionText& t, uint32_t first, uint32_t i) {
  static constexpr std::array<std::string_view, 14> kBe = {
      "is",     "are",    "was",     "were",       "be",          "been",        "isn't",
      "wasn't", "aren't", "weren't", "isn\u2019t", "wasn\u2019t", "aren\u2019t", "weren\u2019t"};
  for (uint32_t k = first; k < i; ++k) {
    if (InSetOf<kBe>(t.W(k))) return true;
  }
  return false;
}

// True when a lowercase participle at token i, whose cue span starts at
// `first` (i itself or a manner adverb), follows a capitalized name inside
// the sentence: "included Trump vowing to", "Pope Roe calling it a sham".
// The name is the participle's own subject (train: +16 exact cues, +9
// contents, -1 source for 27 more predictions).
bool NameSubjectBefore(const AttributionText& t, uint32_t i, uint32_t first, uint32_t b) {
  if (first <= b + 1 || t.Capitalized(i) || (first != i && !IsMannerAdverb(t, first))) {
    return false;
  }
  // "Republicans seeking the presidency" runs for office; "From Roe writing
  // at Acme:" credits a column; "All I'm asking" is a pronoun.
  static constexpr std::array<std::string_view, 2> kNotReports = {"seeking", "writing"};
  if (InSetOf<kNotReports>(t.W(i))) return false;
  const uint32_t p = first - 1;
  std::string_view w = t.W(p);
  return t.IsWordLike(p) && t.Capitalized(p) && t.QuoteAt(p) == nullptr && !EqualsLower(w, "i") &&
         !w.starts_with("I'") && !w.starts_with("I\u2019");
}

}  // namespace

uint32_t InfinitiveCueStart(const AttributionText& t, uint32_t first, uint32_t verb, uint32_t b) {
  static constexpr std::array<std::string_view, 7> kGoverning = {
      "likely", "unlikely", "willing", "unwilling", "prompted", "hard", "reluctant"};
  static constexpr std::array<std::string_view, 7> kDegree = {
      "more", "less", "slightly", "generally", "much", "not", "far"};
  static constexpr std::array<std::string_view, 3> kHave = {"has", "have", "had"};
  static constexpr std::array<std::string_view, 4> kHaveLead = {"will", "would", "have", "has"};
  // "responded by saying", "began by talking about": the verb that frames
  // the participle's report.
  static constexpr std::array<std::string_view, 10> kFraming = {
      "began",  "begins",    "opened", "opens",    "concluded",
      "closed", "responded", "ended",  "answered", "replied"};
  if (first > b + 1 && EqualsLower(t.W(first - 1), "by") && InSetOf<kFraming>(t.W(first - 2))) {
    return first - 2;
  }
  if (first <= b || !EqualsLower(t.W(first - 1), "to")) return first;
  uint32_t k = first - 1;
  if (k > b && InSetOf<kGoverning>(t.W(k - 1))) {
    uint32_t j = k - 1;
    while (j > b && k - j < 5 && InSetOf<kDegree>(t.W(j - 1))) --j;
    if (j > b && InSetOf<kBeForms>(t.W(j - 1))) k = j - 1;
    return k;
  }
  // "had nothing bad to say about", "will have more to say": the "have"
  // with its object of words.
  if (EqualsLower(t.W(verb), "say")) {
    for (uint32_t j = k; j > b && k - j < 6 && t.IsWordLike(j - 1); --j) {
      if (!InSetOf<kHave>(t.W(j - 1))) {
        if (t.W(j - 1).ends_with("ed")) break;  // "have called her to say"
        continue;
      }
      k = j - 1;
      if (k > b && InSetOf<kHaveLead>(t.W(k - 1))) --k;
      break;
    }
  }
  return k;
}

std::optional<CueSite> VerbCueAt(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e,
                                 const CueEntry* cue) {
  const auto& toks = t.toks();
  // A capitalized cue word inside a sentence is part of a name ("United
  // States"); a cue followed by "by" is passive ("reported by").
  if (i > b && t.Capitalized(i) && !TitleCaseCue(t, i, b, e)) return std::nullopt;
  if (i + 1 < e && EqualsLower(t.W(i + 1), "by")) return std::nullopt;
  // Adjectival/noun uses: "the said", "a report", "so-called", "base of
  // support", "the mayor's support".
  if (i > b &&
      (InSetOf<kDeterminers>(t.W(i - 1)) || InSetOf<kNounLead>(t.W(i - 1)) ||
       IsPossessive(t.W(i - 1))) &&
      !QuantifierSubject(t, i, b)) {
    return std::nullopt;
  }
  // "as planned", "as expected": a participle after "as" compares the
  // sentence with a plan; nobody is reported.
  if (i > b && EqualsLower(t.W(i - 1), "as") && t.W(i).ends_with("ed")) return std::nullopt;
  // A cue glued to markup or a compound ("tweet-id=", "report_2") is not a
  // word of the sentence.
  if (i + 1 < e && !(toks[i + 1].flags & (kSpaceBefore | kNewlineBefore))) {
    std::string_view n = t.W(i + 1);
    if (toks[i + 1].kind == TokenKind::kSymbol || (t.IsPunct(i + 1) && n != "," && n != "." &&
                                                   n != ":" && n != ";" && n != "?" && n != "!")) {
      return std::nullopt;
    }
  }
  CueSite site;
  site.verb = i;
  site.cue = cue;
  site.naming = InSetOf<kNamingCues>(std::string_view(cue->lemma));
  site.first = site.last = i;
  // "was asked", "is seeking", "has not been" is not a cue lead: only a
  // participle or past form takes "be" ("is say" is not English).
  // "has been asked", "will be remembered": the perfect and modal "be" too
  // (train: +15 exact cues, +1 source, +1 content; no more predictions).
  if (i > b && ParticipleForm(t.W(i)) &&
      (InSetOf<kBeForms>(t.W(i - 1)) || EqualsLower(t.W(i - 1), "been") ||
       EqualsLower(t.W(i - 1), "be"))) {
    --site.first;
  }
  while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
  while (site.first > b && site.first < i && ParticipleForm(t.W(i)) &&
         InSetOf<kBeForms>(t.W(site.first - 1)) && !InSetOf<kBeForms>(t.W(site.first))) {
    --site.first;  // "is not expected", "was also asked"
    while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
  }
  // "fiercely denied", "overwhelmingly support": PolNeAR keeps a manner
  // adverb in the cue (2 to 1 on train), as it keeps the closed kCueLead.
  if (site.first > b + 1 && IsMannerAdverb(t, site.first - 1)) {
    --site.first;
    while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
  }
  // "issued a statement saying", "sent an email saying": PolNeAR's cue is
  // the whole phrase.
  if (site.first == i && EqualsLower(t.W(i), "saying")) {
    if (uint32_t f = DocumentVerbBefore(t, i, b); f != kNone) {
      site.first = f;
      while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
    }
  }
  // "went on to say": PolNeAR keeps the whole verb chain in the cue.
  if (site.first == i && i >= b + 3 && EqualsLower(t.W(i - 1), "to") &&
      EqualsLower(t.W(i - 2), "on") &&
      (EqualsLower(t.W(i - 3), "went") || EqualsLower(t.W(i - 3), "goes") ||
       EqualsLower(t.W(i - 3), "go"))) {
    site.first = i - 3;
    while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
  }
  site.participle = t.W(i).ends_with("ing");
  // A participle reports speech after a comma or dash (", adding that"), a
  // preposition that makes it the manner of the main clause ("by saying"),
  // or "be" (the progressive "is telling"). "saying" reports wherever it
  // stands ("a sign saying '...'", "with 22 percent saying they would").
  const bool after_comma =
      i > b && (t.IsPunct(i - 1, ",") || t.IsPunct(i - 1, "\u2013") || t.IsPunct(i - 1, "-") ||
                (i > b + 1 && t.toks()[i - 1].has(kCloseQuote) && t.IsPunct(i - 2, ",")));
  if (site.participle && site.first == i && ReducedRelative(t, i, b, e, cue)) {
    site.participle = false;  // its own source, the noun before it
    site.relative = true;
  } else if (site.participle && WithNameBefore(t, site.first, b)) {
    site.participle = false;  // its own source, the name before it
  } else if (site.participle && NameSubjectBefore(t, i, site.first, b)) {
    site.participle = false;  // its own source, the name before it
    site.name_subject = true;
  } else if (site.participle && !EqualsLower(t.W(i), "saying") &&
             !(after_comma || (i > b && InSetOf<kParticipleLead>(t.W(i - 1))) ||
               InSetOf<kBeForms>(t.W(site.first)) || ProgressiveLead(t, site.first, i) || i == b ||
               CoordinatedParticiple(t, i, b) || ThatClauseParticiple(t, i, e))) {
    return std::nullopt;
  }
  // "Noting that A, Roe said B": see attribution_cue_opening.h.
  site.opening = site.participle && i == b;
  if (cue->lemma == "call" && i + 1 < e &&
      (EqualsLower(t.W(i + 1), "for") || EqualsLower(t.W(i + 1), "on") ||
       EqualsLower(t.W(i + 1), "upon"))) {
    // "called for a ban", "called on X to resign": an appeal whose content
    // is the clause after the particle, not a name.
    site.naming = false;
    site.last = i + 1;
  } else if (cue->lemma == "refer" && i + 1 < e && EqualsLower(t.W(i + 1), "to")) {
    // "..., referring to the convention": the referent is the content.
    site.naming = false;
    site.phrase = true;
    site.last = i + 1;
  } else if (site.naming && i + 1 < e &&
             (EqualsLower(t.W(i + 1), "to") || EqualsLower(t.W(i + 1), "for"))) {
    site.last = i + 1;
  } else if (const PhrasalCue* ph = FindPhrasal(cue->lemma)) {
    if (i + 1 < e && HasWord(ph->particles, t.W(i + 1))) {
      site.last = i + 1;
      // "lashed out at", "spoke out against".
      if (EqualsLower(t.W(i + 1), "out") && i + 2 < e &&
          (EqualsLower(t.W(i + 2), "at") || EqualsLower(t.W(i + 2), "against"))) {
        site.last = i + 2;
      }
    } else if (ph->only) {
      return std::nullopt;
    }
  } else if (i + 2 < e && EqualsLower(t.W(i + 1), "to") && t.CueAt(i + 2) != nullptr &&
             !t.CueAt(i + 2)->noun && !t.Capitalized(i + 2)) {
    site.last = i + 2;  // "want to stress": one cue, the second verb's content
  } else if (i + 3 < e && EqualsLower(t.W(i + 1), "in") && InSetOf<kDeterminers>(t.W(i + 2)) &&
             EqualsLower(t.W(i + 3), "statement")) {
    site.last = i + 3;  // "said in a statement"
  } else if (uint32_t m = WrittenMediumEnd(t, i + 1, e);
             m != kNone && !(cue->lemma == "write" && t.W(m).ends_with("mail"))) {
    site.last = m;  // "wrote in a blog post"; "wrote in an email" is split
  } else if (i + 2 < e && t.IsPunct(i + 1, ":") && !t.IsPunct(i + 2)) {
    site.last = i + 1;  // PolNeAR keeps the colon: "added: '...'"
  } else if (i + 2 < e && InSetOf<kTimeLead>(t.W(i + 1)) && t.IsPunct(i + 2) &&
             !t.IsPunct(i + 2, ":")) {
    site.last = i + 1;  // "..., she said Monday.": PolNeAR keeps a final day
  }
  // "worried about", "railed against": PolNeAR ends a cue after these
  // particles whatever the verb (on train, gold cues end in "about" 462
  // times and stop right before it 38 times; "against" 105 to 2).
  if (site.last == i && i + 2 < e && !site.naming &&
      (EqualsLower(t.W(i + 1), "about") || EqualsLower(t.W(i + 1), "against"))) {
    site.last = i + 1;
  }
  // "said sarcastically.", "noted repeatedly": a manner adverb right after
  // the verb stays in the cue, as one before it does (train: cue +24 exact,
  // no more predictions).
  if (site.last == i && i + 2 < e && IsMannerAdverb(t, i + 1) &&
      !InSetOf<kNotMannerAfter>(t.W(i + 1))) {
    site.last = i + 1;
  }
  // "pleaded guilty": the plea is the cue (train: 4 gold cues, none for
  // "pleaded" alone; +3 exact cues, +1 content).
  if (site.last == i && i + 2 < e && cue->lemma == "plead" && EqualsLower(t.W(i + 1), "guilty")) {
    site.last = i + 1;
  }
  // "said with a laugh", "explained with a wry smile": PolNeAR keeps the
  // speaker's expression in the cue as it keeps a manner adverb (train: 7
  // of 7 such gold cues; +7 exact cues).
  if (uint32_t x = ExpressionEnd(t, site.last + 1, e); x != kNone) site.last = x;
  // "expressed concern": the feeling is part of the cue (on train 11 gold
  // cues to 3 for "expressed" alone).
  if (site.last == i && i + 1 < e && cue->lemma == "express" &&
      InSetOf<kExpressedFeelings>(t.W(i + 1))) {
    site.last = i + 1;
  }
  // "said in a statement: '...'", "went on to say: ...": the colon after
  // an extended cue belongs to it too.
  if (site.last > i && site.last + 2 < e && t.IsPunct(site.last + 1, ":") &&
      !t.IsPunct(site.last + 2)) {
    ++site.last;
  }
  return site;
}

std::optional<CueSite> MadeClearAt(const AttributionText& t, uint32_t i, uint32_t b, uint32_t e) {
  if (!EqualsLower(t.W(i), "made") || i + 2 >= e) return std::nullopt;
  uint32_t k = i + 1;
  if (EqualsLower(t.W(k), "it")) ++k;
  if (k + 1 >= e || !EqualsLower(t.W(k), "clear")) return std::nullopt;
  // "made clear Monday that", "made it clear to the court that", "made
  // clear: ..." all report; "made clear progress" does not.
  if (t.IsWordLike(k + 1) && !EqualsLower(t.W(k + 1), "that") && !EqualsLower(t.W(k + 1), "to") &&
      !InSetOf<kTimeLead>(t.W(k + 1)) && !InSetOf<kPronouns>(t.W(k + 1)) &&
      !InSetOf<kAdverbialLead>(t.W(k + 1))) {
    return std::nullopt;
  }
  const CueEntry* cue = t.cues().Find("stated");
  if (cue == nullptr) return std::nullopt;
  CueSite site;
  site.verb = i;
  site.cue = cue;
  site.first = i;
  site.last = k;
  while (site.first > b && LeadAt(t, site.first - 1, b)) --site.first;
  return site;
}

}  // namespace sitrep::attribution
