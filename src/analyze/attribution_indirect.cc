#include "analyze/attribution_indirect.h"

#include <array>
#include <string_view>

#include "analyze/attribution_content_breaks.h"
#include "analyze/attribution_spans.h"
#include "analyze/attribution_trailing.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {

std::optional<Span> Postposed(const AttributionText& t, uint32_t e, uint32_t floor,
                              uint32_t left_edge, uint32_t* right_edge) {
  uint32_t r = *right_edge;
  // "..., Roe said on Thursday.", "..., Roe told the Harbor Times.": the
  // adverbial or addressee is neither cue nor content (CueTail).
  for (uint32_t k = r; k < e && k - r <= kMaxCueTail; ++k) {
    if (t.IsPunct(k)) {
      if (k > r && k + 1 == e && CueTail(t, r, k)) r = k;
      break;
    }
  }
  if (left_edge <= floor + 1 || !t.IsPunct(left_edge - 1, ",") || r >= e || !t.IsPunct(r) ||
      t.IsPunct(r, ":")) {
    return std::nullopt;
  }
  // "On Monday, she said, 'B.'": a quotation after the cue is its content,
  // unless it opens in lower case and so goes on with the clause before the
  // cue ("The plan, she said, 'is sound'"; train: +7; not after a
  // participle: "X bristled, saying, 'B'").
  if (t.IsPunct(r, ",") && r + 1 < e && t.OpensQuote(r + 1) &&
      !(r + 2 < e && t.IsWordLike(r + 2) && !t.Capitalized(r + 2) &&
        !t.W(r - 1).ends_with("ing"))) {
    return std::nullopt;
  }
  // When the sentence goes on after a comma ("A, Smith said, B."), the
  // content is its extent.
  if (t.IsPunct(r, ",") && r + 1 < e && !ClauseBreak(t, r, e)) {
    *right_edge = e;
    return Content(t, floor, e);
  }
  return Content(t, floor, left_edge - 1);
}

namespace {

// Words that open an indirect question.
constexpr std::array<std::string_view, 8> kQuestionWords = {"if",  "whether", "what", "why",
                                                            "how", "who",     "when", "where"};

// True at ", a/an/the ..." when no comma or quotation follows in the
// sentence. Reads up to the next comma only, so the calls for one content
// read each token once.
bool AppositiveTail(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 2 >= e) return false;
  const std::string_view w = t.W(z + 1);
  if (!EqualsLower(w, "a") && !EqualsLower(w, "an") && !EqualsLower(w, "the")) return false;
  for (uint32_t k = z + 1; k < e; ++k) {
    if (t.IsPunct(k, ",") || t.QuoteAt(k) != nullptr) return false;
  }
  return true;
}

// True at ", but B" (and the like) when the rest of the sentence holds no
// cue word: annotators keep such a concessive clause in the content.
bool ConcessiveGoesOn(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 1 >= e || !InSetOf<kConcessive>(t.W(z + 1))) return false;
  for (uint32_t k = z + 2; k < e; ++k) {
    if (t.CueAt(k) != nullptr) return false;
  }
  return true;
}

// True at ", which B" when B runs to the sentence end without another
// comma; "that X, who B, did C" keeps the embedded relative clause.
bool TrailingBreak(const AttributionText& t, uint32_t z, uint32_t e) {
  if (!t.IsPunct(z, ",") || z + 1 >= e || !InSetOf<kTrailingBreak>(t.W(z + 1))) return false;
  for (uint32_t k = z + 2; k < e; ++k) {
    if (t.IsPunct(k, ",")) return false;
  }
  return true;
}

// True at a clause link that opens a report of its own: ", said B", ",
// others say B", "and they say B", "; officials said B". The subject is a
// pronoun or up to five plain words; the verb a finite cue: a past form, an
// "-s" form, or a base form after a pronoun or plural noun ("voters say").
// A clause that reports someone else ends the current content there.
bool NewReportAt(const AttributionText& t, uint32_t z, uint32_t e) {
  uint32_t k = z;
  const bool punct = t.IsPunct(z, ",") || t.IsPunct(z, ";");
  if (punct) ++k;
  if (k < e && (EqualsLower(t.W(k), "and") || EqualsLower(t.W(k), "but"))) ++k;
  if (k == z) return false;
  // "she and her aides said", "what he and many members see": "and" after
  // a subject pronoun joins one subject, not two clauses (train: +3).
  if (!punct && z > 0 && InSetOf<kSubjectPronouns>(t.W(z - 1))) return false;
  uint32_t v = k;
  bool plural = false;
  if (v < e && InSetOf<kSubjectPronouns>(t.W(v))) {
    plural =
        !EqualsLower(t.W(v), "he") && !EqualsLower(t.W(v), "she") && !EqualsLower(t.W(v), "it");
    ++v;
  } else {
    while (v < e && v - k < 5 && t.IsWordLike(v) && !InSetOf<kStops>(t.W(v)) &&
           !InSetOf<kPronouns>(t.W(v)) && (t.Capitalized(v) || t.CueAt(v) == nullptr)) {
      ++v;
    }
    if (v == k ? !punct : v - k >= 5) return false;
    std::string_view w = v > k ? t.W(v - 1) : std::string_view();
    plural = w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !IsPossessive(w);
  }
  while (v < e && InSetOf<kCueLead>(t.W(v))) ++v;
  if (v + 1 >= e || t.Capitalized(v)) return false;
  const CueEntry* c = t.CueAt(v);
  if (c == nullptr || c->noun || c->object) return false;
  std::string_view w = t.W(v);
  if (w.ends_with("ing")) return false;
  return plural || w.ends_with("ed") || w.ends_with("s") || EqualsLower(w, "said") ||
         EqualsLower(w, "told") || EqualsLower(w, "thought") || EqualsLower(w, "wrote") ||
         EqualsLower(w, "knew") || EqualsLower(w, "felt");
}

}  // namespace

