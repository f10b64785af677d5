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
  // "when" and "while" open an aside too: "Roe's office, when contacted,
  // said" (train: +2 exact sources).
  static constexpr std::string_view kLeads[] = {
      "however",  "meanwhile", "though",    "too",      "also",    "instead", "indeed",
      "moreover", "in",        "for",       "on",       "at",      "during",  "after",
      "before",   "like",      "unlike",    "speaking", "writing", "again",   "then",
      "now",      "likewise",  "similarly", "when",     "while"};
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

// Lowercase words after a comma that open a new clause ("..., but Roe, a
// senator, said"): the speaker phrase starts after them.
constexpr std::array<std::string_view, 7> kClauseLinks = {"but", "while",  "whereas", "although",
                                                          "yet", "though", "so"};
// Subordinators opening a leading clause part ("Where it rains, Roe, a
// farmer, said").
constexpr std::array<std::string_view, 9> kSubordinators = {
    "where", "because", "though", "unless", "until", "whereas", "once", "although", "whether"};

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
  return OpensAdverbial(w) || InSetOf<kOpeners>(w) || InSetOf<kCalendar>(w) ||
         (w.size() >= 5 && w.ends_with("ly"));
}

// "R-Ky." split into "R-Ky" and ".": a period glued to its word, closing an
// appositive before its comma (train: +11 exact sources).
bool GluedPeriod(const AttributionText& t, uint32_t k) {
  return k > 0 && k + 1 < t.toks().size() && t.IsPunct(k, ".") && !t.toks()[k].has(kSpaceBefore) &&
         t.IsWordLike(k - 1) && t.IsPunct(k + 1, ",");
}

// True when appositive part `part` (> 0) starting at token k describes the
// speaker ("a talk show host", "the founder of a group that encourages
// ..."): a cue word inside it is a noun or the verb of a relative clause,
// which PolNeAR keeps in the source, not the clause's own verb (train: +9
// exact sources).
bool DescriptivePart(const AttributionText& t, uint32_t k, int part) {
  static constexpr std::array<std::string_view, 5> kOpen = {"a", "an", "the", "who", "another"};
  return part > 1 && t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) &&
         (InSetOf<kOpen>(t.W(k)) || IsPossessive(t.W(k)));
}

// A quotation of a few words: a title in an appositive ("host of the
// ''Morning Show,''").
bool ShortQuote(const Quotation& q) { return q.close_token - q.open_token <= 8; }

// True when quotation q closes on a comma inside its marks ("''Today,''";
// a mark may be two tokens).
bool ClosesOnComma(const AttributionText& t, const Quotation& q) {
  uint32_t j = q.close_token;
  while (j > q.open_token && t.toks()[j].kind == TokenKind::kQuote) --j;
  return t.IsPunct(j, ",");
}

