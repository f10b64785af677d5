#include "analyze/attribution_refine.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "analyze/attribution_content_extent.h"
#include "analyze/attribution_words.h"

namespace sitrep::attribution {
namespace {

// Tried on PolNeAR train and left out, each as often wrong as right:
// cutting a content at ", with ..." or ", as ..." (a closing ", a/the
// <noun phrase>" after the last comma, and ", and he/she <verb>" are cut
// in ForwardContent); widening a quotation after a cue set
// off by commas ("After the vote, Roe said, '...'") to the sentence start;
// cutting an occasion phrase ("at a rally") after a clause rather than a
// quotation. Annotators split on these about evenly.

// Sentence-opening links that PolNeAR leaves out of a content.
constexpr std::array<std::string_view, 13> kLeadConnectives = {
    "but",     "and",    "yet",     "still",       "however",      "meanwhile", "moreover",
    "instead", "indeed", "besides", "nonetheless", "nevertheless", "plus"};
constexpr std::array<std::string_view, 7> kTimeDeterminers = {"this",  "last",  "next", "earlier",
                                                              "later", "early", "late"};
constexpr std::array<std::string_view, 9> kTimeUnits = {
    "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter"};
constexpr std::array<std::string_view, 4> kDayParts = {"night", "morning", "afternoon", "evening"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Nouns naming an occasion or medium of speech, by the preposition that
// introduces them: "in an interview", "at a rally", "on Twitter", "during
// a debate". "on a speech" or "at a program" are not occasions.
constexpr std::array<std::string_view, 16> kInNouns = {
    "interview", "interviews", "statement", "speech", "letter", "email",   "e-mail", "op-ed",
    "editorial", "column",     "memo",      "post",   "tweet",  "remarks", "video",  "testimony"};
constexpr std::array<std::string_view, 14> kAtNouns = {
    "rally",   "event",      "conference", "debate", "forum",    "hearing", "briefing",
    "meeting", "fundraiser", "hall",       "dinner", "luncheon", "summit",  "stop"};
constexpr std::array<std::string_view, 11> kOnNouns = {
    "twitter", "facebook",   "instagram", "youtube", "broadcast", "show",
    "radio",   "television", "program",   "podcast", "call"};
constexpr std::array<std::string_view, 12> kDuringNouns = {
    "interview", "speech",  "debate",     "rally",   "event",    "conference",
    "hearing",   "meeting", "appearance", "address", "briefing", "call"};
// Words that may follow the event noun inside the adverbial.
constexpr std::array<std::string_view, 9> kTailPreps = {"with", "in",  "on",     "at",   "to",
                                                        "of",   "for", "before", "after"};
// Words showing that a quotation after a cue sits inside a longer phrase.
constexpr std::array<std::string_view, 6> kInnerLinks = {"to", "of", "for", "as", "about", "on"};
// Words that make a tail a clause of its own rather than an adverbial.
constexpr std::array<std::string_view, 32> kClauseWords = {
    "that", "who",  "whom",  "whose", "which", "where",  "when", "while", "because", "if", "and",
    "but",  "or",   "he",    "she",   "they",  "it",     "we",   "i",     "you",     "is", "was",
    "are",  "were", "would", "will",  "could", "should", "can",  "has",   "have",    "had"};

constexpr uint32_t kMaxTail = 16;  // longest closing adverbial, in tokens
constexpr uint32_t kMaxHead = 6;   // preposition to event noun, at most

// "told reporters he would run", "asked them whether ...": the addressee
// of a cue that takes one is not content. Tokens [a, z); returns the first
// token after a short addressee (an object pronoun, one to five
// capitalized words or possessives, a determiner and up to six plain
// words, or a plural noun) followed by a clause start ("he", "he's",
// "whether", "which", a quotation), else a. The longer addressees and the
// contractions gained 12 exact contents on train.
// True for a word that opens the clause after an addressee: a
// complementizer, a subject pronoun, alone or in a contraction ("he's",
// "they’re"), or a relative word ("asked Roe which ...").
bool OpensClause(std::string_view w) {
  static constexpr std::array<std::string_view, 17> kClauseStarts = {
      "that", "if", "whether", "how", "why",   "what",  "when", "he",   "she",
      "they", "it", "we",      "i",   "there", "which", "who",  "where"};
  if (InSetOf<kClauseStarts>(w)) return true;
  const size_t ap = w.find_first_of("'\xE2");  // ' or the first byte of ’
  return ap != std::string_view::npos && ap > 0 && InSetOf<kClauseStarts>(w.substr(0, ap));
}

uint32_t SkipAddressee(const AttributionText& t, uint32_t a, uint32_t z, Span cue) {
  static constexpr std::array<std::string_view, 6> kObjectPronouns = {"him", "her", "them",
                                                                      "me",  "us",  "you"};
  // Not "to": "urged voters to act" keeps its addressee in PolNeAR.
  if (a == 0 || a + 2 >= z || t.toks()[a - 1].span.end != cue.end) return a;
  const CueEntry* c = t.CueAt(a - 1);
  if (c == nullptr || !InSetOf<kObjectCues>(std::string_view(c->lemma))) return a;
  uint32_t n = a;
  if (InSetOf<kObjectPronouns>(t.W(a))) {
    n = a + 1;
  } else if (t.Capitalized(a) && t.IsWordLike(a)) {
    while (n < z && n - a < 5 && (t.Capitalized(n) || IsPossessive(t.W(n))) && t.IsWordLike(n)) {
      ++n;
    }
  } else if (InSetOf<kDeterminers>(t.W(a))) {
    // "asked the 2016 contender if ...": a determiner and plain words.
    n = a + 1;
    while (n < z && n - a <= 6 && t.IsWordLike(n) && !InSetOf<kStops>(t.W(n)) &&
           !OpensClause(t.W(n)) && t.CueAt(n) == nullptr) {
      ++n;
    }
  } else if (t.toks()[a].kind == TokenKind::kWord && t.W(a).size() > 3 && t.W(a).ends_with("s") &&
             !t.W(a).ends_with("ss") && !InSetOf<kStops>(t.W(a))) {
    n = a + 1;
  }
  if (n == a || n >= z) return a;
  return OpensClause(t.W(n)) || t.toks()[n].has(kOpenQuote) ? n : a;
}

// The first content token after leading connectives and time phrases.
uint32_t TrimFront(const AttributionText& t, uint32_t a, uint32_t z, Span cue) {
  a = SkipAddressee(t, a, z, cue);
  // "But A", "Still, A" at the sentence start.
  if (a + 3 <= z && t.IsWordLike(a) && t.Capitalized(a) && InSetOf<kLeadConnectives>(t.W(a)) &&
      SentenceStart(t, a) == a) {
    ++a;
    if (t.IsPunct(a, ",")) ++a;
  } else if (a + 4 <= z && t.Capitalized(a) && SentenceStart(t, a) == a && t.IsPunct(a + 2, ",")) {
    // "In fact, A", "Of course, A": a two-word connective (train: +3; a
    // longer opener such as "In the end," or "After the vote," is kept as
    // often as not, -22 when cut).
    static constexpr std::array<std::string_view, 10> kPairs = {
        "in fact",       "in addition", "in contrast", "of course", "for example",
        "in particular", "after all",   "by contrast", "as well",   "for instance"};
    for (std::string_view p : kPairs) {
      const size_t sp = p.find(' ');
      if (EqualsLower(t.W(a), p.substr(0, sp)) && EqualsLower(t.W(a + 1), p.substr(sp + 1))) {
        a += 3;
        break;
      }
    }
  }
  // "said this week that A", "said Tuesday night that A".
  if (a + 3 <= z && !t.Capitalized(a) && InSetOf<kTimeDeterminers>(t.W(a)) &&
      InSetOf<kTimeUnits>(t.W(a + 1))) {
    a += 2;
  } else if (a + 2 <= z && a > 0 && InSetOf<kDayParts>(t.W(a)) && InSetOf<kWeekdays>(t.W(a - 1))) {
    a += 1;
  }
  if (a < z && t.IsPunct(a, ",")) ++a;
  return a;
}

bool IsEventNoun(std::string_view prep, std::string_view w) {
  if (EqualsLower(prep, "in")) return InSetOf<kInNouns>(w);
  if (EqualsLower(prep, "at")) return InSetOf<kAtNouns>(w);
  if (EqualsLower(prep, "on")) return InSetOf<kOnNouns>(w);
  if (EqualsLower(prep, "during")) return InSetOf<kDuringNouns>(w);
  return false;
}

// True when tokens [p, z] are a closing adverbial about the act of saying:
// a preposition, at most kMaxHead modifiers (no function words) to an event
// noun heading its phrase, then plain words ("with the Harbor Times on
// Monday").
bool SayingAdverbial(const AttributionText& t, uint32_t p, uint32_t z) {
  const std::string_view prep = t.W(p);
  uint32_t q = p + 1;
  for (; q <= z && q - p <= kMaxHead; ++q) {
    if (!t.IsWordLike(q)) return false;
    std::string_view w = t.W(q);
    if (IsEventNoun(prep, w)) break;
    if (InSetOf<kClauseWords>(w) || InSetOf<kTailPreps>(w) || InSetOf<kStops>(w)) return false;
  }
  if (q > z || q - p > kMaxHead) return false;
  // The noun heads the phrase: "an email server" is not an email.
  if (q < z && !InSetOf<kTailPreps>(t.W(q + 1)) && !InSetOf<kWeekdays>(t.W(q + 1))) return false;
  for (++q; q <= z; ++q) {
    if (!t.IsWordLike(q) || InSetOf<kClauseWords>(t.W(q))) return false;
    const CueEntry* c = t.CueAt(q);
    if (c != nullptr && !c->noun && !t.Capitalized(q)) return false;
  }
  return true;
}

// One past the last content token before a closing saying adverbial.
uint32_t TrimBack(const AttributionText& t, uint32_t a, uint32_t z) {
  if (t.toks()[z].kind == TokenKind::kQuote) return z + 1;
  const uint32_t from = std::max(a + 2, z > kMaxTail ? z - kMaxTail : 0);
  for (uint32_t p = from; p <= z; ++p) {
    if (t.QuoteAt(p) != nullptr) continue;
    // Only after a quotation: '"A," in an interview'. After a clause the
    // phrase as often tells where the reported act happens ("will endorse
    // X at a rally"), which PolNeAR keeps.
    const bool after_quote = t.toks()[p - 1].has(kCloseQuote) ||
                             (t.IsPunct(p - 1, ",") && t.toks()[p - 2].has(kCloseQuote));
    if (after_quote && SayingAdverbial(t, p, z)) {
      uint32_t end = p;
      while (end > a + 1 && t.IsPunct(end - 1)) --end;
      return end;
    }
  }
  return z + 1;
}

// "the plan, which Roe said will fail": PolNeAR's content opens with the
// relative word and runs over the source and cue. Token index, or kNone.
uint32_t RelativeStart(const AttributionText& t, Span content, Span cue,
                       const std::optional<Span>& source) {
  if (!source || source->end > cue.start || content.start < cue.end) return kNone;
  const uint32_t s = TokenStartingAt(t, source->start);
  if (s == 0 || s >= t.toks().size()) return kNone;
  const std::string_view w = t.W(s - 1);
  if (EqualsLower(w, "which") || EqualsLower(w, "what")) return s - 1;
  // "that" is a relative word after a noun ("the plan that Roe said will
  // fail"), a complementizer after a verb ("warned that Roe said").
  if (EqualsLower(w, "that") && s >= 2 && t.IsWordLike(s - 2) && t.CueAt(s - 2) == nullptr &&
      !InSetOf<kStops>(t.W(s - 2)) && !t.W(s - 2).ends_with("ed")) {
    return s - 1;
  }
  return kNone;
}

// '... are "looking for answers," Roe said': a quotation ending a clause
// that opens the sentence is reported with that clause. Only plain words
// stand before it: no quotation, cue or clause punctuation, and no comma
// right before the quotation ("On Monday, '...'"). Token index, or kNone.
uint32_t MixedQuoteStart(const AttributionText& t, uint32_t a, uint32_t z, Span content, Span cue) {
  // The content may run on past the cue (a quote run into the next
  // sentences: "... are 'A,' Roe said. 'B.'"); its first quotation must
  // close before the cue (train: +19).
  if (content.start >= cue.start || !t.toks()[a].has(kOpenQuote)) return kNone;
  const Quotation* q = t.QuoteAt(a);
  if (q == nullptr || q->open_token != a || q->outer.end > cue.start) return kNone;
  const uint32_t b = SentenceStart(t, a);
  // A quotation that opens in lower case goes on with the clause before it,
  // commas and all ("At private courses, members pay more 'because ...'";
  // train: +7), even right after a comma that ends a clause of four words
  // or more ("But when it rains, 'we stay home'"; +4); after a short opener
  // ("On Monday, 'the pier ...'") the quotation stands alone.
  const bool lower = a + 1 <= z && t.IsWordLike(a + 1) && !t.Capitalized(a + 1);
  if (b >= a || a - b > 2 * kMaxNp) return kNone;
  if (!t.IsWordLike(a - 1) && !(lower && t.IsPunct(a - 1, ",") && a - b > 4)) return kNone;
  for (uint32_t k = b; k < a; ++k) {
    if (lower && t.IsPunct(k, ",")) continue;
    if (t.toks()[k].kind == TokenKind::kQuote || (t.IsPunct(k) && !t.IsPunct(k, "-"))) {
      return kNone;
    }
    const CueEntry* c = t.CueAt(k);
    if (c != nullptr && !c->noun) return kNone;
  }
  return b;
}

// "asked the board to 'act now'", "accused him of a 'betrayal'": a
// quotation inside the cue's phrase is reported with the words before it
// ("told reporters 'A'" is not: the addressee is not content). Token index
// of the first word after the cue, or kNone.
uint32_t PhraseBeforeQuoteStart(const AttributionText& t, uint32_t a, Span content, Span cue) {
  if (content.start < cue.end || !t.toks()[a].has(kOpenQuote)) return kNone;
  const uint32_t c = TokenStartingAt(t, cue.end);  // first token after the cue
  if (c >= a || a - c > kMaxNp) return kNone;
  bool inner = InSetOf<kDeterminers>(t.W(a - 1));
  for (uint32_t k = c; k < a; ++k) {
    if (!t.IsWordLike(k)) return kNone;
    inner = inner || InSetOf<kInnerLinks>(t.W(k));
  }
  return inner ? c : kNone;
}

}  // namespace

Span RefineContent(const AttributionText& t, Span content, Span cue,
                   const std::optional<Span>& source) {
  const auto& toks = t.toks();
  auto first = std::lower_bound(toks.begin(), toks.end(), content.start,
                                [](const Token& k, uint32_t pos) { return k.span.start < pos; });
  auto last = std::upper_bound(toks.begin(), toks.end(), content.end,
                               [](uint32_t pos, const Token& k) { return pos < k.span.end; });
  if (first == toks.end() || last == toks.begin() || first >= last) return content;
  const uint32_t a = static_cast<uint32_t>(first - toks.begin());
  const uint32_t z = static_cast<uint32_t>(last - toks.begin()) - 1;  // inclusive
  // Extensions first: the content reaches back over its source and cue, or
  // over the clause its quotation ends.
  uint32_t ext = RelativeStart(t, content, cue, source);
  if (ext == kNone) ext = MixedQuoteStart(t, a, z, content, cue);
  if (ext == kNone) ext = PhraseBeforeQuoteStart(t, a, content, cue);
  if (ext == kNone) ext = PassiveSubjectStart(t, content, cue, source);
  if (ext == kNone) ext = ContactRelativeStart(t, content, cue, source);
  const uint32_t turn_end = ColonTurnEnd(t, content, cue);
  if (turn_end != content.end) return Span{content.start, turn_end};
  if (ext != kNone) return Span{toks[ext].span.start, content.end};
  const uint32_t cut = AccordingAroundEnd(t, a, z, cue);
  if (cut != kNone && cut > a) return Span{content.start, toks[cut - 1].span.end};
  // A content that starts inside a quotation is the quotation's business
  // (quote runs). A content around its own cue ("But, she said, A") keeps
  // its start: it is one span over both parts.
  const bool around_cue = content.start <= cue.start && cue.end <= content.end;
  uint32_t na = around_cue ? a : SkipCueAdverbial(t, a, z + 1, cue);
  if (na == a && t.QuoteAt(a) == nullptr && !around_cue) na = TrimFront(t, a, z + 1, cue);
  const uint32_t nz = TrimBack(t, na, z);  // one past
  if (na >= nz || na > z) return content;
  Span out{toks[na].span.start, toks[nz - 1].span.end};
  if (out.start < content.start || out.end > content.end || out.empty()) return content;
  return out;
}

}  // namespace sitrep::attribution