Forward ForwardContent(const AttributionText& t, const CueEntry& cue, uint32_t a, uint32_t e) {
  Forward f;
  if (cue.object) {
    // The object runs to the clause end (attr-spans: PolNeAR keeps its
    // modifiers, "praised X in the aftermath of Y", "portrayed him as Z").
    f.end = ObjectEnd(t, a, e);
    f.content = Content(t, a, f.end);
    return f;
  }
  if (InSetOf<kObjectCues>(std::string_view(cue.lemma))) {
    // Skip the addressee up to "that" or a quotation ("told a town hall in
    // Salem, N.H., on Monday that ...").
    for (uint32_t k = a; k < e && k - a < kMaxNp; ++k) {
      if (EqualsLower(t.W(k), "that") || t.toks()[k].has(kOpenQuote)) {
        a = k;
        break;
      }
      if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
      // "asked if A that B", "told them he thought 'A'": the clause has
      // begun before the "that" or the quotation (train: +15).
      if (k > a && InSetOf<kQuestionWords>(t.W(k))) break;
      if (k > a && InSetOf<kSubjectPronouns>(t.W(k)) && !EqualsLower(t.W(k), "you") &&
          !EqualsLower(t.W(k), "it")) {
        break;
      }
      // "urged voters to act, saying '...'": the quotation is the next
      // cue's, and the clause up to the comma is this one's content.
      if (ClauseBreak(t, k, e)) break;
    }
  }
  // "said Tuesday he ...", "said on Friday that ...".
  while (a + 1 < e && (InSetOf<kTimeLead>(t.W(a)) ||
                       (EqualsLower(t.W(a), "on") && InSetOf<kTimeLead>(t.W(a + 1))))) {
    a += EqualsLower(t.W(a), "on") ? 2 : 1;
  }
  // "claimed without citing any evidence that ...", "said on Monday that
  // ...": the content starts at "that".
  if (a < e && InSetOf<kAdverbialLead>(t.W(a))) {
    for (uint32_t k = a + 1; k < e && k - a < 10; ++k) {
      if (EqualsLower(t.W(k), "that")) {
        a = k;
        break;
      }
      if (t.IsPunct(k) && !t.IsPunct(k, ",")) break;
    }
  }
  // The clause runs to the next participial cue or the sentence end.
  uint32_t z = a;
  bool dash_seen = false;    // a dash pair's second dash does not end it
  bool subordinate = false;  // a subordinate clause opened: its main one follows
  while (z < e) {
    if (t.OpensQuote(z)) {
      const uint32_t close = t.QuoteAt(z)->close_token;
      z = close + 1;
      // The token before the closing mark; "''" used as one double mark is
      // two quote tokens.
      const uint32_t inside =
          close >= 2 && t.toks()[close - 1].kind == TokenKind::kQuote ? close - 2 : close - 1;
      // "'... left,' adding that ...": the comma inside the closing mark
      // still ends the clause.
      if (z < e && t.IsPunct(inside, ",") && t.W(z).ends_with("ing") && t.CueAt(z) != nullptr) {
        break;
      }
      // '"A," Roe added', '"A," before predicting B': a comma inside the
      // closing mark ends the clause before a new one (QuoteCommaBreak).
      if (z < e && t.IsPunct(inside, ",") && !subordinate && QuoteCommaBreak(t, z, e)) break;
      // 'chanted "Go home!" as the mayor left': an exclamation or question
      // is a whole utterance; the words after it are the reporter's
      // (train: +3 contents, no loss; dev +1).
      if (z < e && (t.IsPunct(inside, "!") || t.IsPunct(inside, "?")) && t.IsWordLike(z)) break;
      continue;
    }
    if (SubordinateLead(t.W(z))) subordinate = true;
    if (z > a && ClauseBreak(t, z, e) && !ConcessiveGoesOn(t, z, e)) break;
    if (z > a && TrailingBreak(t, z, e)) break;
    if (z > a && NewReportAt(t, z, e)) break;
    if (z > a && !dash_seen && DashBreak(t, z, e)) break;
    if (SpacedDash(t, z)) dash_seen = true;
    if (z > a && SubjectAfterAnd(t, z, e)) break;
    // "said A, a plan the board rejected.": a closing appositive after the
    // clause's last comma is the reporter's (train: +19 contents, +6 cues,
    // +4 sources; left in when another comma or a quotation follows).
    if (z > a && AppositiveTail(t, z, e)) break;
    // "said A; B": a semicolon joins the reporter's next clause (train: +5).
    if (z > a && t.IsPunct(z, ";")) break;
    ++z;
  }
  f.direct = a < e && t.OpensQuote(a) && t.QuoteAt(a)->close_token + 2 >= z;
  f.content = Content(t, a, z);
  f.end = z;
  return f;
}

uint32_t OpenerEnd(const AttributionText& t, uint32_t cue_first, uint32_t a, uint32_t b,
                   uint32_t e) {
  bool opens = cue_first == b || (cue_first == b + 1 && InSetOf<kOpenerLead>(t.W(b)));
  if (!opens) return e;
  for (uint32_t z = a; z < e; ++z) {
    if (t.OpensQuote(z)) {
      z = t.QuoteAt(z)->close_token;
      continue;
    }
    if (t.IsPunct(z, ",")) return z;
  }
  return e;
}

}  // namespace sitrep::attribution