// "Jo Roe, host of the ''Morning Show,'' said": the appositive's comma
// inside the closing mark of a short title right before the cue.
bool QuotedTitleEnd(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  const uint32_t k = cue_first - 1;
  const Quotation* q = t.QuoteAt(k);
  return q != nullptr && q->close_token == k && ShortQuote(*q) && q->open_token > floor + 2 &&
         ClosesOnComma(t, *q) && t.IsWordLike(q->open_token - 1);
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
  // "Jo Roe, host of ''Today,'' said": the last part closes inside a
  // title's marks (train: +8 exact sources, +3 contents, no loss).
  const bool quoted = cue_first >= floor + 4 && QuotedTitleEnd(t, cue_first, floor);
  if (cue_first < floor + 4 || !(t.IsPunct(cue_first - 1, ",") || quoted)) return s;
  // The clause start: the floor, or the token after a quotation or clause
  // punctuation.
  uint32_t a = quoted ? cue_first : cue_first - 1;
  while (a > floor && cue_first - a <= 3 * kMaxNp) {
    const uint32_t k = a - 1;
    {
      const Quotation* q = t.QuoteAt(k);
      // Not one closing on its own comma: that ends a clause ("... of
      // ''provider,'' a study found").
      if (q != nullptr && q->close_token == k && ShortQuote(*q) && q->open_token > floor + 1 &&
          t.IsWordLike(q->open_token - 1) && (k + 1 == cue_first || !ClosesOnComma(t, *q))) {
        a = q->open_token;
        continue;
      }
    }
    if (t.QuoteAt(k) != nullptr || t.toks()[k].kind == TokenKind::kQuote) break;
    // "..., but the senator, Jane Roe, said": a new clause (train: +3 exact
    // sources; "and" is left out: it also joins appositive speakers).
    if (t.IsPunct(k, ",") && k + 2 < cue_first && t.toks()[k + 1].kind == TokenKind::kWord &&
        InSetOf<kClauseLinks>(t.W(k + 1))) {
      a = k + 2;
      break;
    }
    // "." only closing an abbreviation in a tag: "(D-Md.)".
    const bool tag_period = t.IsPunct(k, ".") && (t.IsPunct(k + 1, ")") || GluedPeriod(t, k));
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
    if (t.OpensQuote(k) && ShortQuote(*t.QuoteAt(k))) {
      k = t.QuoteAt(k)->close_token + 1;
      continue;
    }
    if (t.IsPunct(k) && !t.IsPunct(k, ",") && !t.IsPunct(k, "-") && !GluedPeriod(t, k)) return s;
    const CueEntry* c = t.IsWordLike(k) ? t.CueAt(k) : nullptr;
    // "Jo Roe, speaking at a rally in Pellow, Ohio, warned": a participle
    // opening a later part is an aside, left out below, not the clause's
    // verb (round 4; train: +2 exact sources of 3 new).
    const bool aside_participle = parts > 1 && k == starts[parts - 1] && t.W(k).size() > 5 &&
                                  t.W(k).ends_with("ing") && !EqualsLower(t.W(k), "including");
    if (c != nullptr && !c->noun && !t.Capitalized(k) && !aside_participle &&
        !(k > a && (InSetOf<kDeterminers>(t.W(k - 1)) || IsPossessive(t.W(k - 1)))) &&
        !DescriptivePart(t, starts[parts - 1], parts)) {
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
         (OpenerWord(t, starts[head]) || participle(starts[head]) ||
          InSetOf<kSubordinators>(t.W(starts[head])))) {  // train: +2 exact sources
    ++head;
  }
  if (parts - head < 2) return s;
  uint32_t f = starts[head];
  const uint32_t f_end = starts[head + 1] - 1;  // the head part's comma
  // "Now Jane Roe, a senator, said", "But Jane Roe, ...", "But the two
  // senators, Roe and Doe,": the clause's opening word is not part of the
  // speaker (train: +6 exact sources, +3 before a determiner).
  static constexpr std::array<std::string_view, 6> kLeadWords = {"now", "but", "and",
                                                                 "so",  "yet", "still"};
  // Also a subordinator: "When the director, Jane Roe, said" (+2).
  static constexpr std::array<std::string_view, 10> kSubordinateLeads = {
      "when", "while", "as", "if", "although", "because", "since", "though", "once", "until"};
  if (f + 2 < f_end && InSetOf<kLeadWords>(t.W(f)) &&
      (t.Capitalized(f + 1) || InSetOf<kDeterminers>(t.W(f + 1)))) {
    ++f;
  } else if (f + 2 < f_end && InSetOf<kSubordinateLeads>(t.W(f)) &&
             (t.Capitalized(f + 1) || InSetOf<kDeterminers>(t.W(f + 1)))) {
    ++f;
  }
  if (f >= f_end || !t.IsWordLike(f) || OpenerWord(t, f)) return s;
  // "In addition to Roe, two senators, Doe and Poe, said" (train: +1).
  static constexpr std::array<std::string_view, 12> kCounts = {"two", "three",  "four",     "five",
                                                               "six", "seven",  "eight",    "nine",
                                                               "ten", "dozens", "hundreds", "one"};
  if (!(t.Capitalized(f) || t.toks()[f].kind == TokenKind::kNumber ||
        InSetOf<kDeterminers>(t.W(f)) || InSetOf<kCounts>(t.W(f)))) {
    return s;
  }
  if (InSetOf<kPronouns>(t.W(f)) && f + 1 == f_end) return s;  // not "One voter"
  // "Ohio voters are the last thing Jane Roe, a senator, wants": the head
  // is a clause, not a noun phrase.
  for (uint32_t k = f; k < f_end; ++k) {
    if (InSetOf<kHeadVerbs>(t.W(k))) return s;
  }
  // A name ends the head ("Jane Roe", "Sen. Jane Roe (D-Ohio)") or is the
  // whole second part ("The mayor, Jane Roe,").
  bool name = t.Capitalized(f_end - 1) || t.IsPunct(f_end - 1, ")");
  if (!name) {
    // "Another pollster, Jane Roe of Harbor University,": the name may
    // carry its own "of" phrase (train: +2 exact sources).
    static constexpr std::array<std::string_view, 4> kInName = {"of", "the", "for", "and"};
    const uint32_t g = starts[head + 1];
    uint32_t g_end = starts[head + 2] - 1;
    if (g_end > g + 2 && t.IsPunct(g_end - 1, ")")) {
      // "Sen. Jane Roe (D-Ohio),": the name before its tag (train: +1).
      uint32_t o = g_end - 1;
      while (o > g && !t.IsPunct(o, "(")) --o;
      if (o > g) g_end = o;
    }
    name = g < g_end && t.Capitalized(g) && t.Capitalized(g_end - 1);
    for (uint32_t k = g; k < g_end && name; ++k) {
      name = t.IsWordLike(k) && (t.Capitalized(k) || InSetOf<kInName>(t.W(k)));
    }
    // "Ohio officials, including Gov. Jane Roe,", "The other man, his
    // cousin Jo Roe,": a name closing the second part (train: +6 and +2
    // exact sources).
    if (!name && g + 1 < g_end && t.Capitalized(g_end - 1) &&
        (EqualsLower(t.W(g), "including") || EqualsLower(t.W(g), "like") ||
         InSetOf<kDeterminers>(t.W(g)) || IsPossessive(t.W(g)))) {
      name = true;
    }
  }
  if (!name && parts - head == 2 && InSetOf<kDeterminers>(t.W(f))) {
    // "The survey, conducted for the group, also found": a determined head
    // before a participle part, which is left out (train: +3 exact sources
    // of 6 new).
    const uint32_t k = starts[head + 1];
    std::string_view w = t.W(k);
    if (t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) && w.size() > 4 &&
        (w.ends_with("ed") || (w.ends_with("ing") && !EqualsLower(w, "including")))) {
      s.first = f;
      s.last = f_end - 1;
      return s;
    }
  }
  if (!name) return s;
  s.first = f;
  s.last = cue_first - 1;
  // A part that is an aside about the act, not about the speaker, ends the
  // source before its comma: "Jane Roe, in a statement, said", "Jane Roe,
  // facing a recount, said". An age alone stays ("Jane Roe, 41, said";
  // round 4: train gold keeps it 17 times, drops it 5; +5 exact sources
  // when the earlier rule dropping it was removed).
  for (int p = head + 1; p < parts; ++p) {
    const uint32_t k = starts[p];
    // "Jane Roe, also a senator," and "now a senator," describe her.
    const bool describes =
        (EqualsLower(t.W(k), "also") || EqualsLower(t.W(k), "now")) && starts[p + 1] > k + 2;
    const bool aside =
        t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) && !describes &&
        (OpensParenthetical(t.W(k)) || InSetOf<kAsides>(t.W(k)) ||
         (EqualsLower(t.W(k), "of") && EqualsLower(t.W(k + 1), "course")) ||
         (t.W(k).size() > 5 && t.W(k).ends_with("ing") && !EqualsLower(t.W(k), "including")));
    const bool reporting_relative = IsRelative(t.W(k)) && HoldsVerbCue(t, k, starts[p + 1] - 1);
    if (aside || reporting_relative) {
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
    // "Roe, now a CNN host, said", "Roe, also a senator, said": a
    // description, not an aside (ClauseInitialAppositive's "describes";
    // train: +3 exact sources). Not "also campaigning in Ohio".
    if ((EqualsLower(t.W(k + 1), "now") || EqualsLower(t.W(k + 1), "also")) &&
        k + 3 < cue_first - 1 && !t.W(k + 2).ends_with("ing")) {
      return s;
    }
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
  // "Roe however said", "Her aides here said" (not "Here, ..."; train: +2).
  static constexpr std::array<std::string_view, 7> kAsideWords = {
      "however", "instead", "meanwhile", "too", "here", "again", "still"};
  if (t.toks()[k].kind == TokenKind::kWord && !t.Capitalized(k) && InSetOf<kAsideWords>(t.W(k))) {
    return true;
  }
  if (t.toks()[k].kind != TokenKind::kWord) return false;
  std::string_view w = t.W(k);
  return IsAdverb(t, k) || (InSetOf<kWords>(w) && !(t.Capitalized(k) && w.size() < 6)) ||
         (InSetOf<kLowerOnly>(w) && !t.Capitalized(k));
}

// "Republicans who attended the caucuses said": LeftNp stops at the
// relative clause's object ("the caucuses"); the speaker is its antecedent
// with the clause, which PolNeAR keeps. Only a plain clause without a
// comma, opened by "who" and a lowercase word (a verb: "who Roe said"
// is an object clause), is crossed, and not from a pronoun or after a
// preposition ("who put money into groups backing X": "groups" is an
// object). Returns the new first token, or f. Train: +8 exact sources.
uint32_t SubjectRelative(const AttributionText& t, uint32_t f, uint32_t floor) {
  // "groups" in "who poured money into groups backing X" is an object.
  // An auxiliary there is the relative clause's own ("people who have
  // battled X"; train: +2).
  if (InSetOf<kPronouns>(t.W(f)) ||
      (f > floor && InSetOf<kStops>(t.W(f - 1)) &&
       !(InSetOf<kHeadVerbs>(t.W(f - 1)) || EqualsLower(t.W(f - 1), "been")))) {
    return f;
  }
  for (uint32_t k = f; k > floor + 1 && f - k < kMaxNp; --k) {
    const uint32_t w = k - 1;
    if (!t.IsWordLike(w)) return f;
    if (!EqualsLower(t.W(w), "who")) continue;
    if (w + 1 >= f || t.Capitalized(w + 1) || InSetOf<kPronouns>(t.W(w + 1))) return f;
    if (InSetOf<kPronouns>(t.W(w - 1)) || !t.IsWordLike(w - 1)) return f;
    const uint32_t a = LeftNp(t, w - 1, floor);
    return a == kNone ? f : a;
  }
  return f;
}

// "A poll released Monday found", "A poll last week found": a time after
// a document's participle or head noun dates the document and is part of
// the source in PolNeAR, where "Roe on Monday said" leaves it out. Token k
// is the word before the time phrase. Train: +8 exact sources.
bool DatedDocument(const AttributionText& t, uint32_t k) {
  static constexpr std::array<std::string_view, 12> kDocuments = {
      "poll", "polls", "survey",   "surveys",  "report", "study",
      "data", "out",   "document", "analysis", "memo",   "filing"};
  if (t.toks()[k].kind != TokenKind::kWord || t.Capitalized(k)) return false;
  std::string_view w = t.W(k);
  return InSetOf<kDocuments>(w) ||
         (w.size() > 4 && w.ends_with("ed") && k > 0 && InSetOf<kDocuments>(t.W(k - 1)));
}

bool IsDash(const AttributionText& t, uint32_t k) {
  if (!t.IsPunct(k)) return false;
  std::string_view w = t.W(k);
  return w == "-" || w == "--" || w == "\u2014" || w == "\u2013" || w == "\u2015";
}

// "Some economists - including two of the board's members - warn", "The
// three scholars -- Roe, Doe and Poe -- agreed": a phrase and a part
// between dashes right before the cue. PolNeAR keeps the part and its
// closing dash when it names or describes the speaker, and leaves out a
// relative clause ("Roe -- whose husband signed the act -- has said"; 5 of
// 6 on train) and an aside opened by a preposition, adverbial or "-ed"
// participle ("Roe -- after a pause -- said"). Train: +29 exact sources
// (of 42 new), no loss.
SourceSite DashAppositive(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s;
  if (cue_first < floor + 4 || !IsDash(t, cue_first - 1)) return s;
  const uint32_t close = cue_first - 1;
  uint32_t open = kNone;
  for (uint32_t k = close; k-- > floor + 1 && close - k <= 3 * kMaxNp;) {
    if (IsDash(t, k)) {
      open = k;
      break;
    }
    if (t.QuoteAt(k) != nullptr || t.toks()[k].kind == TokenKind::kQuote) return s;
    if (t.IsPunct(k) && !t.IsPunct(k, ",") && !t.IsPunct(k, "(") && !t.IsPunct(k, ")") &&
        !t.IsPunct(k, ".")) {
      return s;
    }
  }
  if (open == kNone || open + 1 >= close) return s;
  const uint32_t f = LeftNp(t, open - 1, floor);
  if (f == kNone) return s;
  s.first = f;
  const uint32_t a = open + 1;
  std::string_view w = t.W(a);
  // "and", "for instance", "like": more members of the speaker phrase.
  const bool lower = t.toks()[a].kind == TokenKind::kWord && !t.Capitalized(a) &&
                     !EqualsLower(w, "and") && !EqualsLower(w, "for") && !EqualsLower(w, "like");
  const bool aside = IsRelative(w) || (lower && (OpensParenthetical(w) || OpensAdverbial(w) ||
                                                 (w.size() > 4 && w.ends_with("ed"))));
  s.last = aside ? open - 1 : close;
  return s;
}

// The source left of the cue, or none.
SourceSite LeftSource(const AttributionText& t, uint32_t cue_first, uint32_t floor) {
  SourceSite s = BeforeParenthetical(t, cue_first, floor);
  if (s.first != kNone) return s;
  // "Roe jokingly said", "Roe earlier Tuesday said": the speaker ends before.
  uint32_t j = cue_first;
  // "She further announced": one word may be left for the speaker. With the
  // comma rule below, train: +12 exact sources.
  while (j > floor + 1 && cue_first - j < 3) {
    if (j >= floor + 3 && TimePair(t, j - 2)) {  // "Roe on Tuesday said", "Roe last week said"
      if (DatedDocument(t, j - 3)) break;
      j -= 2;
    } else if (BetweenSpeakerAndCue(t, j - 1)) {
      if (t.toks()[j - 1].kind == TokenKind::kWord && t.Capitalized(j - 1) &&
          DatedDocument(t, j - 2)) {
        break;
      }
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
  // "Jane Roe, a senator, on Tuesday said": the phrase before the time
  // is closed by a comma, as before a cue.
  if (j < cue_first && j > floor + 2 && t.IsPunct(j - 1, ",")) {
    return LeftSource(t, j, floor);
  }
  if (j < cue_first) {
    s = tagged(j);
    if (s.first != kNone) return s;
    const uint32_t f = LeftNp(t, j - 1, floor);
    if (f != kNone) {
      s.first = SubjectRelative(t, f, floor);
      s.last = j - 1;
      return s;
    }
  }
  s = tagged(cue_first);
  if (s.first != kNone) return s;
  uint32_t f = LeftNp(t, cue_first - 1, floor);
  if (f != kNone) {
    s.first = SubjectRelative(t, f, floor);
    s.last = cue_first - 1;
    return s;
  }
  if (IsDash(t, cue_first - 1)) return DashAppositive(t, cue_first, floor);
  if (cue_first >= floor + 4 && QuotedTitleEnd(t, cue_first, floor)) {
    return ClauseInitialAppositive(t, cue_first, floor);
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
    if (const Quotation* q = t.QuoteAt(k); q != nullptr) {
      // "Roe, who called it ''toxic,'' said": a short quotation inside.
      if (q->close_token - q->open_token > 8 || q->open_token <= floor + 2) break;
      k = q->open_token;
      continue;
    }
    if (t.IsPunct(k - 1, ",") && (EqualsLower(t.W(k), "who") || EqualsLower(t.W(k), "which") ||
                                  EqualsLower(t.W(k), "whose"))) {
      uint32_t x = LeftNp(t, k - 2, floor);
      if (x != kNone && !InSetOf<kPronouns>(t.W(k - 2))) {
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

// True when comma z opens an aside about the act, not the speaker: "...,
// said Roe, with her son in tow", "said Roe, after the vote", "said Roe,
// half joking", "said Roe, angered that ...", "said Roe, via email"
// ("about", "via" and "during": train +3).
bool AsidePart(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 1 >= e || t.toks()[z + 1].kind != TokenKind::kWord ||
      t.Capitalized(z + 1)) {
    return false;
  }
  std::string_view w = t.W(z + 1);
  // Not "including", "of", "then ambassador to X", "now a host", and the
  // "-ing" words of titles ("managing director").
  static constexpr std::array<std::string_view, 14> kInPhrase = {
      "including", "and",    "for",     "of",      "like",     "then",     "now",
      "managing",  "acting", "leading", "ranking", "founding", "outgoing", "incoming"};
  if (InSetOf<kInPhrase>(w)) return false;
  return OpensParenthetical(w) || OpensAdverbial(w) || EqualsLower(w, "half") ||
         EqualsLower(w, "about") || EqualsLower(w, "via") || EqualsLower(w, "during") ||
         (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed")));
}

// "a group called Our Principles", "the ad titled ''Dangerous''": a naming
// participle right after a common noun, before a name or a quotation, is
// a reduced passive with no speaker (train: 19 fewer predicted sources, no
// exact one lost).
bool NamingParticiple(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e) {
  static constexpr std::array<std::string_view, 5> kNaming = {"called", "titled", "entitled",
                                                              "named", "dubbed"};
  const uint32_t v = cue.verb;
  if (cue.first != v || v <= b || v + 1 >= e || !InSetOf<kNaming>(t.W(v))) return false;
  const uint32_t p = v - 1;
  if (t.toks()[p].kind != TokenKind::kWord || t.Capitalized(p) || InSetOf<kPronouns>(t.W(p)) ||
      InSetOf<kStops>(t.W(p)) || IsAdverb(t, p)) {
    return false;
  }
  if (!t.Capitalized(v + 1) && !t.toks()[v + 1].has(kOpenQuote)) return false;
  // Under an article ("a website called", "the spot titled"); "one lawmaker
  // called", "Roe's campaign called" are finite.
  for (uint32_t k = p; k > b && p - k < 4; --k) {
    const std::string_view w = t.W(k - 1);
    if (EqualsLower(w, "a") || EqualsLower(w, "an") || EqualsLower(w, "the")) return true;
    if (t.toks()[k - 1].kind != TokenKind::kWord || IsPossessive(w) || InSetOf<kStops>(w)) break;
  }
  return false;
}

// "Roe was told", "is said to", "had been shown", "were charged with": a
// form of "be" in the cue before a past participle.
bool Passive(const AttributionText& t, const CueSite& cue) {
  static constexpr std::array<std::string_view, 16> kIrregular = {
      "said", "told",    "shown", "known",   "seen", "given",  "thought", "heard",
      "held", "written", "taken", "brought", "sent", "spoken", "asked",   "called"};
  if (cue.verb <= cue.first) return false;
  std::string_view v = t.W(cue.verb);
  if (!(v.ends_with("ed") || InSetOf<kIrregular>(v))) return false;
  // Adjectival passives whose subject holds the stance ("Roe is worried
  // about", "is assured of"), and "is reported to have said".
  static constexpr std::array<std::string_view, 12> kStance = {
      "assured", "worried",  "concerned", "convinced",  "determined",   "prepared",
      "pleased", "reported", "committed", "interested", "disappointed", "surprised"};
  if (InSetOf<kStance>(v)) return false;
  for (uint32_t k = cue.first; k < cue.verb; ++k) {
    if (InSetOf<kBeForms>(t.W(k)) || EqualsLower(t.W(k), "been") || EqualsLower(t.W(k), "being") ||
        EqualsLower(t.W(k), "be")) {
      return true;
    }
  }
  return false;
}

}  // namespace

SourceSite FindSource(const AttributionText& t, const CueSite& cue, uint32_t b, uint32_t e,
                      uint32_t floor, const SourceSite& prev) {
  SourceSite src;
  // "Roe is calling for ...": a progressive with its "be" is a finite cue,
  // its speaker on the left.
  const bool progressive = InSetOf<kBeForms>(t.W(cue.first)) || EqualsLower(t.W(cue.first), "been");
  // "Roe was asked ...", "Roe is accused of ...": a passive's subject is
  // the addressee or target, not the speaker (train: 16 of 157 such
  // subjects were PolNeAR's source).
  if (progressive && cue.last > cue.first && t.W(cue.last).ends_with("ed")) return src;
  // The same for a participle after other auxiliaries ("was told", "had
  // been shown", "is said to"): PolNeAR gives those no source (train: 51
  // fewer predicted sources, 1 fewer exact, +6 exact contents).
  if (Passive(t, cue)) return src;
  if (NamingParticiple(t, cue, b, e)) return src;
  // "Roe issued a statement saying ...": the cue opens with a finite verb,
  // its speaker on the left like any verb's (train: +12 exact sources).
  const bool finite_lead = cue.participle && cue.first < cue.verb && cue.first > b &&
                           !t.W(cue.first).ends_with("ing") && !t.IsPunct(cue.first - 1, ",");
  if (finite_lead) {
    src = LeftSource(t, cue.first, floor);
    if (src.first != kNone) return src;
  }
  // "..., with 40 percent saying ...": the absolute phrase's noun is the
  // participle's speaker (train: +6 exact sources).
  if (cue.participle && !progressive && cue.first == cue.verb && cue.first > b + 1) {
    const uint32_t f = LeftNp(t, cue.first - 1, floor);
    if (f != kNone && f > b && EqualsLower(t.W(f - 1), "with")) {
      src.first = f;
      src.last = cue.first - 1;
      src.chained = true;
      return src;
    }
  }
  // "The program included Roe vowing to ...": the name alone, not the
  // clause before it, which LeftNp would run over.
  if (cue.name_subject) {
    uint32_t f = cue.first - 1;
    while (f > floor && f > b && cue.first - f < 5 && t.Capitalized(f - 1) &&
           t.toks()[f - 1].kind == TokenKind::kWord && !InSetOf<kDeterminers>(t.W(f - 1))) {
      --f;
    }
    if (f > b && !t.Capitalized(f - 1) && t.toks()[f - 1].kind == TokenKind::kWord) {
      src.first = f;
      src.last = cue.first - 1;
      return src;
    }
  }
  if (cue.participle && !progressive) {
    src = prev.first != kNone ? prev : SentenceSubject(t, b, cue.first);
    {
      // "..., when protesters interrupted her, shouting ...": the subject of
      // the nearest "when"/"as"/"while" clause before the participle, if it
      // opens that clause and is no "they"/"it" (train: +3 exact sources,
      // 8 statements' sources right, none lost).
      static constexpr std::array<std::string_view, 3> kClauseOpeners = {"when", "as", "while"};
      for (uint32_t k = cue.first; k-- > b + 1 && cue.first - k < 3 * kMaxNp;) {
        if (t.toks()[k].kind != TokenKind::kWord || !InSetOf<kClauseOpeners>(t.W(k))) continue;
        if (src.first != kNone && src.first > k) break;
        SourceSite near = SentenceSubject(t, k + 1, cue.first);
        if (near.first != kNone && near.first == k + 1 && !EqualsLower(t.W(near.first), "they") &&
            !EqualsLower(t.W(near.first), "it")) {
          src = near;
        }
        break;
      }
    }
    src.right = false;
    src.chained = true;
  } else if (cue.first > b) {
    src = LeftSource(t, cue.first, floor);
    // "Roe, a lawyer who has mentioned a run, said": a cue inside the
    // speaker's appositive made a statement whose content set the floor;
    // the speaker phrase still opens the sentence (train: +6 exact sources).
    if (src.first == kNone && floor > b && floor < cue.first && t.IsPunct(cue.first - 1, ",")) {
      SourceSite whole = ClauseInitialAppositive(t, cue.first, b);
      if (whole.first != kNone && whole.first < floor && whole.last + 1 == cue.first) src = whole;
    }
  }
  // "gave $3 million to a group backing Roe", "Right to Rise, a super PAC
  // backing Roe": a reduced relative's speaker is the noun phrase right
  // before it, not the phrase it modifies nor the name it follows (train: +6
  // exact sources, no loss; cutting after "of" too won 2 and lost 2).
  if (src.first != kNone && !src.right && cue.relative) {
    for (uint32_t k = src.last; k > src.first; --k) {
      static constexpr std::array<std::string_view, 8> kPreps = {"to", "for",  "from", "at",
                                                                 "in", "with", "on",   "by"};
      if (t.IsPunct(k - 1, ",") ||
          (t.toks()[k - 1].kind == TokenKind::kWord && InSetOf<kPreps>(t.W(k - 1)))) {
        src.first = k;
        break;
      }
    }
  }
  // "Mrs. Roe, her aides said, would ...": a report inserted after the
  // clause's subject; the subject is not the speaker (train: +3 exact
  // sources, +3 contents).
  if (src.first != kNone && !src.right && !src.chained && cue.last + 1 < e &&
      t.IsPunct(cue.last + 1, ",") && !t.IsPunct(src.last, ",")) {
    for (uint32_t k = src.first + 1; k + 1 < src.last; ++k) {
      if (!t.IsPunct(k, ",")) continue;
      if (InSetOf<kDeterminers>(t.W(k + 1)) || IsPossessive(t.W(k + 1))) src.first = k + 1;
      break;
    }
  }
  if (src.first != kNone || src.chained) return src;
  // "Jane Roe, citing a poll, said": the aside was the participle's report,
  // whose content ends the floor before the cue; its source, right before
  // the aside's comma, is this cue's too (train: +3 exact sources).
  if (prev.first != kNone && !prev.right && cue.first > b && t.IsPunct(cue.first - 1, ",") &&
      prev.last + 2 < cue.first && t.IsPunct(prev.last + 1, ",") &&
      t.W(prev.last + 2).ends_with("ing")) {
    uint32_t k = prev.last + 2;
    while (k < cue.first - 1 && !t.IsPunct(k, ",") && t.QuoteAt(k) == nullptr) ++k;
    if (k == cue.first - 1) {
      SourceSite shared = prev;
      shared.chained = true;
      return shared;
    }
  }
  // "X said A and added B": the coordinated cue shares X; "X did A and
  // warned B": the clause's subject.
  if (cue.first > b &&
      (EqualsLower(t.W(cue.first - 1), "and") || EqualsLower(t.W(cue.first - 1), "but"))) {
    // "Roe, who ran the port and endorsed Doe", "many who made promises but
    // don't want to say": a cue coordinated inside a "who" clause has the
    // relative pronoun as its source, as the clause's first verb would
    // (round 4; train: +4 exact sources of 6 new). The clause runs
    // unpunctuated from "who" to the cue.
    for (uint32_t k = cue.first - 1; k-- > b && cue.first - k <= 2 * kMaxNp;) {
      if (!t.IsWordLike(k) || t.QuoteAt(k) != nullptr) break;
      if (t.toks()[k].kind == TokenKind::kWord && t.W(k) == "who") {
        if (prev.first != kNone && prev.first >= k) break;
        SourceSite who;
        who.first = who.last = k;
        who.chained = true;
        return who;
      }
    }
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
  if (InSetOf<kStops>(next) || EqualsLower(next, "of")) return src;
  uint32_t end = RightNpEnd(t, cue.last + 1, e);
  // '"A," said Jo Roe in a statement.', '"A," said Jo Roe when asked': a
  // name closed by a channel, time or "when" adjunct ends the speaker as a
  // clause end would (round 4; train: +14 exact sources of 20 new).
  static constexpr std::array<std::string_view, 6> kAdjuncts = {"in",     "on",  "when",
                                                                "during", "via", "after"};
  auto adjunct = [&](uint32_t k) {
    return k < e && t.toks()[k].kind == TokenKind::kWord && InSetOf<kAdjuncts>(t.W(k));
  };
  // "..., said Sen. Jane Roe (D-Ohio).": the party tag stays, as on the
  // left, at a clause end (train: +9 exact sources, no loss).
  if (end > cue.last + 1 && end < e && t.Capitalized(end - 1)) {
    const uint32_t after = AfterParens(t, end, e);
    // Also before an adjunct: "said Jo Roe (D-Ohio) at the time," (round 4;
    // train: +3 exact sources, no new prediction).
    if (after != kNone &&
        (after == e || t.IsPunct(after) || adjunct(after) || EqualsLower(t.W(after), "at"))) {
      end = after;
    }
  }
  // "..., said a lawyer who advises the board.": the relative clause runs to
  // the next punctuation, and stays unless it reports a statement.
  if (end > cue.last + 1 && end < e && IsRelative(t.W(end))) {
    uint32_t z = end;
    while (z < e && z - end <= 2 * kMaxNp && t.IsWordLike(z)) ++z;
    if ((z == e || t.IsPunct(z)) && !HoldsVerbCue(t, end, z)) end = z;
  }
  const bool adjunct_end =
      end > cue.last + 1 && (t.Capitalized(end - 1) || t.IsPunct(end - 1, ")")) &&
      (adjunct(end) || (end < e && t.IsPunct(end - 1, ")") && EqualsLower(t.W(end), "at")));
  // Inverted order only at a clause end: "..., said Jane Roe."
  if (end > cue.last + 1 && (end == e || t.IsPunct(end) || adjunct_end) && cue.first > b &&
      (t.IsPunct(cue.first - 1, ",") || t.toks()[cue.first - 1].has(kCloseQuote))) {
    src.first = cue.last + 1;
    src.last = end - 1;
    src.right = true;
    // "..., said Jane Roe, a lawyer who ...": the appositive runs to the
    // sentence end unless a quotation or a new clause follows.
    if (end < e && t.IsPunct(end, ",")) {
      uint32_t z = end;
      uint32_t rel = kNone;
      while (z < e && !t.toks()[z].has(kOpenQuote) && !ClauseBreak(t, z, e) &&
             !(rel == kNone && AsidePart(t, z, e))) {
        if (rel == kNone && IsRelative(t.W(z))) rel = z;
        ++z;
      }
      if (z < e && rel == kNone && AsidePart(t, z, e)) {
        // "..., said Jo Roe, 31, with her son in tow.": the aside is no part
        // of the speaker; an appositive before it keeps its comma (train:
        // +16 exact sources, 1 lost; +2 cues).
        if (z > end) src.last = z;
        return src;
      }
      if (z == e && rel != kNone && HoldsVerbCue(t, rel, z)) z = rel;
      if (z == e || z == rel) {
        while (z > end && !t.IsWordLike(z - 1)) --z;
        src.last = z - 1;
      } else if (rel == kNone && t.IsPunct(z, ",") && z > end + 2 && t.W(z + 1).ends_with("ing")) {
        // "..., said Jane Roe, a lawyer for X, referring to ...": the
        // appositive and its closing comma (train: +10 exact sources).
        src.last = z;
      }
    }
  }
  return src;
}

}  // namespace sitrep::attribution
